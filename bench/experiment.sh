#!/usr/bin/env bash
# Experiment throughput: runs per minute of an experiment on 1 and 2 threads (median of several repetitions,
# each into a fresh folder) and the parallel speed-up. Timed is the run phase only, from the first run to
# the last (manifest.json's execution.wall_seconds): not JVM start-up, validation or writing the outputs.
#
#   bench/experiment.sh [REPS] [EXPERIMENT.yaml] [OPTIONS...]
#   e.g. bench/experiment.sh 3 experiments/staffing-sweep.yaml --replications 2
#
# Default: 3 repetitions of experiments/reform-comparison.yaml when its scenario files exist, else of
# experiments/staffing-sweep.yaml, with --replications 2 (22 three-year runs per repetition, or 24 one-year runs).
# Other processes on the machine distort the figures: the load average is printed with them.
# Runs go through the launcher (./gridgov), so they get what it gives an experiment (the parallel collector and a
# 128 MB young generation) and whatever GRIDGOV_JAVA_OPTS adds or overrides:
# GRIDGOV_JAVA_OPTS=-XX:+UseG1GC gives the JVM's own default. BENCH_JAR=other.jar times another build.
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-3}"; shift || true
experiment="${1:-}"; shift || true
options=("$@"); [ ${#options[@]} -gt 0 ] || options=(--replications 2)
if [ -z "$experiment" ]; then
  experiment=experiments/reform-comparison.yaml
  for f in $(sed -n 's/^  - \(scenarios\/[^ ]*\.yaml\)$/\1/p' "$experiment"); do
    [ -f "$f" ] || { experiment=experiments/staffing-sweep.yaml; break; }
  done
fi
jar="${BENCH_JAR:-target/gridgov.jar}"
# The launcher builds target/gridgov.jar when it is missing or stale: once here, not inside a timed run.
[ -n "${BENCH_JAR:-}" ] || ./gridgov --version >/dev/null
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
echo "experiment: $experiment ${options[*]}; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %-4s %6s %12s %10s\n' threads rep runs run_seconds runs_per_min
for threads in 1 2; do
  for r in $(seq 1 "$reps"); do
    dir="$out/t$threads-r$r"
    GRIDGOV_JAR="$jar" ./gridgov experiment "$experiment" "${options[@]}" --threads "$threads" --out "$dir" -q
    runs=$(find "$dir/journal" -name '*.run' | wc -l)
    secs=$(grep -m1 '"wall_seconds"' "$dir/manifest.json" | tr -dc '0-9.')
    awk -v t="$threads" -v r="$r" -v n="$runs" -v s="$secs" 'BEGIN{printf "%-8s %-4s %6d %12.2f %10.1f\n", t, r, n, s, 60*n/s}'
  done
done | tee "$out/table.txt"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
awk 'function med(str,  a,n,i,j,t){n=split(str,a," "); for(i=1;i<=n;i++)for(j=i+1;j<=n;j++)if(a[j]<a[i]){t=a[i];a[i]=a[j];a[j]=t}
    return (n%2)?a[(n+1)/2]:(a[n/2]+a[n/2+1])/2}
  $1 ~ /^[0-9]+$/ {r[$1]=r[$1]" "$5}
  END{one=med(r[1]); two=med(r[2]); printf "median runs/min: %.1f on 1 thread, %.1f on 2 threads; speed-up %.2f\n", one, two, two/one}' \
  "$out/table.txt"
