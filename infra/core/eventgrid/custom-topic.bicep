metadata description = 'The Event Grid custom topic monitoring publishes new alerts to, as CloudEvents 1.0. Local (key) auth is off: publishers use Entra ID.'

@description('Name of the topic.')
param name string

@description('Azure region.')
param location string

@description('Resource tags.')
param tags object = {}

resource topic 'Microsoft.EventGrid/topics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    inputSchema: 'CloudEventSchemaV1_0'
    disableLocalAuth: true
    publicNetworkAccess: 'Enabled'
  }
}

output id string = topic.id
output name string = topic.name
output endpoint string = topic.properties.endpoint
