#!/usr/bin/env python3
"""The Python tutorial node's valid_chain, verbatim in logic, run on a /chain document.

    curl -s http://127.0.0.1:5000/chain | python3 tools/python_valid_chain.py
Prints True when dvf/blockchain would accept the chain in /nodes/resolve.
"""
import hashlib
import json
import sys


def hash_block(block):
    return hashlib.sha256(json.dumps(block, sort_keys=True).encode()).hexdigest()


def valid_proof(last_proof, proof, last_hash, difficulty=4):
    guess = f'{last_proof}{proof}{last_hash}'.encode()
    return hashlib.sha256(guess).hexdigest()[:difficulty] == "0" * difficulty


def valid_chain(chain, difficulty=4):
    last_block = chain[0]
    current_index = 1
    while current_index < len(chain):
        block = chain[current_index]
        last_block_hash = hash_block(last_block)
        if block['previous_hash'] != last_block_hash:
            return False
        if not valid_proof(last_block['proof'], block['proof'], last_block_hash, difficulty):
            return False
        last_block = block
        current_index += 1
    return True


if __name__ == "__main__":
    document = json.load(sys.stdin)
    print(valid_chain(document["chain"], int(sys.argv[1]) if len(sys.argv) > 1 else 4))
