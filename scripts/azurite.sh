#!/usr/bin/env bash
# Shared by run.sh and test.sh: install npm dependencies if missing, start Azurite, wait until it listens.
# Usage: source scripts/azurite.sh; azurite_start DATA_DIR BLOB_PORT QUEUE_PORT TABLE_PORT LOG_FILE
set -euo pipefail

ensure_node_modules() {
  if [ ! -x node_modules/.bin/azurite ]; then
    echo "Installing Azurite (npm ci)..." >&2
    npm ci --no-audit --no-fund >&2
  fi
}

free_port() {
  node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# The well-known Azurite development account; it is public and the only key allowed in this repository.
azurite_connection_string() {
  local blob=$1 queue=$2 table=$3
  echo "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:${blob}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:${queue}/devstoreaccount1;TableEndpoint=http://127.0.0.1:${table}/devstoreaccount1;"
}

azurite_start() {
  local data=$1 blob=$2 queue=$3 table=$4 log=$5
  mkdir -p "$data"
  node_modules/.bin/azurite --silent --skipApiVersionCheck --disableTelemetry \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 \
    --blobPort "$blob" --queuePort "$queue" --tablePort "$table" \
    --location "$data" >"$log" 2>&1 &
  AZURITE_PID=$!
  for _ in $(seq 1 100); do
    if node -e "require('net').connect($table,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))" 2>/dev/null; then
      return 0
    fi
    sleep 0.1
  done
  echo "Azurite did not start; see $log" >&2
  return 1
}
