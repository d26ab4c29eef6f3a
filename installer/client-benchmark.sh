#!/usr/bin/env bash
# The client's figures: cold start to the login window (fresh JVM each run, headless JavaFX unless
# a display is set) and the heap held by a 10,000-row search result through the real client path.
#   installer/client-benchmark.sh [RUNS]     (default 5 cold starts)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -q -B -pl app -am test-compile
cp="$root/app/target/test-classes:$root/app/target/classes:$root/shared-db/target/classes:$(cat "$root/app/target/test-classpath.txt")"
headless=()
if [[ -z "${DISPLAY:-}" ]]; then
  headless=(-Dtestfx.headless=true -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw)
fi
echo "section,measure,n,p50_ms,p95_ms,p99_ms,value,unit,ratio,note"
for _ in $(seq "${1:-5}"); do
  java -Dfile.encoding=UTF-8 -Dlogback.configurationFile=logback-test.xml "${headless[@]}" -cp "$cp" \
    jp.mamori.app.bench.ClientBenchmark cold-start 2>/dev/null | grep '^client,'
done
dir="$(mktemp -d)"
java -Xmx1g -Dfile.encoding=UTF-8 -Dlogback.configurationFile=logback-test.xml -cp "$cp" \
  jp.mamori.app.bench.ClientBenchmark search-heap "$dir" 2>/dev/null | grep '^client,'
rm -rf "$dir"
