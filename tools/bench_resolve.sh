#!/bin/bash
# How long one resolve takes between two `blockdesk node`s holding the same chain, when the peer
# mined one block and when nothing is new (docs/BENCHMARKS.md, "Syncing and serving").
#
#   tools/bench_resolve.sh CHAIN.json|DATA_DIR RUNS ROUNDS JAR...
#   e.g. python3 tools/make_chain.py 100000 1 3 /tmp/chain-100k.json
#        tools/bench_resolve.sh /tmp/chain-100k.json 3 10 /tmp/before.jar target/blockdesk.jar
#
# One data directory (difficulty 1) is made from CHAIN with the first JAR; then for each run, for
# each JAR in turn (interleaved), nodes A and B start on copies of it, B with A as its only peer;
# B resolves once (its first, nothing new), then ROUNDS times A mines one block (GET /mine) and B
# resolves (new), then B resolves again (none). Each line: label, curl's time_starttransfer (until
# the answer starts), time_total, bytes of the answer (the dvf answer carries B's whole chain).
set -e
CHAIN=$1; RUNS=$2; ROUNDS=$3; shift 3
W=$(mktemp -d /tmp/bench-resolve.XXXX)
if [ -d "$CHAIN" ]; then # a data directory that holds the chain already (a million blocks take a minute to import)
  cp -r "$CHAIN" $W/template; rm -f $W/template/blockdesk.lock
else
  java -jar $1 node --data-dir $W/template --difficulty 1 --port 0 --no-mutual-peering > $W/template.out 2>&1 & pid=$!
  until grep -qs listening $W/template.out; do sleep 0.2; done
  kill $pid; wait $pid || true
  java -jar $1 import --data-dir $W/template $CHAIN
fi
FORMAT='%{time_starttransfer} %{time_total} %{size_download}\n'
for run in $(seq $RUNS); do for jar in "$@"; do
  echo "== $jar run $run"
  D=$(mktemp -d $W/run.XXXX)
  cp -r $W/template $D/a; cp -r $W/template $D/b; rm -f $D/a/blockdesk.lock $D/b/blockdesk.lock
  java -jar $jar node --data-dir $D/a --port 0 --no-mutual-peering --threads 1 > $D/a.out 2>&1 & pa=$!
  until grep -qs listening $D/a.out; do sleep 0.1; done
  A=$(grep -o 'http://[^ ,]*' $D/a.out | head -1)
  java -jar $jar node --data-dir $D/b --port 0 --no-mutual-peering --threads 1 --peer $A > $D/b.out 2>&1 & pb=$!
  until grep -qs listening $D/b.out; do sleep 0.1; done
  B=$(grep -o 'http://[^ ,]*' $D/b.out | head -1)
  echo "first $(curl -s -o /dev/null -w "$FORMAT" $B/nodes/resolve)"
  for i in $(seq $ROUNDS); do
    curl -s -o /dev/null $A/mine
    echo "new $(curl -s -o /dev/null -w "$FORMAT" $B/nodes/resolve)"
    echo "none $(curl -s -o /dev/null -w "$FORMAT" $B/nodes/resolve)"
  done
  kill $pa $pb; wait $pa $pb 2>/dev/null || true
  rm -rf $D
done; done
rm -rf $W
