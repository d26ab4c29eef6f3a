#!/usr/bin/env bash
# Builds mamori and runs every test: unit and database tests, the attack suite, the TestFX
# window tests (headless) and the crash-durability test.
set -euo pipefail
cd "$(dirname "$0")/.."
installer/setup-machine.sh
exec mvn -B verify "$@"
