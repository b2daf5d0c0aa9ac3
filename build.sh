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

# True when something accepts connections on 127.0.0.1:$1.
port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Stops one process: TERM, then KILL if it is still there after $2 tenths of a second.
stop_process() {
  [ -n "$1" ] || return 0
  kill "$1" 2>/dev/null || return 0
  for _ in $(seq 1 "$2"); do kill -0 "$1" 2>/dev/null || return 0; sleep 0.1; done
  kill -9 "$1" 2>/dev/null || true
}

# Ends what cmd_run started, LocalHost first: it flushes its audit queue on stop, which needs Azurite still
# running, and Azurite's own shutdown waits for its clients' connections to close.
stop_run() {
  stop_process "${watchdog_pid:-}" 10
  stop_process "${localhost_pid:-}" 150
  stop_process "${azurite_pid:-}" 50
}

cmd_run() {
  mkdir -p .azurite
  # One run at a time: the lock dies with the process holding it, however it ends (even kill -9).
  exec 9> .azurite/run.lock
  if ! flock -n 9; then
    echo "Screening is already running from this folder (./build.sh run, pid $(cat .azurite/run.pid 2>/dev/null || echo '?'))." >&2
    echo "Use that one at http://localhost:7071/api, or stop it (Ctrl+C in its terminal) and run again." >&2
    exit 1
  fi
  local url="http://localhost:7071"
  local arg prev=""
  for arg in "$@"; do [ "${prev}" = "--urls" ] && url="${arg}"; prev="${arg}"; done
  local port="${url##*:}"; port="${port%%/*}"
  if port_busy "${port}"; then
    echo "Port ${port} is already in use by another program, so LocalHost cannot serve ${url}." >&2
    echo "Stop that program, or choose another port: ./build.sh run --urls http://localhost:7072" >&2
    exit 1
  fi
  echo $$ > .azurite/run.pid
  # 9>&-: build servers outlive the build and must not inherit (and so hold) the run lock.
  ensure_node_modules 9>&-
  echo "==> dotnet build (${configuration})"
  quiet_build src/Screening.LocalHost 9>&-
  localhost_pid="" azurite_pid="" watchdog_pid=""
  trap stop_run EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  if storage_configured; then
    echo "==> using the configured storage connection"
  else
    local busy
    for busy in 10000 10001 10002; do
      if port_busy "${busy}"; then
        echo "Port ${busy} (Azurite) is already in use by another program; stop it, or point Storage__ConnectionString at it." >&2
        exit 1
      fi
    done
    echo "==> starting Azurite (blob 10000, queue 10001, table 10002; data in .azurite/)"
    node node_modules/azurite/dist/src/azurite.js --silent --skipApiVersionCheck --disableProductStyleUrl --disableTelemetry \
      --location .azurite 9>&- &
    azurite_pid=$!
  fi
  echo "==> LocalHost on ${url}/api; compliance console at ${url}/api/console/ (Ctrl+C to stop)"
  (cd "$(localhost_dir)" && exec dotnet Screening.LocalHost.dll "$@") 9>&- &
  localhost_pid=$!
  # Nothing may outlive this script, even when the script itself is killed outright (no trap runs then).
  (trap - EXIT INT TERM
   while kill -0 $$ 2>/dev/null; do sleep 1; done
   stop_process "${localhost_pid}" 150
   stop_process "${azurite_pid}" 50) 9>&- &
  watchdog_pid=$!
  # wait returns as soon as a trapped signal arrives, so Ctrl+C or a TERM to this script stops both at once.
  local status=0
  wait "${localhost_pid}" || status=$?
  localhost_pid=""
  echo "==> LocalHost exited (status ${status}); stopping Azurite"
  return "${status}"
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
