metadata description = 'Grants a principal one role on a single blob container, nothing wider.'

@description('Name of the storage account.')
param storageAccountName string

@description('Name of the blob container the role is limited to.')
param containerName string

@description('Object id of the principal to grant.')
param principalId string

@description('Kind of principal.')
@allowed([
  'Device'
  'ForeignGroup'
  'Group'
  'ServicePrincipal'
  'User'
])
param principalType string

@description('Role definition id (GUID).')
param roleDefinitionId string

resource storage 'Microsoft.Storage/storageAccounts@2024-01-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource container 'containers' existing = {
      name: containerName
    }
  }
}

resource assignment 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: storage::blobService::container
  name: guid(storage::blobService::container.id, principalId, subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionId))
  properties: {
    principalId: principalId
    principalType: principalType
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleDefinitionId)
  }
}

output id string = assignment.id
