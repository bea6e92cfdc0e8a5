#!/bin/bash
# One resolve after the peer mined one block, ROUNDS times, between two `blockdesk node`s started on
# copies of DATA_DIR (docs/BENCHMARKS.md, "One resolve when little is new"): the median, least and
# most of curl's time_starttransfer on B's GET /nodes/resolve. JAVA_OPTS, if set, goes to node B
# (a JFR recording, say). The same rounds as tools/bench_resolve.sh, without its import.
#
#   tools/bench_resolve_rounds.sh DATA_DIR ROUNDS JAR
#   e.g. for j in OLD.jar target/blockdesk.jar OLD.jar target/blockdesk.jar; do tools/bench_resolve_rounds.sh /tmp/d1m 15 $j; done
set -e
DIR=$1; ROUNDS=$2; JAR=$3
W=$(mktemp -d /tmp/bench-rounds.XXXX)
cp -r $DIR $W/a; cp -r $DIR $W/b; rm -f $W/a/blockdesk.lock $W/b/blockdesk.lock
java -jar $JAR node --data-dir $W/a --port 0 --no-mutual-peering --threads 1 > $W/a.out 2>&1 & pa=$!
until grep -qs listening $W/a.out; do sleep 0.1; done
A=$(grep -o 'http://[^ ,]*' $W/a.out | head -1)
java $JAVA_OPTS -jar $JAR node --data-dir $W/b --port 0 --no-mutual-peering --threads 1 --peer $A > $W/b.out 2>&1 & pb=$!
until grep -qs listening $W/b.out; do sleep 0.1; done
B=$(grep -o 'http://[^ ,]*' $W/b.out | head -1)
curl -s -o /dev/null $B/nodes/resolve # the first, cold
echo "$(basename $JAR): $(for i in $(seq $ROUNDS); do
  curl -s -o /dev/null $A/mine
  curl -s -o /dev/null -w '%{time_starttransfer}\n' $B/nodes/resolve
done | sort -n | awk '{a[NR] = $1 * 1000} END {printf "median %.1f ms, least %.1f, most %.1f (%d rounds)", a[int(NR / 2) + 1], a[1], a[NR], NR}')"
kill $pa $pb; wait $pa $pb 2>/dev/null || true
rm -rf $W
