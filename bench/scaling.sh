#!/usr/bin/env bash
# Scaling benchmark: the baseline scenario for one simulated year at 10k, 100k and 1M residents, on one
# core (taskset + one active processor for the JVM), several repetitions each. Reports the median wall
# time of the simulation itself, events per second, time per filed case and the process's peak memory.
#
#   bench/scaling.sh [REPS] [SIZES...]        e.g. bench/scaling.sh 5 10000 100000 1000000
#
# --warmup 0, so that cases_filed counts the whole simulated year the time is measured over.
# Needs GNU time (/usr/bin/time) for peak memory; installs it with apt-get when missing and allowed.
# Runs go through the launcher (./gridgov), so they get its JVM options (the collector) and whatever
# GRIDGOV_JAVA_OPTS adds. BENCH_JAR=other.jar times another build (e.g. the jar of an earlier commit, for a
# before/after table; run the two alternately, size by size).
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-3}"; shift || true
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000 1000000)
jar="${BENCH_JAR:-target/gridgov.jar}"
# The launcher builds target/gridgov.jar when it is missing or stale: once here, not inside a timed run.
[ -n "${BENCH_JAR:-}" ] || ./gridgov --version >/dev/null
if [ ! -x /usr/bin/time ]; then
  (apt-get install -y -qq time >/dev/null 2>&1) || { echo "bench: GNU time missing; install package 'time'" >&2; exit 1; }
fi
pin=(); command -v taskset >/dev/null && pin=(taskset -c 0)
out="$(mktemp -d)"
printf '%-10s %-6s %12s %12s %14s %16s %10s\n' residents rep sim_seconds events events_per_s us_per_case peak_MB
for n in "${sizes[@]}"; do
  for r in $(seq 1 "$reps"); do
    log="$out/run-$n-$r.log"
    GRIDGOV_JAR="$jar" GRIDGOV_JAVA_OPTS="-XX:ActiveProcessorCount=1 ${GRIDGOV_JAVA_OPTS:-}" \
      "${pin[@]}" /usr/bin/time -f "%M" -o "$out/rss" ./gridgov \
      run scenarios/q-city-baseline.yaml --set "city.residents=$n" --no-cases --warmup 0 --out "$out/$n" >"$log"
    secs=$(sed -n 's/.*simulated in \([0-9.]*\) s, \([0-9,]*\) events.*/\1/p' "$log")
    events=$(sed -n 's/.*simulated in \([0-9.]*\) s, \([0-9,]*\) events.*/\2/p' "$log" | tr -d ,)
    cases=$(awk -F, '$1=="cases_filed"{print $2}' "$out/$n/metrics.csv")
    rss=$(cat "$out/rss")
    awk -v n="$n" -v r="$r" -v s="$secs" -v e="$events" -v c="$cases" -v m="$rss" \
      'BEGIN{printf "%-10s %-6s %12.2f %12d %14.0f %16.2f %10.0f\n", n, r, s, e, e/s, s*1e6/c, m/1024}'
  done
done | tee "$out/table.txt"
echo
echo "Medians by size:"
awk 'NR>0 && $1 ~ /^[0-9]+$/ {k=$1; s[k]=s[k]" "$3; e[k]=e[k]" "$5; u[k]=u[k]" "$6; m[k]=m[k]" "$7}
  function med(str,  a,n,i,j,t){n=split(str,a," "); for(i=1;i<=n;i++)for(j=i+1;j<=n;j++)if(a[j]<a[i]){t=a[i];a[i]=a[j];a[j]=t}
    return (n%2)?a[(n+1)/2]:(a[n/2]+a[n/2+1])/2}
  END{for(k in s) printf "  %-10s sim %7.2f s   %12.0f events/s   %8.2f us/case   peak %6.0f MB\n", k, med(s[k]), med(e[k]), med(u[k]), med(m[k])}' \
  "$out/table.txt" | sort -n -k1
rm -rf "$out"
