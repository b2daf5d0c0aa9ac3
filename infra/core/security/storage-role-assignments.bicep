metadata description = 'Grants a user-assigned identity data-plane roles on a storage account.'

@description('Name of the storage account.')
param storageAccountName string

@description('Name of the user-assigned identity to grant (same resource group).')
param identityName string

@description('Role definition ids (GUIDs) to assign at the account scope.')
param roleDefinitionIds string[]

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName
}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' existing = {
  name: identityName
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleDefinitionId in roleDefinitionIds: {
    scope: storage
    // Deterministic per (scope, principal, role): re-provisioning updates rather than duplicates.
    // The identity's resource id names the principal and, unlike its object id, is known before deployment.
    name: guid(storage.id, identity.id, subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionId))
    properties: {
      principalId: identity.properties.principalId
      principalType: 'ServicePrincipal'
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionId)
    }
  }
]
