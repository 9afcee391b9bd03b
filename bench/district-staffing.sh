#!/usr/bin/env bash
# How geography changes the staffing answer (issue 15): sizes the grid workers of the sample district three ways,
# with the same targets, seed and replications:
#   map            scenarios/sample-district.yaml as shipped (its map, trips on foot at 5 km/h);
#   no-travel      the same map with trips of almost no time (200 km/h), so only areas and beats differ;
#   rectangle      the built-in rectangle of equal cells with the map's households, cells, mean cell area and
#                  share of old neighbourhoods (trips on its lattice at 5 km/h).
# Usage: bench/district-staffing.sh [REPLICATIONS] [DAYS]   (defaults 10 and 365; about 10 minutes on 2 cores)
# Prints one line per way: grid workers recommended, households per worker, the deciding bounds. Needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-10}"
days="${2:-365}"
out="${OUT:-results/district-staffing}"
targets=(--target 'resolution_rate>=0.95' --target 'p90_hours_to_close<=72' --target 'worker_utilization_mean<=0.85')
mkdir -p "$out"
read -r households cells area old <<<"$(python3 - <<'PY'
import json, math
d = json.load(open("maps/sample-district.geojson"))
# Areas as gridgov measures them: the summary.json of a short run gives them exactly; here the local plane.
R = 6371008.8
def ring_area(ring, lat0):
    kx = R * math.cos(math.radians(lat0)) * math.pi / 180; ky = R * math.pi / 180
    a = 0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        a += (x1 * kx) * (y2 * ky) - (x2 * kx) * (y1 * ky)
    return abs(a) / 2
lats = [p[1] for f in d["features"] for p in f["geometry"]["coordinates"][0]]
lat0 = (min(lats) + max(lats)) / 2
h = sum(f["properties"]["households"] for f in d["features"])
n = len(d["features"])
area = sum(ring_area(f["geometry"]["coordinates"][0], lat0) for f in d["features"]) / n
old = sum(1 for f in d["features"] if f["properties"].get("old_neighbourhood")) / n
print(h, n, round(area), round(old, 4))
PY
)"
per_cell=$(( (households + cells / 2) / cells ))
residents=$(python3 -c "print(round($households * 2.62))")
echo "map: $households households in $cells cells (mean $per_cell households, $area m2; old neighbourhoods $old)"
cat > "$out/rectangle.yaml" <<YAML
# The sample district as a rectangle of equal cells: bench/district-staffing.sh writes it.
name: sample-district-rectangle
city:
  residents: $residents
  households_per_cell: {min: $per_cell, max: $per_cell}
  cell_area_m2: {min: $area, max: $area}
  old_neighbourhood_share: $old
YAML
run() {
  local label="$1"; shift
  ./gridgov size "$@" "${targets[@]}" --replications "$reps" --days "$days" --out "$out/$label" --force -q \
    > "$out/$label.txt"
  echo "== $label"; cat "$out/$label.txt"
}
run map scenarios/sample-district.yaml
run no-travel scenarios/sample-district.yaml --set grid_workers.travel_km_per_hour=200
run rectangle "$out/rectangle.yaml"
