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
build_started=$SECONDS
if ! dotnet build Pipeline.sln -c Release -nologo -v quiet >"$work/build.log" 2>&1; then
  cat "$work/build.log"
  echo "0 passed, 1 failed"
  exit 1
fi
echo "Built in $((SECONDS - build_started)) s"

# Runs one test project into its own log; its counts and exit code go to $work/NAME.counts.
run_project() {
  local project=$1 name
  name=$(basename "$project" .csproj)
  local started=$SECONDS
  dotnet test "$project" -c Release --no-build -nologo --logger "console;verbosity=normal" --results-directory "$work/results" \
    --logger "trx;LogFileName=$name.trx" >"$work/$name.log" 2>&1
  local code=$? trx="$work/results/$name.trx" p=0 f=1
  if [ -f "$trx" ]; then
    p=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
    f=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
  fi
  echo "${p:-0} ${f:-0} $code $((SECONDS - started))" >"$work/$name.counts"
}

# The end-to-end tests mostly wait on host processes and Azurite (a 2 s blob scan, sweeps, outages): they run beside
# the other projects, which mostly compute, so the two cores are used while either waits.
projects=(tests/*/*.Tests.csproj)
lane=()
for project in "${projects[@]}"; do
  case "$project" in
    *EndToEnd*) run_project "$project" & lane+=($!) ;;
  esac
done
for project in "${projects[@]}"; do
  case "$project" in
    *EndToEnd*) ;;
    *) run_project "$project" ;;
  esac
done
wait "${lane[@]}"

passed=0; failed=0; status=0
for project in "${projects[@]}"; do
  name=$(basename "$project" .csproj)
  read -r p f code seconds <"$work/$name.counts"
  echo "== $name ($seconds s)"
  grep -E "^\s+(Passed|Failed|Skipped) " "$work/$name.log" | sed 's/^\s*/  /'

  passed=$((passed + p)); failed=$((failed + f))
  if [ "$code" -ne 0 ]; then
    status=1
    [ "$f" -eq 0 ] && failed=$((failed + 1)) && tail -20 "$work/$name.log"
    grep -E -A25 "^\s+Failed " "$work/$name.log" | head -200
  fi
done

echo "$passed passed, $failed failed"
exit $status
