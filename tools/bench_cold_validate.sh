#!/bin/bash
# Cold start: `validate` of a 10,000-block chain as a whole process, against the Python tutorial
# node's own valid_chain on the same file (docs/BENCHMARKS.md, "Cold start: validate of 10,000 blocks").
#
#   tools/bench_cold_validate.sh CHAIN.json RUNS [BEFORE.jar]
#   e.g. tools/bench_cold_validate.sh /tmp/chain-10k-d4.json 15
#
# CHAIN must be valid at difficulty 4, as the dvf seed's valid_chain checks it. When CHAIN does not
# exist, it is made first: a `blockdesk node` mines at difficulty 4 (one thread, about 2 minutes here)
# until it has 10,000 blocks, and the first 10,000 are exported.
# The runs are interleaved (A, B, C, ... then again), RUNS of each; each line gives the median wall
# time and the median CPU time (user + sys) of the whole process, and its last output:
#   launcher     target/blockdesk validate CHAIN           (class-data sharing archive, no picocli, C1)
#   java -jar    java -jar target/blockdesk.jar validate CHAIN
#   before       java -jar BEFORE.jar validate CHAIN       (when BEFORE.jar is given)
#   py seed      /usr/bin/python3 tools/seed_valid_chain.py CHAIN: imports /work/seednodes/dvf/blockchain.py
#                (Flask and all) and calls Blockchain().valid_chain on the loaded list; its prints go to /dev/null
#   py loop      python3 tools/python_valid_chain.py 4 < CHAIN: the same loop, without Flask and prints
# Needs a built tree (mvn -B -DskipTests package) and python3; "py seed" needs /work/seednodes and Flask.
set -e
CHAIN=$1; RUNS=$2; BEFORE=$3
ROOT=$(cd "$(dirname "$0")/.." && pwd)
if [ ! -f "$CHAIN" ]; then
  W=$(mktemp -d /tmp/bench-cold.XXXX)
  "$ROOT/target/blockdesk" node --data-dir $W/d --port 0 --difficulty 4 --mine --threads 1 --no-mutual-peering > $W/node.out 2>&1 & pid=$!
  until grep -qs listening $W/node.out; do sleep 0.2; done
  URL=$(grep -o 'http://[^ ,]*' $W/node.out | head -1)
  until [ "$(curl -s $URL/chain | python3 -c 'import json,sys; print(json.load(sys.stdin)["length"] >= 10000)')" = True ]; do sleep 5; done
  kill $pid; wait $pid || true
  "$ROOT/target/blockdesk" export --data-dir $W/d $W/all.json
  python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["chain"][:10000]; json.dump({"chain": c, "length": len(c)}, open(sys.argv[2], "w"))' $W/all.json "$CHAIN"
  rm -rf $W
fi
set -- "launcher=$ROOT/target/blockdesk validate $CHAIN" "java -jar=java -jar $ROOT/target/blockdesk.jar validate $CHAIN"
[ -n "$BEFORE" ] && set -- "$@" "before=java -jar $BEFORE validate $CHAIN"
[ -f /work/seednodes/dvf/blockchain.py ] && set -- "$@" "py seed=/usr/bin/python3 $ROOT/tools/seed_valid_chain.py $CHAIN"
set -- "$@" "py loop=python3 $ROOT/tools/python_valid_chain.py 4 < $CHAIN"
echo "$(date -u +%FT%TZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $RUNS runs each, interleaved"
python3 - "$RUNS" "$@" <<'PY'
import resource, statistics, subprocess, sys, time
runs = int(sys.argv[1])
cmds = [a.split("=", 1) for a in sys.argv[2:]]
wall = {l: [] for l, _ in cmds}; cpu = {l: [] for l, _ in cmds}; last = {}
for _ in range(runs):
    for label, cmd in cmds:
        before = resource.getrusage(resource.RUSAGE_CHILDREN); start = time.perf_counter()
        p = subprocess.run(cmd, shell=True, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        wall[label].append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu[label].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
        last[label] = (p.returncode, p.stdout.strip().splitlines()[-1] if p.stdout.strip() else "")
for label, _ in cmds:
    w = sorted(wall[label])
    print(f"{label:9s} wall median {statistics.median(w):.3f} s (min {w[0]:.3f}, max {w[-1]:.3f})"
          f"  cpu median {statistics.median(cpu[label]):.3f} s  exit {last[label][0]}: {last[label][1]}")
PY
