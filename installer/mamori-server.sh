#!/usr/bin/env bash
# The database server's command line (init, start, backup, export-log, verify ...).
# Run it on the server host as the server's own account: it reads owner-only key files.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cp_file="$root/shared-db/target/runtime-classpath.txt"
if [[ ! -f "$cp_file" || ! -d "$root/shared-db/target/classes" ]]; then
  (cd "$root" && mvn -q -B -pl shared-db -am package -DskipTests) >&2
fi
exec java -Dfile.encoding=UTF-8 -Dlogback.configurationFile=logback-server.xml \
  -cp "$root/shared-db/target/classes:$(cat "$cp_file")" jp.mamori.db.server.ServerCommand "$@"
