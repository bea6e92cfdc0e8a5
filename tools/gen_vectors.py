#!/usr/bin/env python3
"""Generates the test vectors Blockdesk checks itself against.

Python's own json module is the oracle: the Python tutorial node (dvf/blockchain)
hashes a block as sha256(json.dumps(block, sort_keys=True).encode()).hexdigest().
Run from the project root:  python3 tools/gen_vectors.py
The outputs are committed; the tests never need Python.
"""
import hashlib
import json
import math
import os
import random
import struct
from time import time

OUT = os.path.join("src", "test", "resources", "vectors")
SAMPLES = "resources"
rng = random.Random(20261121)


def canonical(obj):
    return json.dumps(obj, sort_keys=True)


def block_hash(block):
    return hashlib.sha256(canonical(block).encode()).hexdigest()


def bits(x):
    return struct.unpack(">Q", struct.pack(">d", x))[0]


def from_bits(b):
    return struct.unpack(">d", struct.pack(">Q", b))[0]


def float_vectors():
    values = [0.0, -0.0, 1.0, -1.0, 5.0, 0.1, 0.2, 0.1 + 0.2, 1e-4, 0.0001, 9.999999999999999e-05,
              1e-5, 1e-7, 1e15, 1e16, 9999999999999998.0, 1e16 - 2, 1e22, 1e23, 2e23, 1.5e300,
              5e-324, -5e-324, 1e-323, 2.2250738585072014e-308, 1.7976931348623157e308,
              4.35, 0.3, 2.0 ** 53, 2.0 ** 53 + 2, 123456789012345.6, 1528705943.739656,
              1528705939.274652, 1763711083.1234567, 100.0, 1234.5, 0.5, 0.25, 3.14159, 9.5, 0.95,
              1e21, 1e-6, 123e-20, 6.02214076e23, 1.0000000000000002, 0.9999999999999999]
    for e in range(-330, 310):
        values.append(10.0 ** e if -324 < e < 309 else 0.0)
    for _ in range(4000):   # random bit patterns: every exponent and mantissa shape
        b = rng.getrandbits(64)
        x = from_bits(b)
        if math.isfinite(x):
            values.append(x)
    for _ in range(3000):   # realistic timestamps, 15 to 17 significant digits
        values.append(rng.uniform(1.0e9, 2.0e9))
    for _ in range(1000):   # short decimals, where shortest-digit choice matters most
        values.append(float(f"{rng.randint(1, 99999)}e{rng.randint(-30, 30)}"))
    for n in range(1, 10):  # single-digit shortest values in all magnitudes
        for e in range(-324, 309, 7):
            try:
                values.append(float(f"{n}e{e}"))
            except OverflowError:
                pass
    seen, lines = set(), []
    for x in values:
        b = bits(x)
        if b in seen or not math.isfinite(x):
            continue
        seen.add(b)
        lines.append(f"{b:016x} {repr(x)}")
    with open(os.path.join(OUT, "float-repr.txt"), "w") as f:
        f.write("# 64-bit IEEE pattern (hex) and Python's repr() of that double\n")
        f.write("\n".join(lines) + "\n")


def block_vectors():
    node = "a" * 32
    tx = lambda s, r, a: {"sender": s, "recipient": r, "amount": a}
    base = {"index": 2, "timestamp": 1528705943.739656, "transactions": [tx("0", node, 1)],
            "proof": 35293, "previous_hash": "22efcab1" + "0" * 56}
    cases = []

    def add(name, text):
        obj = json.loads(text)
        cases.append({"name": name, "input": text, "canonical": canonical(obj), "hash": block_hash(obj)})

    def add_obj(name, obj, **dumps_kwargs):
        add(name, json.dumps(obj, **dumps_kwargs))

    add_obj("tutorial block", base)
    add_obj("genesis", {"index": 1, "timestamp": 1528705939.274652, "transactions": [], "proof": 100,
                        "previous_hash": "1"})
    add_obj("pretty printed input", base, indent=4)
    add("compact input", json.dumps(base, separators=(",", ":")))
    add("whitespace everywhere", ' {\n\t"index" :2 ,"timestamp":\r\n1528705943.739656, "transactions" : [ ] ,'
        '"proof":35293,"previous_hash":"abc"}\n')
    for ts in [1528705943.7396562, 1763711083.123456, 1700000000.0, 1700000000, 1.5e9, 123456789.12345678]:
        add_obj(f"timestamp {ts!r}", dict(base, timestamp=ts))
    for amount_text in ["5", "5.0", "5.00", "5e0", "1180591620717411303424", "9007199254740993",
                        "-0", "-0.0", "1e-07", "0.0001", "0.00001", "1e+16", "1e16", "1e15",
                        "1000000000000000.0", "5e-324", "2e23", "0.1", "1.7976931348623157e308",
                        "1e400", "-1e400", "NaN", "Infinity", "-Infinity", "12345678901234567890.5",
                        "\"5\"", "null", "true", "false", "[1, 2.5, \"x\"]", "{\"b\": 1, \"a\": 2.0}"]:
        text = ('{"index": 3, "timestamp": 1528705950.1, "transactions": [{"sender": "x", "recipient": "y", '
                '"amount": ' + amount_text + '}], "proof": 1, "previous_hash": "h"}')
        add(f"amount {amount_text}", text)
    strings = ["héllo wörld", "日本語のテキスト", "emoji \U0001F600 and \U0001F9D1\u200D\U0001F680",
               "quote \" backslash \\ slash /", "controls \n \r \t \b \f \x00 \x01 \x1f \x7f",
               "del\x7f and nbsp\u00a0 and bom\ufeff", "\u2028\u2029 separators", "𝕏 astral \U00010000 \U0010FFFF",
               "mixed Ω \uffff \ue000", "", "ascii only ~!@#$%^&*()_+{}|:<>?"]
    for i, s in enumerate(strings):
        add_obj(f"string {i}", dict(base, transactions=[tx(s, s[::-1], 1)]))
    add("escaped input", '{"index": 4, "timestamp": 1.0, "transactions": [{"sender": "\\u00e9\\ud83d\\ude00\\n", '
        '"recipient": "\\/slash", "amount": 1}], "proof": 7, "previous_hash": "p"}')
    add("lone surrogate", '{"index": 4, "timestamp": 1.0, "transactions": [{"sender": "\\ud800", '
        '"recipient": "\\udfff x", "amount": 1}], "proof": 7, "previous_hash": "p"}')
    # Keys whose code-point order differs from Java's UTF-16 String order: U+FF61 sorts before an
    # astral character by code point, but after its high surrogate (U+D83D) in UTF-16.
    add_obj("astral vs BMP keys", dict(base, **{"\uff61": 1, "\U0001F600": 2, "\ue000": 3, "z": 4, "Z": 5,
                                                "é": 6, "e": 7, "_": 8, "index2": 9}))
    add_obj("unknown fields kept", dict(base, nonce="abc", miner={"id": node, "version": [1, 2.0, None]},
                                        transactions=[dict(tx("a", "b", 2.5), id="t1", fee=0.01, memo=None)]))
    add_obj("nested", dict(base, extra={"z": [{"b": [1, {"d": 1e-7, "c": -0.0}], "a": True}], "a": {}, "m": []}))
    add_obj("many transactions", dict(base, transactions=[tx(f"s{i}", f"r{i}", i * 0.5) for i in range(50)]))
    add_obj("big proof", dict(base, proof=2 ** 70))
    add("duplicate keys keep the last", '{"index": 2, "index": 3, "timestamp": 1.0, "transactions": [], '
        '"proof": 1, "previous_hash": "p"}')
    with open(os.path.join(OUT, "block-hash.jsonl"), "w") as f:
        for c in cases:
            f.write(json.dumps(c) + "\n")


def valid_proof(last_proof, proof, last_hash, difficulty):
    guess = f"{last_proof}{proof}{last_hash}".encode()
    return hashlib.sha256(guess).hexdigest()[:difficulty] == "0" * difficulty


def proof_of_work(last_block, difficulty):
    last_proof, last_hash = last_block["proof"], block_hash(last_block)
    proof = 0
    while not valid_proof(last_proof, proof, last_hash, difficulty):
        proof += 1
    return proof


def pow_vectors():
    lines = ["# difficulty last_proof last_hash smallest_proof (the Python node's proof_of_work)"]
    for difficulty in [1, 2, 3, 4, 4, 4, 5]:
        last_proof = rng.choice([100, 35293, rng.randint(0, 10 ** 6), 2 ** 70])
        last_hash = hashlib.sha256(str(rng.random()).encode()).hexdigest()
        proof = 0
        while not valid_proof(last_proof, proof, last_hash, difficulty):
            proof += 1
        lines.append(f"{difficulty} {last_proof} {last_hash} {proof}")
    with open(os.path.join(OUT, "proof-of-work.txt"), "w") as f:
        f.write("\n".join(lines) + "\n")


def python_chain(blocks, difficulty=4):
    """A chain made exactly as dvf/blockchain's node makes it."""
    node_id = "%032x" % rng.getrandbits(128)
    chain = [{"index": 1, "timestamp": 1763700000.123456, "transactions": [], "proof": 100, "previous_hash": "1"}]
    for i in range(blocks):
        last = chain[-1]
        proof = proof_of_work(last, difficulty)
        txs = [{"sender": "%032x" % rng.getrandbits(128), "recipient": "%032x" % rng.getrandbits(128),
                "amount": rng.choice([1, 5, 2.5, 0.1, 1000])} for _ in range(i % 3)]
        txs.append({"sender": "0", "recipient": node_id, "amount": 1})
        chain.append({"index": len(chain) + 1, "timestamp": last["timestamp"] + 1.5 + rng.random(),
                      "transactions": txs, "proof": proof, "previous_hash": block_hash(last)})
    return chain


def samples():
    chain = python_chain(6)
    with open(os.path.join(SAMPLES, "python-chain.json"), "w") as f:
        json.dump({"chain": chain, "length": len(chain)}, f, indent=4)
    tampered = json.loads(json.dumps(chain))
    tampered[3]["transactions"][0]["amount"] = 1000000
    with open(os.path.join(SAMPLES, "tampered-chain.json"), "w") as f:
        json.dump({"chain": tampered, "length": len(tampered)}, f, indent=4)
    with open(os.path.join(OUT, "python-chain.json"), "w") as f:
        json.dump({"chain": chain, "length": len(chain)}, f)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    float_vectors()
    block_vectors()
    pow_vectors()
    samples()
