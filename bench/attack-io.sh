#!/usr/bin/env bash
# A careful user's bad day, replayed against the built jar (issue 16): kills, locks, bad output places, a full
# disk, out of memory, huge seeds, pipes, damaged journals, wrong files. Prints one row per case:
#   case | expected | observed | pass
# Usage (from the repository's root, after `mvn -B -DskipTests package`): bench/attack-io.sh [WORKDIR]
# The full-disk case mounts a 256 kB tmpfs and needs root; it is reported as skipped otherwise.
set -uo pipefail
cd "$(dirname "$0")/.."
W=${1:-$(mktemp -d)}
mkdir -p "$W"
G=./gridgov
SMALL="city.residents=20000"
SCEN="$W/small.yaml"     # a small city, for speed
printf 'name: small\ncity: {residents: 20000}\n' > "$SCEN"
SCEN2="$W/small2.yaml"
printf 'name: small2\ncity: {residents: 20000}\ngrid_workers: {households_per_worker: 400}\n' > "$SCEN2"
EXP="$W/tiny.yaml"
printf 'name: tiny\nscenarios:\n  - %s\n  - {file: %s, set: {grid_workers.households_per_worker: 400}, label: more}\nreplications: 3\ndays: 60\nwarmup_days: 10\n' \
  "$SCEN" "$SCEN" > "$EXP"
pass=0; fail=0
row() { # case expected observed ok
  local mark=FAIL; if [ "$4" = 1 ]; then mark=pass; pass=$((pass+1)); else fail=$((fail+1)); fi
  printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$mark"
}
lines() { printf '%s' "$1" | grep -c '' ; }
tmpfiles() { find "$1" -name '.*.tmp' -o -name '.staging' 2>/dev/null | wc -l; }

echo "| case | expected | observed | result |"
echo "|---|---|---|---|"

# 1-2. kill -9 at random moments while an experiment rewrites a complete folder with more replications
out="$W/kill"; $G experiment "$EXP" --out "$out" -q >/dev/null 2>&1
mixed=0; left=0
for delay in 0.5 1.0 1.5 2.0 2.5 3.0; do
  $G experiment "$EXP" --replications 4 --out "$out" -q >/dev/null 2>&1 & pid=$!
  sleep "$delay"; pkill -9 -P "$pid" 2>/dev/null; kill -9 "$pid" 2>/dev/null; wait "$pid" 2>/dev/null
  if [ -f "$out/manifest.json" ]; then
    reps=$(grep -o '"replications": [0-9]*' "$out/manifest.json" | head -1 | grep -o '[0-9]*$')
    rows=$(($(wc -l < "$out/runs.csv") - 1))
    [ $((rows % reps)) -eq 0 ] && [ $((rows / reps)) -eq $((rows / reps)) ] || mixed=$((mixed+1))
  fi
  $G experiment "$EXP" --out "$out" -q >/dev/null 2>&1
  left=$((left + $(tmpfiles "$out")))
done
row "kill -9 during 6 rewrites, then rerun" "no temp files or staging left" "$left left" $([ $left -eq 0 ] && echo 1 || echo 0)
row "kill -9 during 6 rewrites" "old or new complete set, never mixed" "$mixed mixed" $([ $mixed -eq 0 ] && echo 1 || echo 0)

# 3. two commands on one folder at once
out="$W/lock"
$G experiment "$EXP" --replications 3 --out "$out" -q >"$W/a.out" 2>"$W/a.err" & a=$!
sleep 0.7
$G experiment "$EXP" --replications 4 --out "$out" -q >"$W/b.out" 2>"$W/b.err"; b=$?
wait $a; a=$?
msg=$(head -1 "$W/b.err")
row "second experiment on a folder in use" "refused, exit 2, names the holder's pid" "exit $b: ${msg:0:90}" \
  $([ $a -eq 0 ] && [ $b -eq 2 ] && grep -q "process" "$W/b.err" && echo 1 || echo 0)

# 4. --out is a file, for each command
touch "$W/afile"
for cmd in "run scenarios/q-city-baseline.yaml --set $SMALL --days 5" "experiment $EXP" \
           "compare $SCEN $SCEN2 --days 5 --replications 2"; do
  err=$($G $cmd --out "$W/afile" 2>&1 >/dev/null); code=$?
  row "${cmd%% *} --out FILE" "one line, exit 2" "exit $code, $(lines "$err") line(s)" \
    $([ $code -eq 2 ] && [ "$(lines "$err")" -eq 1 ] && echo 1 || echo 0)
done
err=$($G gui --snapshot "$W/afile/x.png" --days 1 scenarios/q-city-baseline.yaml 2>&1 >/dev/null); code=$?
row "gui --snapshot under a file" "one line, exit 2" "exit $code, $(lines "$err") line(s)" \
  $([ $code -eq 2 ] && [ "$(lines "$err")" -eq 1 ] && echo 1 || echo 0)

# 5. full disk (tmpfs of 256 kB)
full="$W/full"; mkdir -p "$full"
if mount -t tmpfs -o size=256k tmpfs "$full" 2>/dev/null; then
  err=$($G run scenarios/q-city-baseline.yaml --days 30 --out "$full/r" 2>&1 >/dev/null); code=$?
  row "run onto a full disk" "one line naming the cause, exit 1" "exit $code: ${err:0:90}" \
    $([ $code -eq 1 ] && [ "$(lines "$err")" -eq 1 ] && grep -qi "space" <<<"$err" && echo 1 || echo 0)
  umount "$full"
else
  row "run onto a full disk" "one line, exit 1" "skipped: cannot mount a tmpfs here" 1
fi

# 6. out of memory
err=$(GRIDGOV_JAVA_OPTS=-Xmx200m $G run scenarios/q-city-baseline.yaml --set city.residents=20000000 --days 30 \
  --out "$W/oom" 2>&1 >/dev/null); code=$?
row "out of memory (-Xmx200m, 20 M residents)" "advice, no stack trace, exit 1" "exit $code: ${err:0:90}" \
  $([ $code -eq 1 ] && grep -q "Xmx" <<<"$err" && ! grep -q "at org\.\|at java\." <<<"$err" && echo 1 || echo 0)

# 7. seeds beyond 2^53
for seed in 9223372036854775807 1234567890123457; do
  $G run scenarios/q-city-baseline.yaml --set "$SMALL" --days 5 --seed "$seed" --out "$W/seed$seed" -q >/dev/null 2>&1
  got=$(grep -o '"seed": [0-9]*' "$W/seed$seed/summary.json" | head -1 | grep -o '[0-9]*$')
  row "run --seed $seed" "summary.json holds it exactly" "$got" $([ "$got" = "$seed" ] && echo 1 || echo 0)
done

# 8. a pipe as the scenario
timeout 60 $G run <(cat scenarios/q-city-baseline.yaml) --set "$SMALL" --days 5 --out "$W/fifo" -q >/dev/null 2>&1
code=$?
row "scenario from a pipe" "runs, exit 0" "exit $code" $([ $code -eq 0 ] && echo 1 || echo 0)

# 9-10. damaged journal records
out="$W/journal"; $G experiment "$EXP" --out "$out" -q >/dev/null 2>&1
rec=$(ls "$out"/journal/*.run | head -1); rec2=$(ls "$out"/journal/*.run | sed -n 2p)
sed -i '0,/^on_time_rate\t.*/s//on_time_rate\t7.5/' "$rec"
head -c 300 "$rec2" > "$W/cut" && cp "$W/cut" "$rec2"
err=$($G merge "$out" --out "$W/merged" 2>&1 >/dev/null); code=$?
row "merge with an altered and a truncated record" "both named, nothing merged, exit 2" "exit $code: ${err:0:90}" \
  $([ $code -eq 2 ] && grep -q "$(basename "$rec")" <<<"$err" && grep -q "$(basename "$rec2")" <<<"$err" \
    && [ ! -f "$W/merged/runs.csv" ] && echo 1 || echo 0)
err=$($G experiment "$EXP" --out "$out" -q 2>&1 >/dev/null); code=$?
row "resume over damaged records" "warned, run again, exit 0" "exit $code, $(grep -c damaged <<<"$err") warning(s)" \
  $([ $code -eq 0 ] && [ "$(grep -c damaged <<<"$err")" -eq 2 ] && echo 1 || echo 0)

# 11. an experiment given as a scenario
err=$($G run "$EXP" 2>&1 >/dev/null); code=$?
row "run EXPERIMENT.yaml" "says it is an experiment, exit 2" "exit $code: ${err:0:90}" \
  $([ $code -eq 2 ] && grep -qi "experiment" <<<"$err" && echo 1 || echo 0)

# 12. a one-day snapshot
$G gui --snapshot "$W/one.png" --days 1 scenarios/q-city-baseline.yaml >/dev/null 2>&1; code=$?
row "gui --snapshot --days 1" "a picture, exit 0 (markers: SnapshotTest)" "exit $code" \
  $([ $code -eq 0 ] && [ -s "$W/one.png" ] && echo 1 || echo 0)

# 13. validate lists each parameter once
dups=$($G validate scenarios/q-city-baseline.yaml 2>/dev/null | awk '{print $1}' | grep '\.' | sort | uniq -d | wc -l)
row "validate's listing" "each key once" "$dups repeated" $([ "$dups" -eq 0 ] && echo 1 || echo 0)

echo
echo "$pass passed, $fail failed (work folder $W)"
[ "$fail" -eq 0 ]
