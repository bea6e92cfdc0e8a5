#!/usr/bin/env python3
"""Writes a long valid chain, made exactly as the Python tutorial node makes blocks, for benchmarks.

    python3 tools/make_chain.py BLOCKS DIFFICULTY TXS_PER_BLOCK OUT.json
e.g. python3 tools/make_chain.py 100000 1 3 /tmp/chain-100k.json
"""
import hashlib
import json
import random
import sys


def block_hash(block):
    return hashlib.sha256(json.dumps(block, sort_keys=True).encode()).hexdigest()


def main(blocks, difficulty, per_block, out):
    rng = random.Random(7)
    zeros = "0" * difficulty
    node = "%032x" % rng.getrandbits(128)
    chain = [{"index": 1, "timestamp": 1763700000.123456, "transactions": [], "proof": 100, "previous_hash": "1"}]
    while len(chain) < blocks:
        last = chain[-1]
        last_hash = block_hash(last)
        prefix = str(last["proof"])
        proof = 0
        while hashlib.sha256(f"{prefix}{proof}{last_hash}".encode()).hexdigest()[:difficulty] != zeros:
            proof += 1
        txs = [{"sender": "%032x" % rng.getrandbits(128), "recipient": "%032x" % rng.getrandbits(128),
                "amount": rng.choice([1, 5, 2.5, 0.1])} for _ in range(per_block - 1)]
        txs.append({"sender": "0", "recipient": node, "amount": 1})
        chain.append({"index": len(chain) + 1, "timestamp": last["timestamp"] + 0.75 + rng.random(),
                      "transactions": txs, "proof": proof, "previous_hash": last_hash})
    with open(out, "w") as f:
        json.dump({"chain": chain, "length": len(chain)}, f)


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
