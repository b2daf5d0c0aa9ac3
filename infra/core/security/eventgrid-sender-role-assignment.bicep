metadata description = 'Lets a user-assigned identity publish events to one Event Grid custom topic, and nothing else of Event Grid.'

@description('Name of the Event Grid custom topic.')
param topicName string

@description('Name of the user-assigned identity to grant (same resource group).')
param identityName string

// EventGrid Data Sender
var eventGridDataSenderRoleId = 'd5a91429-5739-47e2-a06b-3470a27159e7'

resource topic 'Microsoft.EventGrid/topics@2025-02-15' existing = {
  name: topicName
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource assignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: topic
  name: guid(topic.id, identity.id, subscriptionResourceId('Microsoft.Authorization/roleDefinitions', eventGridDataSenderRoleId))
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', eventGridDataSenderRoleId)
  }
}
