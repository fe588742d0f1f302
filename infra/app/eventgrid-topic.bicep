// The storage account's Event Grid system topic. Its subscription to the function's blob webhook is
// created after the code is deployed (blob-webhook.bicep, run by the postdeploy hook): the webhook's
// key and endpoint only exist once the blob extension has started with an Event Grid-source trigger.
// Deletions in raw need no code to exist first: they go to a storage queue (read by the WithdrawDeletedInput
// trigger), delivered with the topic's own identity since the account accepts no keys.
param name string
param location string
param tags object
param storageAccountName string

@description('The queue BlobDeleted events of the raw container go to.')
param deletionQueueName string = 'raw-deletions'

param rawContainerName string = 'raw'

var storageQueueDataMessageSender = 'c6a89b2d-59bc-44d0-9896-0f6e12d7b80a'

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  identity: { type: 'SystemAssigned' }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

// Message Sender: the topic may put deletion events on the account's queues, nothing more.
resource topicSendsToQueue 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, topic.id, storageQueueDataMessageSender)
  scope: storage
  properties: {
    principalId: topic.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataMessageSender)
  }
}

resource deletions 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: 'raw-blob-deleted'
  dependsOn: [topicSendsToQueue]
  properties: {
    deliveryWithResourceIdentity: {
      identity: { type: 'SystemAssigned' }
      destination: {
        endpointType: 'StorageQueue'
        properties: {
          resourceId: storage.id
          queueName: deletionQueueName
        }
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: ['Microsoft.Storage.BlobDeleted']
      subjectBeginsWith: '/blobServices/default/containers/${rawContainerName}/'
    }
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output name string = topic.name
