#!/usr/bin/env bash
# The benchmark command: a real server with N synthetic persons in a temporary directory, served by
# its own process over TLS, measured through the real client path. Prints a table, writes CSV.
#
#   installer/benchmark.sh [--persons N] [--out docs/benchmarks.csv] [--quick] [--server-heap 512m] [--keep]
#                           [--tcp-nodelay]   (experiment: TCP_NODELAY on the TLS sockets; not the product)
#
# Default: 100,000 persons, about eight minutes on two cores (half of it preparing the data);
# --quick: about one minute.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -q -B -pl shared-db -am test-compile
module="$root/shared-db"
exec java -Xmx2g -Dfile.encoding=UTF-8 -Dlogback.configurationFile=logback-bench.xml \
  -Dmamori.sharedDbDir="$module" \
  -cp "$module/target/test-classes:$module/target/classes:$(cat "$module/target/test-classpath.txt")" \
  jp.mamori.db.bench.Benchmark "$@"
