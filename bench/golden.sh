#!/usr/bin/env bash
# Golden outputs: runs every shipped scenario, both shipped experiments and a sizing search on short horizons
# and writes their outputs under OUT (default results/golden). Run it before and after a change that must not
# change behaviour, then compare the folders:   diff -r results/golden-before results/golden
# manifest.json's execution section (time, threads, host) differs by design and is left out of the comparison
# by bench/golden-diff.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-results/golden}"
rm -rf "$out"; mkdir -p "$out"
days="${GOLDEN_DAYS:-120}"
for s in scenarios/*.yaml; do
  name=$(basename "$s" .yaml)
  ./gridgov run "$s" --days "$days" --warmup 20 --seed 3 --out "$out/run-$name" -q
done
./gridgov compare scenarios/q-city-baseline.yaml $(ls scenarios/*.yaml | grep -v q-city-baseline) --days 90 --warmup 20 --replications 2 --threads 2 \
  --out "$out/reform-comparison" -q
./gridgov experiment experiments/staffing-sweep.yaml --days 60 --warmup 10 --replications 2 --threads 2 \
  --out "$out/staffing-sweep" -q
./gridgov size scenarios/q-city-baseline.yaml --days 60 --warmup 10 --replications 2 --threads 2 \
  --target 'on_time_rate>=0.6' --out "$out/size" -q
echo "golden outputs in $out"
