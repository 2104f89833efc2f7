#!/usr/bin/env bash
# A standalone Spark cluster on this machine, for trying cdgd the way a real cluster runs it: a
# Master and Workers as separate JVMs on 127.0.0.1 only, cdgd's cluster jar submitted to it with
# spark-submit's own entry point (org.apache.spark.deploy.SparkSubmit), then everything stopped.
#
#   cluster/standalone.sh --workspace DIR COMMAND [COMMAND…]
#
# Each COMMAND (ingest, build, run…) is submitted in turn as `cdgd COMMAND --workspace DIR`, as a
# driver of its own; ingest reads the workspace's configured submissions folder. The workspace is a
# plain folder: on one machine every JVM sees it, as a shared mount would on a real cluster.
#
# Environment (defaults in brackets): CDGD_WORKERS [2], CDGD_WORKER_CORES [1], CDGD_WORKER_MEMORY
# [1g] (each worker runs one executor of that size), CDGD_DRIVER_MEMORY [1g], CDGD_CLUSTER_JAR
# [pipeline/target/cdgd-cluster.jar, built with `mvn -Pcluster` when missing or older than the
# sources], CDGD_SPARK_HOME [cluster/target/spark-home, its jars/ copied by Maven from the Spark
# version the parent pom pins]. Logs of the master, workers, executors and drivers stay in
# cluster/target/runs/<time>/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

usage() {
  echo "Cách dùng: cluster/standalone.sh --workspace <thư mục> <lệnh> [<lệnh>…]   (lệnh: ingest, build, run…)" >&2
  exit 2
}
workspace=""
commands=()
while [ $# -gt 0 ]; do
  case "$1" in
    --workspace|-w) [ $# -ge 2 ] || usage; workspace="$2"; shift 2 ;;
    --workspace=*) workspace="${1#--workspace=}"; shift ;;
    -h|--help) usage ;;
    *) commands+=("$1"); shift ;;
  esac
done
[ -n "$workspace" ] && [ ${#commands[@]} -gt 0 ] || usage
[ -d "$workspace" ] || { echo "Không có thư mục làm việc $workspace: hãy tạo bằng ./cdgd init." >&2; exit 2; }
workspace="$(cd "$workspace" && pwd)"

workers="${CDGD_WORKERS:-2}"
worker_cores="${CDGD_WORKER_CORES:-1}"
worker_memory="${CDGD_WORKER_MEMORY:-1g}"
driver_memory="${CDGD_DRIVER_MEMORY:-1g}"
jar="${CDGD_CLUSTER_JAR:-$here/pipeline/target/cdgd-cluster.jar}"
spark_home="${CDGD_SPARK_HOME:-$here/cluster/target/spark-home}"
# The Java 17 flags Spark needs, kept once in the parent pom (the ./cdgd launcher reads them too).
flags=$(sed -n 's:.*<spark.jvm.flags>\(.*\)</spark.jvm.flags>.*:\1:p' "$here/pom.xml")

# The cluster jar: cdgd and its libraries without Spark, as spark-submit wants it.
if [ -z "${CDGD_CLUSTER_JAR:-}" ] && { [ ! -f "$jar" ] \
    || [ -n "$(find "$here/pom.xml" "$here"/*/pom.xml "$here"/*/src/main -newer "$jar" -print -quit 2>/dev/null)" ]; }; then
  echo "Đang dựng $jar (mvn -Pcluster, vài phút)…" >&2
  (cd "$here" && mvn -q -B -ntp -Pcluster -DskipTests package) >&2
fi
# A Spark distribution's jars/: what the Master, the Workers, the executors and spark-submit run on.
if [ ! -f "$spark_home/jars/.complete" ] || [ "$here/pom.xml" -nt "$spark_home/jars/.complete" ]; then
  echo "Đang chép các tệp jar của Spark vào $spark_home/jars…" >&2
  rm -rf "$spark_home/jars"
  (cd "$here" && mvn -q -B -ntp -f cluster/spark-distribution.xml dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$spark_home/jars") >&2
  touch "$spark_home/jars/.complete"
fi

run_dir="$here/cluster/target/runs/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$run_dir"
export SPARK_HOME="$spark_home"
# Every socket of every JVM (RPC, block managers, web UIs) on the loopback address only.
export SPARK_LOCAL_IP=127.0.0.1
export SPARK_LOCAL_HOSTNAME=127.0.0.1
export SPARK_SCALA_VERSION=2.13

pids=()
stop_cluster() {
  # Last started first: a running driver, the workers (each stops its executors), the master;
  # SIGKILL after 15 s.
  local pid child
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pid="${pids[$i]}"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    for child in $(ps -o pid= --ppid "$pid" 2>/dev/null); do kill -KILL "$child" 2>/dev/null || true; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  pids=()
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM

# Waits until a log line matches; prints the match. Fails (with the log) after 90 s or if the
# process ended.
await() {
  local log="$1" pattern="$2" pid="$3" found
  for _ in $(seq 1 180); do
    found=$(grep -o -m1 -E "$pattern" "$log" 2>/dev/null || true)
    if [ -n "$found" ]; then echo "$found"; return 0; fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  echo "Spark không khởi động được (xem $log):" >&2
  tail -20 "$log" >&2
  return 1
}

# shellcheck disable=SC2086
java $flags -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 0 --webui-port 0 >"$run_dir/master.log" 2>&1 &
pids+=($!)
master=$(await "$run_dir/master.log" 'spark://127\.0\.0\.1:[0-9]+' "${pids[0]}")
master_ui=$(await "$run_dir/master.log" 'http://127\.0\.0\.1:[0-9]+' "${pids[0]}")
echo "Spark master $master (giao diện $master_ui), $workers worker × $worker_cores lõi, $worker_memory" >&2

for n in $(seq 1 "$workers"); do
  mkdir -p "$run_dir/worker-$n"
  # shellcheck disable=SC2086
  java $flags -Xmx512m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.worker.Worker \
    --host 127.0.0.1 --port 0 --webui-port 0 --cores "$worker_cores" --memory "$worker_memory" \
    --work-dir "$run_dir/worker-$n" "$master" >"$run_dir/worker-$n.log" 2>&1 &
  pids+=($!)
done
for n in $(seq 1 "$workers"); do
  await "$run_dir/worker-$n.log" 'Successfully registered with master' "${pids[$n]}" >/dev/null
done

for command in "${commands[@]}"; do
  echo "spark-submit: cdgd $command --workspace $workspace (nhật ký Spark: $run_dir/driver-$command.log)" >&2
  # spark-submit's own entry point, as bin/spark-submit of a distribution runs it. In client mode
  # the driver is this JVM, so its heap and Java 17 flags are set here, not with --driver-memory;
  # Spark 4 adds the same flags to each executor's command line by itself.
  # shellcheck disable=SC2086
  java $flags -Xmx"$driver_memory" -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit \
    --master "$master" --deploy-mode client --name "cdgd $command" \
    --executor-memory "$worker_memory" --total-executor-cores $((workers * worker_cores)) \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --class vn.cdgd.cli.Main "$jar" "$command" --workspace "$workspace" \
    2>"$run_dir/driver-$command.log" &
  # In the background and waited for: bash runs the INT/TERM trap at once during `wait`, not
  # after a foreground child ends; the driver is then stopped first, with the cluster.
  pids+=($!)
  code=0
  wait "${pids[-1]}" || code=$?
  unset 'pids[-1]'
  if [ "$code" -ne 0 ]; then
    echo "cdgd $command trên cụm Spark dừng với mã $code; nhật ký Spark của driver: $run_dir/driver-$command.log" >&2
    tail -20 "$run_dir/driver-$command.log" >&2
    exit "$code"
  fi
done
echo "Xong; đang dừng cụm Spark. Nhật ký: $run_dir" >&2
