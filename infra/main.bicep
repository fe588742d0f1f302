// Everything `azd up` provisions: a resource group holding the storage account, the Flex Consumption
// function app with its managed identity, monitoring, the Event Grid system topic and, when asked for,
// Azure AI Search. Local modules only (infra/app), so it builds offline.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name: names the resource group and seeds the unique resource names.')
param environmentName string

@minLength(1)
@description('Region for every resource (Flex Consumption is offered in a subset of regions).')
@metadata({ azd: { type: 'location' } })
param location string

@description('Object id of the person deploying (azd sets AZURE_PRINCIPAL_ID); gets data roles to try the pipeline.')
param principalId string = ''

@description('Create an Azure AI Search service indexing container normalized (billed hourly; off by default).')
param searchEnabled bool = false

@description('Search tier when searchEnabled: basic or higher (a managed-identity data source needs it).')
@allowed(['basic', 'standard'])
param searchSku string = 'basic'

var token = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }
var functionAppName = 'func-${token}'
// Flex Consumption pulls the app package from this container (one per app).
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(token, 7)}'

resource rg 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: 'id-${token}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: 'st${token}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: 'log-${token}'
    applicationInsightsName: 'appi-${token}'
    location: location
    tags: tags
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    identityPrincipalId: identity.outputs.principalId
    deployerPrincipalId: principalId
  }
}

module function 'app/function.bicep' = {
  name: 'function'
  scope: rg
  params: {
    name: functionAppName
    planName: 'plan-${token}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
  // The app's first start reads its storage with the identity: grant the roles first.
  dependsOn: [rbac]
}

module eventGridTopic 'app/eventgrid-topic.bicep' = {
  name: 'eventgrid-topic'
  scope: rg
  params: {
    name: 'evgt-${token}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
    deletionQueueName: storage.outputs.deletionQueueName
  }
}

module search 'app/search.bicep' = if (searchEnabled) {
  name: 'search'
  scope: rg
  params: {
    name: 'srch-${token}'
    location: location
    tags: tags
    sku: searchSku
    storageAccountName: storage.outputs.name
    deployerPrincipalId: principalId
  }
}

// azd stores these in the environment; the hooks read them.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = function.outputs.name
output AZURE_FUNCTION_APP_HOST_NAME string = function.outputs.defaultHostName
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_ACCOUNT_ID string = storage.outputs.id
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGridTopic.outputs.name
output AZURE_SEARCH_ENDPOINT string = searchEnabled ? search!.outputs.endpoint : ''
