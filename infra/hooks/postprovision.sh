#!/bin/sh
# azd postprovision hook: when AI Search is enabled (SEARCH_ENABLED=true), creates or updates the data source,
# index and indexer from infra/search/*.json with the search REST API, as the signed-in deployer (Entra ID:
# the service has API keys off). Needs the Azure CLI, signed in (az login). Safe to run again.
set -eu

if [ -z "${AZURE_SEARCH_ENDPOINT:-}" ]; then
  echo "postprovision: AI Search not enabled (azd env set SEARCH_ENABLED true to add it); nothing to create."
  exit 0
fi
if ! command -v az >/dev/null 2>&1; then
  echo "postprovision: the Azure CLI (az) creates the search objects; install it, run 'az login', then 'azd hooks run postprovision'." >&2
  exit 1
fi

api=2024-07-01
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# PUT one definition; the deployer's new Search Service Contributor role can take minutes to apply, so retry.
put() {
  kind=$1 file=$2
  name=$(sed -n 's/^  "name": "\([^"]*\)".*/\1/p' "$file" | head -1) # the top-level name (two-space indent)
  sed "s|\${AZURE_STORAGE_ACCOUNT_ID}|${AZURE_STORAGE_ACCOUNT_ID}|g" "$file" >"$work/body.json"
  tries=0
  until az rest --method put --url "${AZURE_SEARCH_ENDPOINT}/${kind}/${name}?api-version=${api}" \
      --resource https://search.azure.com --headers "Content-Type=application/json" --body "@$work/body.json" --output none; do
    tries=$((tries + 1))
    if [ "$tries" -ge 10 ]; then
      echo "postprovision: could not create ${kind}/${name}." >&2
      exit 1
    fi
    echo "postprovision: ${kind}/${name} refused, retrying in 30 s (role assignments take a while to apply)..."
    sleep 30
  done
  echo "postprovision: ${kind}/${name} ready."
}

put datasources infra/search/datasource.json
put indexes infra/search/index.json
put indexers infra/search/indexer.json
