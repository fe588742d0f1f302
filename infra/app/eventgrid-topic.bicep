// The storage account's Event Grid system topic. Its subscription to the function's blob webhook is
// created after the code is deployed (blob-webhook.bicep, run by the postdeploy hook): the webhook's
// key and endpoint only exist once the blob extension has started with an Event Grid-source trigger.
param name string
param location string
param tags object
param storageAccountId string

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccountId
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name
