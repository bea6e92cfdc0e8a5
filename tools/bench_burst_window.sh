#!/bin/bash
# The desktop window (Xvfb display :90, --fx-probe, its Pending tab shown) while bench-flood burst
# sends it 20,000 transactions from 8 clients (docs/BENCHMARKS.md, "A burst of transactions"): the
# burst's figures, then the FX stall probe's last lines. Needs Xvfb :90 and xdotool.
#
#   tools/bench_burst_window.sh JAR
JAR=$1; rm -rf /tmp/burstd; : > /tmp/burst.out
DISPLAY=:90 java $JAVA_OPTS -jar $JAR --data-dir /tmp/burstd --port 0 --difficulty 2 --fx-probe > /tmp/burst.out 2>&1 & pid=$!
until grep -qs 'node ready' /tmp/burst.out; do sleep 0.2; done
A=$(grep -o 'http://127[^ ,"]*' /tmp/burst.out | head -1)
sleep 3
DISPLAY=:90 xdotool search --name Blockdesk windowactivate 2>/dev/null; DISPLAY=:90 xdotool mousemove 190 112 click 1
java -jar $JAR bench-flood burst $A --clients 8 --transactions 20000 2>&1 | tail -3
sleep 3
grep -i 'stall\|longest\|probe' /tmp/burst.out | tail -6 | cut -c1-200
kill $pid; wait $pid 2>/dev/null || true
