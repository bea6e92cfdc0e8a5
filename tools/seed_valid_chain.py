#!/usr/bin/env python3
"""The dvf seed node's own Blockchain.valid_chain, imported from its module, run on a chain file.

    /usr/bin/python3 tools/seed_valid_chain.py CHAIN.json [SEED_DIR]
SEED_DIR holds the seed's blockchain.py (default /work/seednodes/dvf, see /work/seednodes/README.md);
importing it needs Flask and requests (Debian's python3-flask, python3-requests). The seed prints
every block it checks; that output goes to /dev/null here, as a node's log would go somewhere.
Prints True or False as valid_chain answers, and on standard error how long valid_chain alone took.
"""
import contextlib
import json
import os
import sys
import time

seed_dir = sys.argv[2] if len(sys.argv) > 2 else "/work/seednodes/dvf"
sys.path.insert(0, seed_dir)
import blockchain  # noqa: E402  (the seed's module: defines Blockchain, and a Flask app that is not run)

with open(sys.argv[1]) as f:
    chain = json.load(f)["chain"]
node = blockchain.Blockchain()
start = time.perf_counter()
with open(os.devnull, "w") as devnull, contextlib.redirect_stdout(devnull):
    valid = node.valid_chain(chain)
print(f"valid_chain: {time.perf_counter() - start:.3f} s", file=sys.stderr)
print(valid)
