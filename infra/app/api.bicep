metadata description = 'The Screening function app on Flex Consumption: .NET 10 isolated worker, user-assigned identity for every Azure call, settings named as the code reads them.'

@description('Name of the function app.')
param name string

@description('Azure region.')
param location string

@description('Resource tags; azd-service-name is added here.')
param tags object = {}

@description('Resource id of the Flex Consumption plan.')
param planId string

@description('Resource id of the user-assigned identity the app runs as.')
param identityId string

@description('Client id of that identity; the SDKs pick it with credential = managedidentity.')
param identityClientId string

@description('Name of the storage account holding both the Functions host state and the app data.')
param storageAccountName string

@description('Blob container the platform deploys the app package from.')
param deploymentContainerName string

@description('Application Insights connection string (carries no secret once local auth is disabled).')
param applicationInsightsConnectionString string

@description('Most instances the app may scale out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('NCRONTAB schedule of the list refresh (six fields, seconds first).')
param listRefreshSchedule string

@description('Age past which a list snapshot is reported stale, as a .NET TimeSpan (d.hh:mm:ss).')
param listMaxAge string

@description('Fraction of entries a new list may lose before it is held for review instead of published.')
param listShrinkThreshold string

@description('Endpoint of the Event Grid custom topic new alerts are published to (CloudEvents 1.0).')
param alertTopicEndpoint string

@description('Tenant of the compliance console\'s Entra ID app registration.')
param consoleTenantId string

@description('Client id of the console\'s app registration; empty: console sign-in not configured.')
param consoleClientId string

@description('Where each published list is fetched and in which format it is parsed.')
param listSources {
  ofacSdn: listSource
  ofacCons: listSource
  un: listSource
}

@export()
@description('One published sanctions list: its download address and its parser format.')
type listSource = {
  url: string
  format: 'OfacLegacyXml' | 'OfacCsv' | 'OfacEnhancedXml' | 'UnConsolidatedXml' | 'CustomCsv' | 'MofExcel' | 'EuFsfXml' | 'UkOfsi'
}

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': 'api' })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: planId
    httpsOnly: true
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: 2048
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      // Setting names: see infra/app-settings.names.json, asserted by tests/Screening.Deployment.Tests.
      appSettings: [
        // The Functions host's own storage, reached by identity (no AzureWebJobsStorage connection string).
        { name: 'AzureWebJobsStorage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
        { name: 'AzureWebJobsStorage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
        { name: 'AzureWebJobsStorage__tableServiceUri', value: storage.properties.primaryEndpoints.table }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: identityClientId }
        // The app's data, and the "Storage" connection of the ListInbox blob trigger.
        { name: 'Storage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
        { name: 'Storage__tableServiceUri', value: storage.properties.primaryEndpoints.table }
        { name: 'Storage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
        { name: 'Storage__credential', value: 'managedidentity' }
        { name: 'Storage__clientId', value: identityClientId }
        { name: 'Lists__RefreshSchedule', value: listRefreshSchedule }
        { name: 'Lists__MaxAge', value: listMaxAge }
        { name: 'Lists__ShrinkThreshold', value: listShrinkThreshold }
        // App Service setting names allow only letters, digits, '.' and '_': source "ofac-sdn" is keyed "ofac_sdn".
        { name: 'Lists__Sources__ofac_sdn__Url', value: listSources.ofacSdn.url }
        { name: 'Lists__Sources__ofac_sdn__Format', value: listSources.ofacSdn.format }
        { name: 'Lists__Sources__ofac_cons__Url', value: listSources.ofacCons.url }
        { name: 'Lists__Sources__ofac_cons__Format', value: listSources.ofacCons.format }
        { name: 'Lists__Sources__un__Url', value: listSources.un.url }
        { name: 'Lists__Sources__un__Format', value: listSources.un.format }
        // Monitoring publishes each new alert to the topic as the app's identity (EventGrid Data Sender on that topic only).
        { name: 'Monitoring__Events__TopicEndpoint', value: alertTopicEndpoint }
        { name: 'Monitoring__Events__ClientId', value: identityClientId }
        // The console checks Entra ID tokens itself: Flex Consumption has no App Service built-in authentication.
        { name: 'Console__Entra__TenantId', value: consoleTenantId }
        { name: 'Console__Entra__ClientId', value: consoleClientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: applicationInsightsConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identityClientId};Authorization=AAD' }
      ]
    }
  }
}

// Deployments go through Entra ID (azd, az functionapp deploy); publishing profiles with basic credentials stay off.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

output name string = functionApp.name
output defaultHostName string = functionApp.properties.defaultHostName
output uri string = 'https://${functionApp.properties.defaultHostName}'
