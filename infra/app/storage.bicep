// The one storage account: the Functions host's own storage, the Flex Consumption deployment package and
// the pipeline's containers (the dedup claim log and big inputs' chunks among them) and its chunk queue.
// Keyless: every caller authenticates with Entra ID.
param name string
param location string
param tags object
param deploymentContainerName string

@description('Pipeline containers (see Pipeline:Storage in the README).')
param containerNames array = ['raw', 'normalized', 'duplicates', 'quarantine', 'ingest-reports', 'dedup-claims', 'ingest-work']

@description('The queue big inputs\' chunks wait on (the IngestChunk trigger scales out on its length).')
param chunkQueueName string = 'ingest-chunks'

@description('The queue Event Grid delivers BlobDeleted events of container raw to (the WithdrawDeletedInput trigger).')
param deletionQueueName string = 'raw-deletions'

@description('Days a deleted or withdrawn blob stays soft-deleted: the search indexer\'s deletion detection finds withdrawn documents through it.')
param softDeleteRetentionDays int = 7

@description('Days after which a chunk left in ingest-work (a run abandoned part-way) is deleted; finished runs delete their own.')
param workRetentionDays int = 7

resource account 'Microsoft.Storage/storageAccounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false // no account keys, no SAS: managed identity or signed-in users only
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices' // keeps Event Grid and AI Search (trusted services) working if defaultAction becomes Deny
    }
  }

  resource blobService 'blobServices' = {
    name: 'default'
    properties: {
      // A document withdrawn from normalized stays soft-deleted for a while, which is how Azure AI Search's indexer
      // (NativeBlobSoftDeleteDeletionDetectionPolicy, infra/search/datasource.json) learns to drop it from the index.
      deleteRetentionPolicy: {
        enabled: true
        days: softDeleteRetentionDays
      }
    }

    resource containers 'containers' = [for container in concat(containerNames, [deploymentContainerName]): {
      name: container
      properties: { publicAccess: 'None' }
    }]
  }

  resource queueService 'queueServices' = {
    name: 'default'

    resource chunkQueue 'queues' = {
      name: chunkQueueName
    }

    resource deletionQueue 'queues' = {
      name: deletionQueueName
    }
  }

  resource lifecycle 'managementPolicies' = {
    name: 'default'
    properties: {
      policy: {
        rules: [
          {
            name: 'expire-abandoned-chunks'
            enabled: true
            type: 'Lifecycle'
            definition: {
              filters: {
                blobTypes: ['blockBlob']
                prefixMatch: ['ingest-work/']
              }
              actions: {
                baseBlob: {
                  delete: { daysAfterModificationGreaterThan: workRetentionDays }
                }
              }
            }
          }
        ]
      }
    }
  }
}

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output deletionQueueName string = deletionQueueName
