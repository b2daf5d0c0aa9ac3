metadata description = 'The Event Grid system topic that publishes a storage account\'s blob events. Subscriptions are added once the receiving function is deployed (see app/list-inbox-subscription.bicep).'

@description('Name of the system topic.')
param name string

@description('Azure region; must be the storage account\'s region.')
param location string

@description('Resource tags.')
param tags object = {}

@description('Name of the storage account whose events the topic publishes.')
param storageAccountName string

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output id string = systemTopic.id
output name string = systemTopic.name
