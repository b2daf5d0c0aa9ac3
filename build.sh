#!/usr/bin/env bash
# Screening's one entry point for newcomers, CI and DevOps.
#   ./build.sh run                 Azurite + LocalHost serving http://localhost:7071/api, console at /api/console/ (Ctrl+C stops both)
#   ./build.sh test                the whole test suite (starts its own Azurite instances)
#   ./build.sh load-lists PATH...  drop list files (or OFAC CSV set folders) into the running app's list-inbox
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

configuration="${CONFIGURATION:-Release}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

ensure_node_modules() {
  if [ ! -f node_modules/.package-lock.json ]; then
    echo "==> npm ci (Azurite and dev tools pinned in package-lock.json)"
    npm ci --no-audit --no-fund
  fi
}

# Builds quietly; on failure prints everything, so a broken build is never hidden.
quiet_build() {
  local out
  if ! out="$(dotnet build "$1" -c "${configuration}" --nologo -v quiet 2>&1)"; then
    echo "${out}"
    return 1
  fi
}

# The console's browser tests drive Debian's Chromium (Playwright's own browser download cannot reach this
# machine). Installed when missing on Debian/Ubuntu; anywhere else the run stops and says what to install.
ensure_chromium() {
  if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then
    return
  fi
  # Hosted CI images (GitHub's Ubuntu runners) ship Google Chrome, which the tests accept too.
  if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || command -v google-chrome >/dev/null 2>&1; then
    return
  fi
  if [ -f /etc/debian_version ] && command -v apt-get >/dev/null 2>&1; then
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
      if ! command -v sudo >/dev/null 2>&1; then
        echo "The console tests need Chromium: run 'apt-get install chromium fonts-noto-cjk' as root." >&2
        exit 1
      fi
      sudo="sudo"
    fi
    echo "==> apt-get install chromium (the console's browser tests drive it)"
    ${sudo} apt-get update -qq
    # fonts-noto-cjk: Hangul and Han names render in the screenshots instead of empty boxes.
    DEBIAN_FRONTEND=noninteractive ${sudo} apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
    return
  fi
  echo "The console tests need Chromium: install it with your system's package manager, or set CHROMIUM_PATH to a Chromium executable." >&2
  exit 1
}

storage_configured() {
  [ -n "${Storage__ConnectionString:-}" ] || [ -n "${AzureWebJobsStorage:-}" ]
}

localhost_dir() {
  echo "src/Screening.LocalHost/bin/${configuration}/net10.0"
}

cmd_test() {
  ensure_node_modules
  ensure_chromium
  echo "==> dotnet build (${configuration})"
  dotnet build Screening.sln -c "${configuration}" --nologo -v minimal
  echo "==> dotnet test"
  local log
  log="$(mktemp)"
  set +e
  dotnet test Screening.sln -c "${configuration}" --no-build --nologo "$@" 2>&1 | tee "${log}"
  local status=${PIPESTATUS[0]}
  set -e
  # One closing line for the whole suite, summed over the test assemblies.
  awk '/(Passed|Failed)! +- Failed:/ {
         for (i = 1; i <= NF; i++) { gsub(",", "", $(i+1)); if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
       }
       END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "${log}"
  rm -f "${log}"
  return "${status}"
}

cmd_run() {
  ensure_node_modules
  echo "==> dotnet build (${configuration})"
  quiet_build src/Screening.LocalHost
  local azurite_pid=""
  if storage_configured; then
    echo "==> using the configured storage connection"
  else
    mkdir -p .azurite
    echo "==> starting Azurite (blob 10000, queue 10001, table 10002; data in .azurite/)"
    node node_modules/azurite/dist/src/azurite.js --silent --skipApiVersionCheck --disableProductStyleUrl \
      --location .azurite &
    azurite_pid=$!
    trap '[ -n "${azurite_pid}" ] && kill "${azurite_pid}" 2>/dev/null || true' EXIT INT TERM
  fi
  echo "==> LocalHost on http://localhost:7071/api; compliance console at http://localhost:7071/api/console/ (Ctrl+C to stop)"
  (cd "$(localhost_dir)" && dotnet Screening.LocalHost.dll "$@")
}

cmd_load_lists() {
  if [ $# -eq 0 ]; then
    echo "usage: ./build.sh load-lists <list-file-or-csv-set-folder>..." >&2
    exit 2
  fi
  local paths=()
  for p in "$@"; do paths+=("$(realpath "$p")"); done
  if [ ! -f "$(localhost_dir)/Screening.LocalHost.dll" ]; then
    quiet_build src/Screening.LocalHost
  fi
  (cd "$(localhost_dir)" && dotnet Screening.LocalHost.dll upload-lists "${paths[@]}")
}

case "${1:-}" in
  test) shift; cmd_test "$@" ;;
  run) shift; cmd_run "$@" ;;
  load-lists) shift; cmd_load_lists "$@" ;;
  *) sed -n '2,5p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
esac
