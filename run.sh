#!/usr/bin/env bash
# ./run.sh            install what is missing, start Azurite, the local host and the console (http://127.0.0.1:7080),
#                     drop samples/, print the outcome, then keep watching the raw container until Ctrl-C.
# ./run.sh drop FILE...   drop more files into the running pipeline and print their outcome.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/azurite.sh

for tool in dotnet node npm; do
  command -v "$tool" >/dev/null || { echo "$tool is required (see README: .NET 10 SDK and Node 20)" >&2; exit 1; }
done

# Azurite's default ports, so Azure Storage Explorer's "Local storage emulator" connection finds it.
export AzureWebJobsStorage=${AzureWebJobsStorage:-$(azurite_connection_string 10000 10001 10002)}
cli=src/Pipeline.Cli/bin/Release/net10.0/pipeline.dll
localhost=src/Pipeline.LocalHost/bin/Release/net10.0/Pipeline.LocalHost.dll
console=src/Pipeline.Console/bin/Release/net10.0/Pipeline.Console.dll
export Pipeline__Console__Port=${Pipeline__Console__Port:-7080}
# The search index is a copy of container normalized, kept beside Azurite's data; delete it to rebuild it.
export Pipeline__Console__IndexPath=${Pipeline__Console__IndexPath:-.azurite/console-index}

build() {
  echo "Building (dotnet build -c Release)..."
  dotnet build src/Pipeline.LocalHost -c Release -nologo -v quiet >/dev/null
  dotnet build src/Pipeline.Cli -c Release -nologo -v quiet >/dev/null
  dotnet build src/Pipeline.Console -c Release -nologo -v quiet >/dev/null
}

if [ "${1:-}" = "drop" ]; then
  shift
  [ $# -gt 0 ] || { echo "usage: ./run.sh drop FILE..." >&2; exit 2; }
  [ -f "$cli" ] || build
  exec dotnet "$cli" drop "$@"
fi

ensure_node_modules
build

pids=()
# Stop the host before Azurite so it can release its leases; newest first.
cleanup() {
  for ((i=${#pids[@]}-1; i>=0; i--)); do
    kill "${pids[i]}" 2>/dev/null || continue
    for _ in $(seq 1 100); do kill -0 "${pids[i]}" 2>/dev/null || break; sleep 0.1; done
    kill -9 "${pids[i]}" 2>/dev/null || true
  done
}
trap cleanup EXIT INT TERM

if node -e "require('net').connect(10000,'127.0.0.1').on('connect',()=>process.exit(0)).on('error',()=>process.exit(1))" 2>/dev/null; then
  echo "Azurite already listening on 127.0.0.1:10000; using it."
else
  echo "Starting Azurite (data in .azurite/, log in .azurite/azurite.log)..."
  azurite_start .azurite 10000 10001 10002 .azurite/azurite.log
  pids+=("$AZURITE_PID")
fi

echo "Starting the local host (WebJobs blob trigger on container raw)..."
dotnet "$localhost" &
pids+=("$!")
localhost_pid=$!

echo "Starting the console: http://127.0.0.1:${Pipeline__Console__Port}/ (read-only, loopback only; search index in $Pipeline__Console__IndexPath)"
dotnet "$console" &
pids+=("$!")

dotnet "$cli" drop samples --timeout 120
echo
echo "Watching container 'raw'. Drop more files with ./run.sh drop FILE... (or Azure Storage Explorer). Ctrl-C stops."
echo "Console: http://127.0.0.1:${Pipeline__Console__Port}/  search API: http://127.0.0.1:${Pipeline__Console__Port}/api/search?q=..."
wait "$localhost_pid"
