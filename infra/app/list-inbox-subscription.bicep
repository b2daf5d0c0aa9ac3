metadata description = '''Routes blobs created in list-inbox to the ListInbox function through the blob extension's Event Grid webhook.
Deployed by the azd postdeploy hook (infra/hooks/postdeploy.sh), not by main.bicep: the webhook key (blobs_extension)
exists only once the app code with its Event Grid sourced blob trigger is running, and Event Grid validates the endpoint
when the subscription is created.'''

@description('Name of the function app hosting the ListInbox function.')
param functionAppName string

@description('Name of the storage account\'s Event Grid system topic.')
param systemTopicName string

@description('Container compliance staff upload list files to.')
param inboxContainerName string = 'list-inbox'

@description('Name of the blob-triggered function, as in [Function("...")].')
param functionName string = 'ListInbox'

@description('Name of the event subscription.')
param subscriptionName string = 'evgs-list-inbox'

resource functionApp 'Microsoft.Web/sites@2024-04-01' existing = {
  name: functionAppName
}

// Microsoft.Web/sites/host (the Functions host keys API) exists but has no Bicep type, so its keys are listed by resource id.
#disable-next-line use-recognized-resource-type
var blobsExtensionKey = listKeys(resourceId('Microsoft.Web/sites/host', functionAppName, 'default'), '2024-04-01').systemKeys.blobs_extension

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource listInbox 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: subscriptionName
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${inboxContainerName}/'
    }
    retryPolicy: {
      // A day of retries covers a cold start or a deployment; the blob stays in list-inbox either way.
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output name string = listInbox.name
