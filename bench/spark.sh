#!/usr/bin/env bash
# The Spark engine's cost and throughput (README "Running on a cluster"): one experiment on local threads, on
# Spark local[2] (Spark inside the gridgov process, two executor threads) and on a standalone Spark cluster on the
# loopback address with 1 and 2 executors of one core each. Timed is the run phase (manifest.json's
# execution.wall_seconds): for Spark it includes the scheduling of every task and, on the standalone cluster, the
# start of the executors' JVMs, which every spark-submit pays. Median of REPS repetitions, each a new process
# writing into a fresh folder, after one unmeasured repetition of each engine.
#
#   bench/spark.sh [REPS] [EXPERIMENT.yaml] [OPTIONS...]
#   e.g. bench/spark.sh 3 experiments/staffing-sweep.yaml --replications 2 --days 120 --warmup 20
#
# Needs only Java and Maven: Spark comes from Maven Central (mvn -Pspark). Other processes distort the figures:
# the load average is printed with them.
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-3}"; shift || true
experiment="${1:-experiments/staffing-sweep.yaml}"; shift || true
options=("$@"); [ ${#options[@]} -gt 0 ] || options=(--replications 2 --days 120 --warmup 20)
mvn -B -q -Pspark -DskipTests package >/dev/null
deps="$(mktemp)"
mvn -B -q -Pspark dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$deps" >/dev/null
cp="$PWD/target/gridgov-spark.jar:$(cat "$deps")"
rm -f "$deps"
work="$(mktemp -d)"
pids=()
cleanup() {
  for p in "${pids[@]}"; do pkill -9 -P "$p" 2>/dev/null || true; kill -9 "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

run() { # FOLDER "JAVA OPTIONS" ENGINE: one repetition; prints its run seconds
  # shellcheck disable=SC2086
  java -Xmx2g $2 -cp "$cp" org.gridgov.cli.Main experiment "$experiment" "${options[@]}" --engine "$3" \
    --out "$1" -q 2>"$1.log"
  grep -m1 '"wall_seconds"' "$1/manifest.json" | tr -dc '0-9.'
}
measure() { # NAME "JAVA OPTIONS" ENGINE
  run "$work/$1-warm" "$2" "$3" >/dev/null
  local s
  s=$(for r in $(seq 1 "$reps"); do run "$work/$1-$r" "$2" "$3"; echo; done | sort -n \
    | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')
  local runs; runs=$(find "$work/$1-1/journal" -name '*.run' | wc -l)
  awk -v e="$1" -v n="$runs" -v s="$s" 'BEGIN{printf "%-24s %6d %12.2f %12.1f %14.3f\n", e, n, s, 60*n/s, s/n}'
}
start() { # LOG MAIN-CLASS ARGS...
  local log="$1"; shift
  SPARK_HOME="$work/spark-home" SPARK_TESTING=1 SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 \
    java -Xmx512m -cp "$cp" "$@" >"$log" 2>&1 &
  pids+=($!)
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
  || echo $((20000 + RANDOM % 20000)); }

mkdir -p "$work/spark-home"
echo "experiment: $experiment ${options[*]}; $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-24s %6s %12s %12s %14s\n' engine runs run_seconds runs_per_min seconds_per_run
measure threads-2 "" local
measure spark-local-2 "-Dspark.master=local[2] -Dspark.ui.enabled=false" spark

port=$(free_port)
start "$work/master.log" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" --webui-port 0
for _ in $(seq 1 100); do (echo >/dev/tcp/127.0.0.1/"$port") 2>/dev/null && break; sleep 0.2; done
for w in 1 2; do
  mkdir -p "$work/worker-$w"
  start "$work/worker-$w.log" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory 1g \
    --webui-port 0 --work-dir "$work/worker-$w" "spark://127.0.0.1:$port"
done
sleep 5 # the workers register with the master
cluster="-Dspark.master=spark://127.0.0.1:$port -Dspark.driver.host=127.0.0.1 -Dspark.driver.bindAddress=127.0.0.1"
cluster="$cluster -Dspark.executor.extraClassPath=$cp -Dspark.executor.memory=1g -Dspark.executor.cores=1"
cluster="$cluster -Dspark.ui.enabled=false"
measure standalone-1-executor "$cluster -Dspark.cores.max=1" spark
measure standalone-2-executors "$cluster -Dspark.cores.max=2" spark
