metadata description = 'A Linux Flex Consumption (FC1) hosting plan.'

@description('Name of the plan.')
param name string

@description('Azure region.')
param location string

@description('Resource tags.')
param tags object = {}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: name
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    // Flex Consumption runs on Linux only.
    reserved: true
  }
}

output id string = plan.id
output name string = plan.name
