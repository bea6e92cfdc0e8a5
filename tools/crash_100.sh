#!/usr/bin/env bash
# SIGKILL safety, many times: runs PersistenceTest's crash test (real node processes, each killed with
# SIGKILL three times at random points of a stream of transactions and /mine calls, then restarted
# and checked) RUNS times (default 100), and reports acknowledged transactions lost and chains
# invalid after restart; both must be 0. Not part of `mvn -B verify`, which runs it once.
#
#   tools/crash_100.sh [RUNS]
#
# Needs a built project (mvn -B -o -q -DskipTests package). Takes about 10 s a run.
set -euo pipefail
runs="${1:-100}"
cd "$(dirname "$0")/.."
log="$(mktemp -t crash_100.XXXXXX.log)"
echo "crash test x $runs; log: $log"
status=0
mvn -B -o -q test -Dtest='PersistenceTest#killedMidStreamNothingAcknowledgedIsLost' -Dblockdesk.crashRuns="$runs" \
    -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1 || status=$?
grep '^crash run ' "$log" | awk -v runs="$runs" '
    { for (i = 1; i <= NF; i++) { split($i, kv, "="); if (kv[2] != "") sum[kv[1]] += kv[2] } done++ }
    END {
        printf "runs completed: %d of %d (3 SIGKILLs each: %d kills)\n", done, runs, done * 3
        printf "acknowledged transactions: %d\n", sum["acknowledged"]
        printf "acknowledged transactions lost: %d\n", sum["lost"]
        printf "acknowledged transactions kept twice: %d\n", sum["duplicated"]
        printf "chains invalid after restart: %d\n", sum["invalidChains"]
        printf "blocks answered by /mine and lost: %d\n", sum["minedBlocksLost"]
    }'
if [ "$status" -ne 0 ]; then
    echo "the crash test FAILED (exit $status); see $log"
fi
exit "$status"
