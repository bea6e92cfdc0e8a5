#!/bin/bash
# A fresh `blockdesk node` adopting a whole chain from a Blockdesk peer in one resolve, through the
# sync API's pages (docs/BENCHMARKS.md, "A fresh node adopting a long chain").
#
#   tools/bench_fresh_sync.sh CHAIN.json|DATA_DIR RUNS JAR...
#   e.g. python3 tools/make_chain.py 1000000 1 3 /tmp/chain-1m.json
#        tools/bench_fresh_sync.sh /tmp/chain-1m.json 3 target/blockdesk.jar
#
# Node A (difficulty 1) is made once from CHAIN with the first JAR. Each run, for each JAR in turn,
# A starts on it and a fresh node B (an empty data directory) starts with A as its only peer; then
# GET /nodes/resolve on B. Each line: curl's time_starttransfer (fetched, validated, adopted and
# stored: the dvf answer then carries the whole chain), time_total, B's chain length after, and B's
# resident memory: its peak (VmHWM) and now (VmRSS), in MB.
set -e
CHAIN=$1; RUNS=$2; shift 2
W=$(mktemp -d /tmp/bench-fresh.XXXX)
if [ -d "$CHAIN" ]; then # a data directory that holds the chain already (a million blocks take a minute to import)
  cp -r "$CHAIN" $W/a
else
  java -jar $1 node --data-dir $W/a --difficulty 1 --port 0 --no-mutual-peering > $W/template.out 2>&1 & pid=$!
  until grep -qs listening $W/template.out; do sleep 0.2; done
  kill $pid; wait $pid || true
  java -jar $1 import --data-dir $W/a $CHAIN
fi
rm -f $W/a/blockdesk.lock
for run in $(seq $RUNS); do for jar in "$@"; do
  echo "== $jar run $run"
  java -jar $jar node --data-dir $W/a --port 0 --no-mutual-peering --threads 1 > $W/a.out 2>&1 & pa=$!
  until grep -qs listening $W/a.out; do sleep 0.1; done
  A=$(grep -o 'http://[^ ,]*' $W/a.out | head -1)
  rm -rf $W/b
  java -jar $jar node --data-dir $W/b --difficulty 1 --port 0 --no-mutual-peering --threads 1 --peer $A > $W/b.out 2>&1 & pb=$!
  until grep -qs listening $W/b.out; do sleep 0.1; done
  B=$(grep -o 'http://[^ ,]*' $W/b.out | head -1)
  times=$(curl -s -o /dev/null -w '%{time_starttransfer} %{time_total}' $B/nodes/resolve)
  length=$(curl -s $B/blockdesk/v1/tip | python3 -c 'import json,sys; print(json.load(sys.stdin)["length"])')
  mem=$(awk '/VmHWM|VmRSS/ {printf "%s %d MB ", $1, $2/1024}' /proc/$pb/status)
  echo "resolve $times length $length $mem"
  kill $pa $pb; wait $pa $pb 2>/dev/null || true
done; done
rm -rf $W
