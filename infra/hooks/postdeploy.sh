#!/bin/sh
# azd postdeploy hook: subscribe the ListInbox function to blobs created in list-inbox.
# The blob extension's system key (blobs_extension) only exists once the deployed host has loaded the
# Event Grid sourced blob trigger, so wait for it, then deploy the subscription template (idempotent).
set -eu

: "${AZURE_RESOURCE_GROUP:?set by azd from the main.bicep outputs}"
: "${AZURE_FUNCTION_APP_NAME:?set by azd from the main.bicep outputs}"
: "${AZURE_EVENTGRID_SYSTEM_TOPIC_NAME:?set by azd from the main.bicep outputs}"

here=$(dirname "$0")
attempts=${LIST_INBOX_KEY_ATTEMPTS:-30}
delay=${LIST_INBOX_KEY_DELAY_SECONDS:-10}

i=1
while :; do
  key=$(az functionapp keys list \
    --resource-group "$AZURE_RESOURCE_GROUP" \
    --name "$AZURE_FUNCTION_APP_NAME" \
    --query "systemKeys.blobs_extension" --output tsv 2>/dev/null || true)
  if [ -n "$key" ]; then
    break
  fi
  if [ "$i" -ge "$attempts" ]; then
    echo "The blobs_extension key of $AZURE_FUNCTION_APP_NAME did not appear after $attempts tries." >&2
    echo "Check that ListInbox is a blob trigger with Source = BlobTriggerSource.EventGrid and that the app started." >&2
    exit 1
  fi
  echo "Waiting for the blobs_extension key of $AZURE_FUNCTION_APP_NAME ($i/$attempts)..."
  i=$((i + 1))
  sleep "$delay"
done

az deployment group create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name list-inbox-subscription \
  --template-file "$here/../app/list-inbox-subscription.bicep" \
  --parameters \
    functionAppName="$AZURE_FUNCTION_APP_NAME" \
    systemTopicName="$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" \
  --output none

echo "Blobs created in list-inbox now reach Host.Functions.ListInbox."

# The same route for customer files dropped into subjects-inbox (ongoing monitoring imports).
az deployment group create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name subjects-inbox-subscription \
  --template-file "$here/../app/list-inbox-subscription.bicep" \
  --parameters \
    functionAppName="$AZURE_FUNCTION_APP_NAME" \
    systemTopicName="$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" \
    inboxContainerName=subjects-inbox \
    functionName=SubjectsInboxImport \
    subscriptionName=evgs-subjects-inbox \
  --output none

echo "Blobs created in subjects-inbox now reach Host.Functions.SubjectsInboxImport."
