// Optional Azure AI Search service, keyless: local (API key) auth is off, the indexer reads container
// normalized with the service's own identity, and the index, data source and indexer (infra/search/*.json)
// are created by infra/hooks/postprovision.sh with the deployer's Entra token.
param name string
param location string
param tags object
param storageAccountName string
param normalizedContainerName string = 'normalized'

@description('basic or higher: a managed-identity data source needs a billable tier.')
@allowed(['basic', 'standard'])
param sku string = 'basic'

@description('Object id of the person deploying; gets the roles the postprovision hook needs.')
param deployerPrincipalId string = ''

var roles = {
  storageBlobDataReader: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1'
  searchServiceContributor: '7ca78c08-252a-4471-8644-bb5ff32d4ba0'
  searchIndexDataReader: '1407120a-92aa-4202-b7e9-c0e197c71c8f'
}

resource search 'Microsoft.Search/searchServices@2025-05-01' = {
  name: name
  location: location
  tags: tags
  sku: { name: sku }
  identity: { type: 'SystemAssigned' }
  properties: {
    replicaCount: 1
    partitionCount: 1
    hostingMode: 'Default'
    disableLocalAuth: true
    publicNetworkAccess: 'enabled'
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource normalized 'containers' existing = {
      name: normalizedContainerName
    }
  }
}

// Blob Data Reader on container normalized only: all the indexer reads.
resource searchReadsNormalized 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::blobService::normalized.id, search.id, roles.storageBlobDataReader)
  scope: storage::blobService::normalized
  properties: {
    principalId: search.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataReader)
  }
}

// Deployer: Search Service Contributor to create the index, data source and indexer (the hook);
// Search Index Data Reader to query the index.
resource deployerRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in [roles.searchServiceContributor, roles.searchIndexDataReader]: if (!empty(deployerPrincipalId)) {
  name: guid(search.id, deployerPrincipalId, role)
  scope: search
  properties: {
    principalId: deployerPrincipalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

output endpoint string = 'https://${search.name}.search.windows.net'
output name string = search.name
