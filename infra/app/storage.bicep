// The one storage account: the Functions host's own storage, the Flex Consumption deployment package and
// the pipeline's containers and dedup table. Keyless: every caller authenticates with Entra ID.
param name string
param location string
param tags object
param deploymentContainerName string

@description('Pipeline containers (see Pipeline:Storage in the README).')
param containerNames array = ['raw', 'normalized', 'duplicates', 'quarantine', 'ingest-reports']

param dedupTableName string = 'articlededup'

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

    resource containers 'containers' = [for container in concat(containerNames, [deploymentContainerName]): {
      name: container
      properties: { publicAccess: 'None' }
    }]
  }

  resource tableService 'tableServices' = {
    name: 'default'

    resource dedupTable 'tables' = {
      name: dedupTableName
    }
  }
}

output name string = account.name
output id string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output queueEndpoint string = account.properties.primaryEndpoints.queue
output tableEndpoint string = account.properties.primaryEndpoints.table
