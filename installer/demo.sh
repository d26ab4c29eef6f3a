#!/usr/bin/env bash
# Runs the mamori client against an embedded demo server on loopback (demo CA, demo staff,
# fictional persons). The demo lives in ./demo-data and is reused on the next start.
set -euo pipefail
cd "$(dirname "$0")/.."
installer/setup-machine.sh
exec mvn -q -B javafx:run -pl app -am "$@"
