#!/usr/bin/env bash
# Runs every test: builds the solution, starts its own Azurite on free ports, runs each test project,
# and ends with one line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
source scripts/azurite.sh
set +e

ensure_node_modules
work=$(mktemp -d)
blob=$(free_port); queue=$(free_port); table=$(free_port)
azurite_start "$work/azurite" "$blob" "$queue" "$table" "$work/azurite.log" || exit 1
trap 'kill $AZURITE_PID 2>/dev/null; wait $AZURITE_PID 2>/dev/null; rm -rf "$work"' EXIT
export PIPELINE_TEST_STORAGE
PIPELINE_TEST_STORAGE=$(azurite_connection_string "$blob" "$queue" "$table")

echo "Building..."
if ! dotnet build Pipeline.sln -c Release -nologo -v quiet >"$work/build.log" 2>&1; then
  cat "$work/build.log"
  echo "0 passed, 1 failed"
  exit 1
fi

passed=0; failed=0; status=0
for project in tests/*/*.Tests.csproj; do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" -c Release --no-build -nologo --logger "console;verbosity=normal" --results-directory "$work/results" \
    --logger "trx;LogFileName=$name.trx" >"$work/$name.log" 2>&1
  code=$?
  grep -E "^\s+(Passed|Failed|Skipped) " "$work/$name.log" | sed 's/^\s*/  /'
  trx="$work/results/$name.trx"
  if [ -f "$trx" ]; then
    p=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
    f=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  else
    failed=$((failed + 1))
  fi
  if [ $code -ne 0 ]; then
    status=1
    grep -E -A25 "^\s+Failed " "$work/$name.log" | head -200
  fi
done

echo "$passed passed, $failed failed"
exit $status
