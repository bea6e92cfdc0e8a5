#!/bin/bash
# Idle auto-sync on a long chain (docs/BENCHMARKS.md, "Holding a million blocks"): nodes A and B
# start on copies of DATA_DIR, B with A as its only peer and --auto-sync 10; nothing is mined. B's
# CPU use (user + system, all threads) and resident memory are sampled every INTERVAL seconds
# for MINUTES minutes, after one interval to settle.
#
#   tools/bench_idle.sh DATA_DIR MINUTES INTERVAL JAR
#   e.g. tools/bench_idle.sh /tmp/d1m 10 60 target/blockdesk.jar
set -e
DIR=$1; MINUTES=$2; INTERVAL=$3; JAR=$4
W=$(mktemp -d /tmp/bench-idle.XXXX)
cp -r $DIR $W/a; cp -r $DIR $W/b; rm -f $W/a/blockdesk.lock $W/b/blockdesk.lock
java -jar $JAR node --data-dir $W/a --port 0 --no-mutual-peering --threads 1 > $W/a.out 2>&1 & pa=$!
until grep -qs listening $W/a.out; do sleep 0.2; done
A=$(grep -o 'http://[^ ,]*' $W/a.out | head -1)
java -jar $JAR node --data-dir $W/b --port 0 --no-mutual-peering --threads 1 --peer $A --auto-sync 10 > $W/b.out 2>&1 & pb=$!
until grep -qs listening $W/b.out; do sleep 0.2; done
HZ=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' /proc/$pb/stat; }
rss() { awk '/VmRSS/ {printf "%d", $2/1024}' /proc/$pb/status; }
sleep $INTERVAL
t0=$(ticks); s0=$(date +%s.%N)
echo "minute 0: RSS $(rss) MB"
for i in $(seq $(( MINUTES * 60 / INTERVAL ))); do
  sleep $INTERVAL
  echo "after $(( i * INTERVAL )) s: RSS $(rss) MB, CPU so far $(echo "($(ticks) - $t0) / $HZ / ($(date +%s.%N) - $s0) * 100" | bc -l | cut -c1-5) % of a core"
done
echo "resolves logged by B: $(grep -c -i 'resolve\|sync' $W/b.out || true)"
kill $pa $pb; wait $pa $pb 2>/dev/null || true
rm -rf $W
