#!/usr/bin/env bash
# A/B benchmark of two builds on the same run: the runs alternate (A, B, A, B, ...) on one core so that the
# machine's drift hits both alike, and the report gives each build's median simulated seconds, their ratio
# B / A and the median of the paired ratios. Both run through the launcher (./gridgov), with its JVM options.
# Build A before a change (e.g. a worktree of main), B after.
#
#   bench/ab.sh JAR_A JAR_B [REPS] [RUN ARGS...]
#   bench/ab.sh /tmp/main/target/gridgov.jar target/gridgov.jar 9 scenarios/q-city-baseline.yaml --set city.residents=300000
#
# Default run: Q City as found at 300,000 residents for one year, --warmup 0 --no-cases.
set -euo pipefail
launcher="$(dirname "$0")/../gridgov"
a="$1"; b="$2"; reps="${3:-7}"; shift 3 || shift $#
args=("$@"); [ ${#args[@]} -gt 0 ] || args=(scenarios/q-city-baseline.yaml --set city.residents=300000)
pin=(); command -v taskset >/dev/null && pin=(taskset -c 0)
out="$(mktemp -d)"
secs() {
  GRIDGOV_JAR="$1" GRIDGOV_JAVA_OPTS="-XX:ActiveProcessorCount=1 ${GRIDGOV_JAVA_OPTS:-}" \
    "${pin[@]}" "$launcher" run "${args[@]}" --warmup 0 --no-cases --force --out "$out/run" \
    | sed -n 's/.*simulated in \([0-9.]*\) s.*/\1/p'
}
ta=(); tb=()
for r in $(seq 1 "$reps"); do
  ta+=("$(secs "$a")"); tb+=("$(secs "$b")")
  echo "rep $r: A ${ta[-1]} s, B ${tb[-1]} s"
done
python3 - "${ta[*]}" "${tb[*]}" <<'PY'
import statistics, sys
a = [float(x) for x in sys.argv[1].split()]
b = [float(x) for x in sys.argv[2].split()]
ma, mb = statistics.median(a), statistics.median(b)
paired = statistics.median(y / x for x, y in zip(a, b))
print(f"median A {ma:.2f} s, median B {mb:.2f} s, B/A {mb / ma:.3f}, median paired ratio {paired:.3f}")
PY
rm -rf "$out"
