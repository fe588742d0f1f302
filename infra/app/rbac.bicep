// Role assignments, each with the reason it is needed. The function app's identity gets data-plane roles
// only (no control-plane role); the deployer's roles are optional and only for trying the pipeline out.
param storageAccountName string
param applicationInsightsName string
param identityPrincipalId string

@description('Object id of the person deploying (azd sets AZURE_PRINCIPAL_ID); empty grants nothing.')
param deployerPrincipalId string = ''

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

// Blob Data Owner: what the Functions host needs on its own storage (leases, host and secrets containers,
// the deployment package); the same role covers reading raw and writing normalized/reports/quarantine.
// Queue Data Contributor: the chunk queue big inputs are fanned out on (ingest-chunks, read by the IngestChunk
// trigger), and the poison queues of both triggers (webjobs-blobtrigger-poison, ingest-chunks-poison).
var appStorageRoles = [roles.storageBlobDataOwner, roles.storageQueueDataContributor]

resource storage 'Microsoft.Storage/storageAccounts@2025-06-01' existing = {
  name: storageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource appStorage 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in appStorageRoles: {
  name: guid(storage.id, identityPrincipalId, role)
  scope: storage
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
  }
}]

// Monitoring Metrics Publisher: Application Insights has local auth off, so telemetry is sent with Entra ID.
resource appTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, identityPrincipalId, roles.monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    principalId: identityPrincipalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
  }
}

// Deployer: Blob Data Contributor to drop dumps into raw and read the outputs (portal, Storage Explorer):
// with shared keys off there is no other way in.
resource deployerBlobs 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(deployerPrincipalId)) {
  name: guid(storage.id, deployerPrincipalId, roles.storageBlobDataContributor)
  scope: storage
  properties: {
    principalId: deployerPrincipalId
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.storageBlobDataContributor)
  }
}
