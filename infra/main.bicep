targetScope = 'subscription'

metadata description = 'Screening: sanctions-screening API on Azure Functions Flex Consumption. Provisioned by azd (azure.yaml) from an empty subscription.'

@minLength(1)
@maxLength(64)
@description('azd environment name; part of every resource name and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Azure region for every resource.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Resource group to create; empty for rg-<environmentName>.')
param resourceGroupName string = ''

@description('Object id of the Entra ID group (or user) allowed to upload list files to list-inbox; empty for none.')
param complianceUploaderPrincipalId string = ''

@description('Kind of principal complianceUploaderPrincipalId is.')
@allowed([
  'Group'
  'User'
  'ServicePrincipal'
])
param complianceUploaderPrincipalType string = 'Group'

@description('Client id of the compliance console\'s Entra ID app registration (docs/deploy.md); empty leaves the console without sign-in, refusing everyone.')
param consoleClientId string = ''

@description('Tenant of the console\'s app registration; defaults to the tenant of the deployment.')
param consoleTenantId string = tenant().tenantId

@description('Most instances the function app may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('NCRONTAB schedule of the list refresh (six fields, seconds first).')
param listRefreshSchedule string = '0 0 * * * *'

@description('Age past which a list snapshot is reported stale, as a .NET TimeSpan (d.hh:mm:ss).')
param listMaxAge string = '2.00:00:00'

@description('Fraction of entries a new list may lose before it is held for review.')
param listShrinkThreshold string = '0.10'

@description('Download address of the OFAC SDN list.')
param ofacSdnUrl string = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN.XML'

@description('Parser format of the OFAC SDN list.')
@allowed([
  'OfacLegacyXml'
  'OfacCsv'
  'OfacEnhancedXml'
  'UnConsolidatedXml'
  'CustomCsv'
  'MofExcel'
  'EuFsfXml'
  'UkOfsi'
])
param ofacSdnFormat string = 'OfacLegacyXml'

@description('Download address of the OFAC consolidated (non-SDN) list.')
param ofacConsUrl string = 'https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/CONSOLIDATED.XML'

@description('Parser format of the OFAC consolidated list.')
@allowed([
  'OfacLegacyXml'
  'OfacCsv'
  'OfacEnhancedXml'
  'UnConsolidatedXml'
  'CustomCsv'
  'MofExcel'
  'EuFsfXml'
  'UkOfsi'
])
param ofacConsFormat string = 'OfacLegacyXml'

@description('Download address of the UN Security Council consolidated list.')
param unUrl string = 'https://scsanctions.un.org/resources/xml/en/consolidated.xml'

@description('Parser format of the UN list.')
@allowed([
  'OfacLegacyXml'
  'OfacCsv'
  'OfacEnhancedXml'
  'UnConsolidatedXml'
  'CustomCsv'
  'MofExcel'
  'EuFsfXml'
  'UkOfsi'
])
param unFormat string = 'UnConsolidatedXml'

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}

var functionAppName = '${abbrs.webSitesFunctions}api-${resourceToken}'
var identityName = '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
var storageAccountName = '${abbrs.storageStorageAccounts}${resourceToken}'
var applicationInsightsName = '${abbrs.insightsComponents}${resourceToken}'
var logAnalyticsName = '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
var alertTopicName = '${abbrs.eventGridTopics}alerts-${resourceToken}'
// One account per environment, so fixed container names are unique enough.
var deploymentContainerName = 'app-package'
var inboxContainerName = 'list-inbox'
var containerNames = [
  inboxContainerName
  'subjects-inbox'
  'list-snapshots'
  'list-deltas'
  'list-archive'
  deploymentContainerName
]

// Built-in role definition ids.
var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'core/identity/user-assigned-identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module storage 'core/storage/storage-account.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: storageAccountName
    location: location
    tags: tags
    containerNames: containerNames
  }
}

module monitoring 'core/monitor/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: logAnalyticsName
    applicationInsightsName: applicationInsightsName
    location: location
    tags: tags
  }
}

module plan 'core/host/flex-consumption-plan.bicep' = {
  name: 'plan'
  scope: rg
  params: {
    name: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
  }
}

module appStorageRoles 'core/security/storage-role-assignments.bicep' = {
  name: 'app-storage-roles'
  scope: rg
  params: {
    storageAccountName: storageAccountName
    identityName: identityName
    roleDefinitionIds: [
      roles.storageBlobDataOwner
      roles.storageTableDataContributor
      roles.storageQueueDataContributor
    ]
  }
  dependsOn: [
    identity
    storage
  ]
}

module alertTopic 'core/eventgrid/custom-topic.bicep' = {
  name: 'alert-topic'
  scope: rg
  params: {
    name: alertTopicName
    location: location
    tags: tags
  }
}

module appAlertTopicRole 'core/security/eventgrid-sender-role-assignment.bicep' = {
  name: 'app-alert-topic-role'
  scope: rg
  params: {
    topicName: alertTopicName
    identityName: identityName
  }
  dependsOn: [
    identity
    alertTopic
  ]
}

module appMonitoringRole 'core/security/monitoring-role-assignment.bicep' = {
  name: 'app-monitoring-role'
  scope: rg
  params: {
    applicationInsightsName: applicationInsightsName
    identityName: identityName
  }
  dependsOn: [
    identity
    monitoring
  ]
}

module complianceUploader 'core/security/container-role-assignment.bicep' = if (!empty(complianceUploaderPrincipalId)) {
  name: 'compliance-uploader-role'
  scope: rg
  params: {
    storageAccountName: storageAccountName
    containerName: inboxContainerName
    principalId: complianceUploaderPrincipalId
    principalType: complianceUploaderPrincipalType
    roleDefinitionId: roles.storageBlobDataContributor
  }
  dependsOn: [
    storage
  ]
}

module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: functionAppName
    location: location
    tags: tags
    planId: plan.outputs.id
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storageAccountName
    deploymentContainerName: deploymentContainerName
    applicationInsightsConnectionString: monitoring.outputs.connectionString
    maximumInstanceCount: maximumInstanceCount
    listRefreshSchedule: listRefreshSchedule
    listMaxAge: listMaxAge
    listShrinkThreshold: listShrinkThreshold
    alertTopicEndpoint: alertTopic.outputs.endpoint
    consoleTenantId: consoleTenantId
    consoleClientId: consoleClientId
    listSources: {
      ofacSdn: { url: ofacSdnUrl, format: ofacSdnFormat }
      ofacCons: { url: ofacConsUrl, format: ofacConsFormat }
      un: { url: unUrl, format: unFormat }
    }
  }
  // The host starts as soon as the site exists: its identity must already reach storage and App Insights.
  dependsOn: [
    storage
    appStorageRoles
    appMonitoringRole
    appAlertTopicRole
  ]
}

module blobEvents 'core/eventgrid/storage-system-topic.bicep' = {
  name: 'blob-events'
  scope: rg
  params: {
    name: '${abbrs.eventGridSystemTopics}${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storageAccountName
  }
  dependsOn: [
    storage
  ]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint
output AZURE_LIST_INBOX_CONTAINER string = inboxContainerName
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = blobEvents.outputs.name
output AZURE_EVENTGRID_ALERT_TOPIC_NAME string = alertTopic.outputs.name
output AZURE_EVENTGRID_ALERT_TOPIC_ENDPOINT string = alertTopic.outputs.endpoint
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output AZURE_LOG_ANALYTICS_NAME string = monitoring.outputs.logAnalyticsName
