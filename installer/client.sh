#!/usr/bin/env bash
# Starts the mamori client on a designated terminal: installer/client.sh path/to/client.properties
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[[ $# -eq 1 ]] || { echo "usage: installer/client.sh path/to/client.properties" >&2; exit 2; }
"$root/installer/setup-machine.sh"
if [[ ! -f "$root/app/target/runtime-classpath.txt" ]]; then
  (cd "$root" && mvn -q -B -pl app -am package -DskipTests) >&2
fi
exec java -Dfile.encoding=UTF-8 -cp "$root/app/target/classes:$(cat "$root/app/target/runtime-classpath.txt")" \
  jp.mamori.app.ClientMain "$1"
