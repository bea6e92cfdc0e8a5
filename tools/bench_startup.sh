#!/bin/bash
# `blockdesk node` starting on a data directory that already holds a long chain (docs/BENCHMARKS.md,
# "Holding a million blocks"): the time from launch until it logs that it is listening, and its
# CPU time (user + system, all threads) and resident memory then (VmRSS) and at its peak (VmHWM).
# Runs interleave the JARs given.
#
#   tools/bench_startup.sh DATA_DIR RUNS JAR...
#   e.g. python3 tools/make_chain.py 1000000 1 3 /tmp/chain-1m.json
#        java -jar target/blockdesk.jar node --data-dir /tmp/d1m --difficulty 1 --port 0   (stop it once listening)
#        java -jar target/blockdesk.jar import --data-dir /tmp/d1m /tmp/chain-1m.json
#        tools/bench_startup.sh /tmp/d1m 5 old.jar target/blockdesk.jar
set -e
DIR=$1; RUNS=$2; shift 2
OUT=$(mktemp /tmp/bench-startup.XXXX)
for run in $(seq $RUNS); do for jar in "$@"; do
  rm -f $DIR/blockdesk.lock
: > $OUT
  start=$(date +%s%N)
  java -jar $jar node --data-dir $DIR --port 0 --no-mutual-peering --threads 1 > $OUT 2>&1 & pid=$!
  until grep -qs listening $OUT; do
    kill -0 $pid 2>/dev/null || { cat $OUT; exit 1; }
    sleep 0.02
  done
  ready=$(date +%s%N)
  mem=$(awk '/VmHWM|VmRSS/ {printf "%s %d MB ", $1, $2/1024}' /proc/$pid/status)
  cpu=$(awk -v hz=$(getconf CLK_TCK) '{printf "%.1f", ($14 + $15) / hz}' /proc/$pid/stat)
  printf '%s run %s listening after %.2f s, %s s of CPU, %s\n' $(basename $jar) $run $(echo "($ready - $start) / 1000000000" | bc -l) $cpu "$mem"
  kill $pid; wait $pid 2>/dev/null || true
done; done
rm -f $OUT
