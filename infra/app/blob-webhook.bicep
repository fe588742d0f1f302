// Subscribes the function's blob trigger to BlobCreated events in container raw. Deployed by
// infra/hooks/postdeploy.sh once the code runs: the blobs_extension system key is read here, inside the
// deployment, so it never appears in the repository, a parameter file or the deployer's terminal.
param functionAppName string
param systemTopicName string

@description('The isolated worker function (its [Function] name) behind the webhook.')
param functionName string = 'IngestRawBlob'

param containerName string = 'raw'

resource app 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

var blobsExtensionKey = listKeys('${app.id}/host/default', '2025-03-01').systemKeys.blobs_extension

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: 'raw-blob-created'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
        maxEventsPerBatch: 1 // the blob extension takes one event per request
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: ['Microsoft.Storage.BlobCreated']
      subjectBeginsWith: '/blobServices/default/containers/${containerName}/'
    }
    retryPolicy: {
      // The extension answers as soon as it has queued the blob, so these cover only a host that is down.
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output name string = subscription.name
