#!/usr/bin/env python3
"""Times a kept-alive HTTP client against a running node, as the Python tutorial's users do (requests).

    python3 tools/bench_keepalive.py http://127.0.0.1:PORT [REQUESTS] [BLOCKS]

With one requests.Session (one kept-alive connection), after a warm-up GET: REQUESTS (default 200)
GET /chain in a row; then REQUESTS GET /chain with a new connection each (requests.get); then BLOCKS
(default 50) GET /mine in a row on the session. Prints the median milliseconds per request and the
blocks mined per second. Run it against a fresh node at a low difficulty (2), so that /mine measures
the HTTP round trip rather than the proof of work.
"""
import statistics
import sys
import time

import requests


def timed(call, times):
    millis = []
    for _ in range(times):
        start = time.perf_counter()
        answer = call()
        millis.append((time.perf_counter() - start) * 1000)
        answer.raise_for_status()
    return millis


def connections_opened(session, url):
    """How many connections the session's pool has made: 1 when every request was kept alive."""
    pool = getattr(session.get(url + "/chain").raw, "_pool", None)
    return getattr(pool, "num_connections", "?")


def main(url, requests_count, blocks):
    url = url.rstrip("/")
    with requests.Session() as session:
        session.get(url + "/chain").raise_for_status()
        kept = timed(lambda: session.get(url + "/chain"), requests_count)
        fresh = timed(lambda: requests.get(url + "/chain", headers={"Connection": "close"}), requests_count)
        start = time.perf_counter()
        mined = timed(lambda: session.get(url + "/mine"), blocks)
        seconds = time.perf_counter() - start
        opened = connections_opened(session, url)
    print("GET /chain, kept alive:     median %.2f ms (%d requests)" % (statistics.median(kept), requests_count))
    print("GET /chain, new connection: median %.2f ms (%d requests)" % (statistics.median(fresh), requests_count))
    print("GET /mine, kept alive:      median %.2f ms, %.1f blocks/s (%d blocks)"
          % (statistics.median(mined), blocks / seconds, blocks))
    print("connections the session opened: %s" % opened)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200, int(sys.argv[3]) if len(sys.argv) > 3 else 50)
