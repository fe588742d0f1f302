#!/bin/sh
# azd postdeploy hook: subscribes the function's blob trigger to BlobCreated events in container raw
# (infra/app/blob-webhook.bicep), as Microsoft's Event Grid blob-trigger quickstart does after deploying:
# the webhook's blobs_extension key exists only once the host has started with the deployed code.
# Needs the Azure CLI, signed in (az login). Safe to run again: `azd hooks run postdeploy`.
set -eu

if ! command -v az >/dev/null 2>&1; then
  echo "postdeploy: the Azure CLI (az) creates the Event Grid subscription; install it, run 'az login', then 'azd hooks run postdeploy'." >&2
  exit 1
fi

# Wake an instance (Flex Consumption scales to zero), then wait for the key without printing it.
curl -s -o /dev/null --max-time 30 "https://${AZURE_FUNCTION_APP_HOST_NAME}/" || true
tries=0
until [ -n "$(az functionapp keys list -g "$AZURE_RESOURCE_GROUP" -n "$AZURE_FUNCTION_APP_NAME" --query systemKeys.blobs_extension -o tsv 2>/dev/null)" ]; do
  tries=$((tries + 1))
  if [ "$tries" -ge 20 ]; then
    echo "postdeploy: no blobs_extension key after 5 minutes; check the app's logs, then 'azd hooks run postdeploy'." >&2
    exit 1
  fi
  sleep 15
done

# The key is read inside the deployment (listKeys), so it never passes through this shell.
az deployment group create \
  --resource-group "$AZURE_RESOURCE_GROUP" \
  --name blob-webhook \
  --template-file infra/app/blob-webhook.bicep \
  --parameters functionAppName="$AZURE_FUNCTION_APP_NAME" systemTopicName="$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" \
  --output none
echo "postdeploy: Event Grid delivers BlobCreated in raw to ${AZURE_FUNCTION_APP_NAME} (function IngestRawBlob)."
