#!/usr/bin/env bash
# Load test: Azurite + LocalHost (Release) on loopback, the 2021 OFAC SDN set and the UN list loaded through
# list-inbox, then tests/load/load.js. Everything it starts is stopped on exit.
#   tests/load/run-load.sh [seconds-per-phase] [connections] [sustained-requests-per-second] [accounting-requests-per-second]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "${root}"
duration="${1:-15}"
connections="${2:-16}"
data="${root}/tests/data"
[ -f node_modules/.package-lock.json ] || npm ci --no-audit --no-fund
dotnet build src/Screening.LocalHost -c Release --nologo -v quiet > /dev/null

work="$(mktemp -d)"
pids=()
# Newest first and one at a time: LocalHost flushes its audit queue on stop, which needs Azurite still running.
cleanup() {
  for ((i=${#pids[@]}-1; i>=0; i--)); do
    kill "${pids[i]}" 2>/dev/null || true
    for _ in $(seq 1 300); do kill -0 "${pids[i]}" 2>/dev/null || break; sleep 0.1; done
  done
  rm -rf "${work}"
}
trap cleanup EXIT

node node_modules/azurite/dist/src/azurite.js --silent --skipApiVersionCheck --disableProductStyleUrl --disableTelemetry --inMemoryPersistence \
  --blobHost 127.0.0.1 --blobPort 20000 --queueHost 127.0.0.1 --queuePort 20001 --tableHost 127.0.0.1 --tablePort 20002 &
pids+=($!)
key="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="  # Azurite's published dev key
export Storage__ConnectionString="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${key};BlobEndpoint=http://127.0.0.1:20000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:20001/devstoreaccount1;TableEndpoint=http://127.0.0.1:20002/devstoreaccount1;"
export AzureWebJobsStorage="${Storage__ConnectionString}"
export LocalHost__TimersEnabled=false Lists__RefreshOnStartup=false Lists__ActivationPollInterval=00:00:01 Logging__LogLevel__Default=Warning
sleep 2

app="src/Screening.LocalHost/bin/Release/net10.0"
(cd "${app}" && exec dotnet Screening.LocalHost.dll --urls http://127.0.0.1:7080) &
pids+=($!)
(cd "${app}" && dotnet Screening.LocalHost.dll upload-lists "${data}/ofac/sdn_csv_2021-07-07_full_set" "${data}/un/2026-02-27/consolidated.xml" > "${work}/upload.log")
for _ in $(seq 1 120); do
  if curl -sf http://127.0.0.1:7080/api/v1/health | grep -q '"source":"un"'; then break; fi
  sleep 1
done
curl -sf http://127.0.0.1:7080/api/v1/health > /dev/null || { echo "the app did not become healthy"; cat "${work}/upload.log"; exit 1; }

LOCALHOST_PID="${pids[1]}" AZURITE_PID="${pids[0]}" CLK_TCK="$(getconf CLK_TCK)" \
  node tests/load/load.js http://127.0.0.1:7080 "${duration}" "${connections}" "${3:-1000}" "${4:-2000}"
