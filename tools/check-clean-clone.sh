#!/usr/bin/env bash
# Clones the committed HEAD into an empty temporary folder (nothing beside it) and runs the README's test command
# there, as a newcomer or CI would. Run it before pushing: a green run here is what "self-contained" means.
#   tools/check-clean-clone.sh [extra ./build.sh test arguments]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
git clone --quiet --no-local "${root}" "${work}/clone"
echo "==> clean clone of $(git -C "${root}" rev-parse --short HEAD) in ${work}/clone"
cd "${work}/clone"
./build.sh test "$@"
