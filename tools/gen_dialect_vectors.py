#!/usr/bin/env python3
"""Generates the test vectors for the seed nodes' dialects (dvf-early, chain-study, pyscoop).

The oracle is the seed nodes' own code, run here: the classes below are copied from the seeds
(shared/dialects.md lists them) and executed as they are; the only substitutions are a fixed
clock for time.time() and fixed node ids for uuid4(), so every run writes the same bytes.
The Flask routes are re-stated as plain functions, line by line, with jsonify replaced by
json.dumps(..., sort_keys=True) (what Flask's jsonify sends, modulo separators and indentation).

Run from the project root:  python3 tools/gen_dialect_vectors.py
Writes src/test/resources/vectors/dialects/*; the outputs are committed, the tests never need Python.
No network, no randomness. Needs Python 3.11 (its unicodedata is Unicode 14.0.0, which decides
which characters Python's repr escapes: it matters for pyscoop's hash).
"""
import atexit
import builtins
import contextlib
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import types
import unicodedata
import warnings

OUT = os.path.join("src", "test", "resources", "vectors", "dialects")
CHAIN_STUDY_MIRROR = "/work/.mirror/onitonitonito+block_chain_study/repo"


# ---------------------------------------------------------------------------------------------
# A fixed clock and fixed ids, handed to the seed code through its own import statements.
# ---------------------------------------------------------------------------------------------

class Clock:
    """time.time() for the seed code: a fixed start, then fixed irregular steps (many digits)."""

    STEPS = [2.718281828459045, 31.41592653589793, 0.5772156649015329, 14.142135623730951]

    def __init__(self, start):
        self.t = start
        self.n = 0

    def __call__(self):
        t = self.t
        self.t = t + self.STEPS[self.n % len(self.STEPS)]
        self.n += 1
        return t


CLOCK = [Clock(1763711083.1234567)]


def _now():
    return CLOCK[0]()


_FAKE_TIME = types.ModuleType("time")
_FAKE_TIME.time = _now


def _fake_uuid4():
    raise AssertionError("the generator passes node ids explicitly; uuid4() must not be called")


_FAKE_UUID = types.ModuleType("uuid")
_FAKE_UUID.uuid4 = _fake_uuid4


def run_seed(source, extra=None):
    """Executes seed source text as it is, with `time` and `uuid` imports served by the fakes above."""
    real_import = builtins.__import__

    def seed_import(name, *args, **kwargs):
        if name == "time":
            return _FAKE_TIME
        if name == "uuid":
            return _FAKE_UUID
        return real_import(name, *args, **kwargs)

    seed_builtins = dict(vars(builtins))
    seed_builtins["__import__"] = seed_import
    namespace = {"__builtins__": seed_builtins, "__name__": "seed"}
    namespace.update(extra or {})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", SyntaxWarning)   # chain-study's `is "0"`
        exec(compile(source, "<seed>", "exec"), namespace)
    return namespace


# ---------------------------------------------------------------------------------------------
# pyscoop: github.com/gauravvjn/blockchain-python, blockchain.py at HEAD, verbatim.
# ---------------------------------------------------------------------------------------------

PYSCOOP_SOURCE = '''import time
import hashlib


class Block(object):

    def __init__(self, index, proof, previous_hash, transactions, timestamp=None):
        self.index = index
        self.proof = proof
        self.previous_hash = previous_hash
        self.transactions = transactions
        self.timestamp = timestamp or time.time()

    @property
    def get_block_hash(self):
        block_string = "{}{}{}{}{}".format(self.index, self.proof, self.previous_hash, self.transactions, self.timestamp)
        return hashlib.sha256(block_string.encode()).hexdigest()

    def __repr__(self):
        return "{} - {} - {} - {} - {}".format(self.index, self.proof, self.previous_hash, self.transactions, self.timestamp)


class BlockChain(object):

    def __init__(self):
        self.chain = []
        self.current_node_transactions = []
        self.nodes = set()
        self.create_genesis_block()

    @property
    def get_serialized_chain(self):
        return [vars(block) for block in self.chain]

    def create_genesis_block(self):
        self.create_new_block(proof=0, previous_hash=0)

    def create_new_block(self, proof, previous_hash):
        block = Block(
            index=len(self.chain),
            proof=proof,
            previous_hash=previous_hash,
            transactions=self.current_node_transactions
        )
        self.current_node_transactions = []  # Reset the transaction list

        self.chain.append(block)
        return block

    @staticmethod
    def is_valid_block(block, previous_block):
        if previous_block.index + 1 != block.index:
            return False

        elif previous_block.get_block_hash != block.previous_hash:
            return False

        elif not BlockChain.is_valid_proof(block.proof, previous_block.proof):
            return False

        elif block.timestamp <= previous_block.timestamp:
            return False

        return True

    def create_new_transaction(self, sender, recipient, amount):
        self.current_node_transactions.append({
            'sender': sender,
            'recipient': recipient,
            'amount': amount
        })
        return True

    @staticmethod
    def is_valid_transaction():
        # Not Implemented
        pass

    @staticmethod
    def create_proof_of_work(previous_proof):
        """
        Generate "Proof Of Work"

        A very simple `Proof of Work` Algorithm -
            - Find a number such that, sum of the number and previous POW number is divisible by 7
        """
        proof = previous_proof + 1
        while not BlockChain.is_valid_proof(proof, previous_proof):
            proof += 1

        return proof

    @staticmethod
    def is_valid_proof(proof, previous_proof):
        return (proof + previous_proof) % 7 == 0

    @property
    def get_last_block(self):
        return self.chain[-1]

    def is_valid_chain(self):
        """
        Check if given blockchain is valid
        """
        previous_block = self.chain[0]
        current_index = 1

        while current_index < len(self.chain):

            block = self.chain[current_index]

            if not self.is_valid_block(block, previous_block):
                return False

            previous_block = block
            current_index += 1

        return True

    def mine_block(self, miner_address):
        # Sender "0" means that this node has mined a new block
        # For mining the Block(or finding the proof), we must be awarded with some amount(in our case this is 1)
        self.create_new_transaction(
            sender="0",
            recipient=miner_address,
            amount=1,
        )

        last_block = self.get_last_block

        last_proof = last_block.proof
        proof = self.create_proof_of_work(last_proof)

        last_hash = last_block.get_block_hash
        block = self.create_new_block(proof, last_hash)

        return vars(block)  # Return a native Dict type object

    def create_node(self, address):
        self.nodes.add(address)
        return True

    @staticmethod
    def get_block_object_from_block_data(block_data):
        return Block(
            block_data['index'],
            block_data['proof'],
            block_data['previous_hash'],
            block_data['transactions'],
            timestamp=block_data['timestamp']
        )'''

PYSCOOP = run_seed(PYSCOOP_SOURCE)
PyBlock, PyBlockChain = PYSCOOP["Block"], PYSCOOP["BlockChain"]


def jsonify(obj):
    """The body Flask's jsonify sends: sorted keys, ensure_ascii (separators differ by Flask version)."""
    return json.dumps(obj, sort_keys=True)


class PyscoopNode:
    """app.py of pyscoop: its routes as functions, bodies as in the seed (jsonify returns the text)."""

    def __init__(self, node_address):
        self.blockchain = PyBlockChain()
        self.node_address = node_address    # seed: uuid4().hex

    def create_transaction(self, body):      # POST /create-transaction
        transaction_data = json.loads(body)
        index = self.blockchain.create_new_transaction(**transaction_data)
        return jsonify({'message': 'Transaction has been submitted successfully', 'block_index': index})

    def mine(self):                           # GET /mine
        block = self.blockchain.mine_block(self.node_address)
        return jsonify({'message': 'Successfully Mined the new Block', 'block_data': block})

    def get_full_chain(self):                 # GET /chain
        return jsonify({'chain': self.blockchain.get_serialized_chain})

    def consensus(self, neighbour_bodies):    # GET /sync-chain, the neighbours' /chain bodies given
        blockchain = self.blockchain
        neighbour_chains = [json.loads(body)['chain'] for body in neighbour_bodies]
        if not neighbour_chains:
            return jsonify({'message': 'No neighbour chain is available'})
        longest_chain = max(neighbour_chains, key=len)  # Get the longest chain
        if len(blockchain.chain) >= len(longest_chain):  # If our chain is longest, then do nothing
            response = {'message': 'Chain is already up to date', 'chain': blockchain.get_serialized_chain}
        else:  # If our chain isn't longest, then we store the longest chain
            blockchain.chain = [blockchain.get_block_object_from_block_data(block) for block in longest_chain]
            response = {'message': 'Chain was replaced', 'chain': blockchain.get_serialized_chain}
        return jsonify(response)


def pyscoop_hash(block_data):
    """The hash a pyscoop node computes for a block it holds as this dict (its own key order)."""
    return PyBlock(block_data["index"], block_data["proof"], block_data["previous_hash"],
                   block_data["transactions"], timestamp=block_data["timestamp"]).get_block_hash


def pyscoop_hash_adopted(block_data):
    """The hash after the block went through JSON with sorted keys (what /sync-chain adopts)."""
    received = json.loads(json.dumps(block_data, sort_keys=True))
    return PyBlockChain.get_block_object_from_block_data(received).get_block_hash


# ---------------------------------------------------------------------------------------------
# chain-study: github.com/onitonitonito/block_chain_study, block_class/block_chain.py at HEAD:
# the imports and the class verbatim (the file's print(__doc__), sys.path and console set-up
# are left out; FILE_W_DIR is given, so a chains.json is loaded only when we put one there).
# ---------------------------------------------------------------------------------------------

CHAIN_STUDY_SOURCE = '''import os
import shutil
import sys
import json
import hashlib

from time import time
from uuid import uuid4


class BlockChain(object):
    def __init__(self):
        self.chain = []
        self.current_transactions = []

        if os.path.exists(FILE_W_DIR):
            # if exist, read from chains.json
            with open(FILE_W_DIR, "r") as f:
                self.chain = json.load(f)
        else:
            # if not, make Genesis block, from the scratch.
            self.new_block(proof=100, previous_hash=1)

    def new_block(self, proof, previous_hash=None):
        # Creates a new Block and adds it to the chain
        block = {
            "index": len(self.chain) + 1,
            "timestamp": time(),
            "transactions": self.current_transactions,
            "proof": proof,
            "previous_hash": previous_hash or self.hash(self.chain[-1])
        }

        self.current_transactions = []
        self.chain.append(block)

        return block

    def new_transaction(self, sender, recipient, amount, hash=0):
        """ Creates a new transaction to go into the next mined Block
        # sender:    <str> Sender 주소(-> name)
        # recipient: <str> Recipient 주소(-> name)
        # amount:    <int> Amount
        # return:    <int> 이 거래를 포함할 블록의 index 값
        """

        if hash:
            sender = self.hash(sender)
            recipient = self.hash(recipient)

        self.current_transactions.append({
            'sender': sender,
            'recipient': recipient,
            'amount': amount,
        })

        return self.last_block['index'] + 1

    @staticmethod
    def hash(block):
        # Hashes a Block ... malfuntion with sort_keys=True option
        # block_string = json.dumps(block, sort_keys=True).encode()
        block_string = json.dumps(block).encode()
        return hashlib.sha256(block_string).hexdigest()

    @staticmethod
    def valid_proof(last_proof, proof):
        # arg. of SHA256() should be binary ("".encode()) ... 64 bits
        guess = str(last_proof * proof).encode()
        guess_hash = hashlib.sha256(guess).hexdigest()
        # mining is to find a hash starting with difficulty (consecutive zeros)
        difficulty = "0000"
        return guess_hash[:len(difficulty)] == difficulty

    @property
    def last_block(self):
        # Returns the last Block in the chain
        return self.chain[-1]

    def proof_of_work(self, last_proof):
        proof = 0
        while self.valid_proof(last_proof, proof) is False:
            proof += 1
        return proof

    def write_json(self):
        with open("./_static/json/chains.json", "w") as f:
            json.dump(self.chain, f)
        return self.chain
'''

_CS_DIR = tempfile.mkdtemp(prefix="chain-study-")
atexit.register(shutil.rmtree, _CS_DIR, True)
CHAIN_STUDY = run_seed(CHAIN_STUDY_SOURCE, {"FILE_W_DIR": os.path.join(_CS_DIR, "chains.json")})
CsBlockChain = CHAIN_STUDY["BlockChain"]


class ChainStudyNode:
    """server.py of chain-study: the routes used here, bodies as in the seed."""

    def __init__(self, node_identifier):
        self.node_identifier = node_identifier   # seed: str(uuid4()).replace("-", "")
        self.bc = CsBlockChain()

    def full_chain(self):                         # GET /chains
        return jsonify({"chain": self.bc.chain, "length": len(self.bc.chain)})

    def mine(self):                               # GET /mine
        bc = self.bc
        last_block = bc.last_block
        last_proof = last_block["proof"]
        proof = bc.proof_of_work(last_proof)      # the proof is searched first ...
        conpensation = 100
        bc.new_transaction(sender="0", recipient=self.node_identifier, amount=conpensation)  # ... then rewarded
        previous_hash = bc.hash(last_block)
        block = bc.new_block(proof, previous_hash)
        return jsonify({"message": "... new block forged! ...", "index": block["index"],
                        "transactions": block["transactions"], "proof": block["proof"],
                        "previous_hash": block["previous_hash"]})

    def new_transaction(self, form):              # POST /transactions/new, a form: every value a str
        sender = form["sender"]
        recipient = form["recipient"]
        amount = form["amount"]
        values = {"sender": sender, "recipient": recipient, "amount": amount}
        index = self.bc.new_transaction(values["sender"], values["recipient"], values["amount"])
        return jsonify({"message": "... Transaction will be added to Block {0}".format(index),
                        "current TX": self.bc.current_transactions})


BLOCK_KEYS_CS = ["index", "timestamp", "transactions", "proof", "previous_hash"]
TX_KEYS_CS = ["sender", "recipient", "amount"]


def creation_order(block, block_keys, tx_keys):
    """Puts a received (key-sorted) block's known keys back in the order the node created them;
    unknown keys follow in the order received. Nested values are left as received."""
    def order(d, keys):
        out = {k: d[k] for k in keys if k in d}
        out.update({k: v for k, v in d.items() if k not in out})
        return out
    b = order(block, block_keys)
    if isinstance(b.get("transactions"), list):
        b["transactions"] = [order(t, tx_keys) if isinstance(t, dict) else t for t in b["transactions"]]
    return b


# ---------------------------------------------------------------------------------------------
# dvf-early: seed 004 (the blog prints the code flattened on a few lines; here it is re-indented,
# token for token; valid_chain is from the same seed, its three debugging prints kept).
# ---------------------------------------------------------------------------------------------

DVF_EARLY_SOURCE = '''import hashlib
import json
from time import time


class Blockchain:
    def __init__(self) -> None:
        self.chain = []
        self.current_transactions = []
        # Create the genesis block
        self.new_block(previous_hash=1, proof=100)

    def new_block(self, proof, previous_hash=None) -> dict:
        block = {
            'index': len(self.chain) + 1,
            'timestamp': time(),
            'transactions': self.current_transactions,
            'proof': proof,
            'previous_hash': previous_hash or self.hash(self.chain[-1]),
        }
        self.current_transactions = []
        self.chain.append(block)
        return block

    def new_transaction(self, sender, recipient, amount) -> int:
        self.current_transactions.append(
            {
                'sender': sender,
                'recipient': recipient,
                'amount': amount,
            }
        )
        return self.last_block['index'] + 1

    @property
    def last_block(self) -> dict:
        # Returns the last Block in the chain
        return self.chain[-1]

    @staticmethod
    def hash(block) -> str:
        block_string = json.dumps(block, sort_keys=True).encode()
        return hashlib.sha256(block_string).hexdigest()

    def proof_of_work(self, last_proof) -> int:
        proof = 0
        while self.valid_proof(last_proof, proof) is False:
            proof += 1
        return proof

    @staticmethod
    def valid_proof(last_proof, proof) -> bool:
        guess = f'{last_proof}{proof}'.encode()
        guess_hash = hashlib.sha256(guess).hexdigest()
        return guess_hash[:4] == '0000'

    def valid_chain(self, chain):
        last_block = chain[0]
        current_index = 1

        while current_index < len(chain):
            block = chain[current_index]
            print(f'{last_block}')
            print(f'{block}')
            print("\\n-----------\\n")
            # Check that the hash of the block is correct
            if block['previous_hash'] != self.hash(last_block):
                return False

            # Check that the Proof of Work is correct
            if not self.valid_proof(last_block['proof'], block['proof']):
                return False

            last_block = block
            current_index += 1

        return True
'''

DVF_EARLY = run_seed(DVF_EARLY_SOURCE)
DeBlockchain = DVF_EARLY["Blockchain"]


class DvfEarlyNode:
    """Seed 004's app.py: /mine rewards first, then searches the proof; /chain."""

    def __init__(self, node_identifier):
        self.node_identifier = node_identifier   # seed 004: str(uuid4()).replace('_', ''): dashes kept
        self.block_chain = DeBlockchain()

    def mine(self):                               # GET /mine
        block_chain = self.block_chain
        block_chain.new_transaction(sender="0", recipient=self.node_identifier, amount=1)
        last_block = block_chain.last_block
        last_proof = last_block['proof']
        proof = block_chain.proof_of_work(last_proof)
        previous_hash = block_chain.hash(last_block)
        block = block_chain.new_block(proof, previous_hash)
        return jsonify({'message': "New Block Forged", 'index': block['index'],
                        'transactions': block['transactions'], 'proof': block['proof'],
                        'previous_hash': block['previous_hash']})

    def full_chain(self):                         # GET /chain
        return jsonify({'chain': self.block_chain.chain, 'length': len(self.block_chain.chain)})


# ---------------------------------------------------------------------------------------------
# Output helpers
# ---------------------------------------------------------------------------------------------

def sorted_copy(value):
    """The value as a node receives it over HTTP: every object's keys sorted (jsonify)."""
    return json.loads(json.dumps(value, sort_keys=True))


def write_lines(name, header, objects):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="ascii", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n")
        for o in objects:
            f.write(json.dumps(o) + "\n")   # ensure_ascii: the files are pure ASCII
    return path


def write_json(name, text):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="ascii", newline="\n") as f:
        f.write(text + "\n")
    return path


def check(condition, what):
    if not condition:
        raise SystemExit("FAIL: " + what)
    print("PASS", what)


def fixed_hex(label):
    return hashlib.sha256(label.encode()).hexdigest()


# ---------------------------------------------------------------------------------------------
# 1. block-hash.jsonl
# ---------------------------------------------------------------------------------------------

def tx(sender, recipient, amount):
    return {"sender": sender, "recipient": recipient, "amount": amount}


NODE_HEX = "17460cdf96bc403ca792bf08a7f87d4d"                # 32 hex, uuid4().hex style
NODE_DASHED = "8527147f-e1f5-426f-9dd5-45de4b27ee00"         # 36 chars, seed 004 keeps the dashes

TRICKY_STRINGS = [
    ("quotes", ["it's", 'say "hi"', "both ' and \"", "back\\slash \\n not a newline"]),
    ("controls", ["line\nfeed", "tab\there", "cr\rlf\r\n", "nul\x00 us\x1f del\x7f", "bs\x08 ff\x0c vt\x0b"]),
    ("latin-1", ["caf\u00e9", "nbsp\u00a0here", "soft\u00adhyphen", "c1 \x80\x85\x9f", "\u00ff\u00d7\u00f7"]),
    ("non-ascii printable", ["\u4e2d\u6587", "\ud55c\uad6d\uc5b4", "emoji \U0001F600", "\u0391\u03a9 \u00c5"]),
    ("invisible and special", ["ls\u2028ps\u2029", "zw\u200bsp", "bom\ufeff", "pua\ue000", "nonchar\uffff",
                               "idsp\u3000", "e\u0301 combining", "max\U0010ffff", "tag\U000e0001"]),
    ("lone surrogates", ["\ud800", "x\udfffy", "\udc00\udc00 two lows", "\udbff high then space"]),
]

AMOUNT_CASES = [
    ("int amounts", [0, 1, 600, -5, 2 ** 70, -(2 ** 70), 9007199254740993]),
    ("float amounts", [5.0, 0.1, 1e-07, 1e16, 1.5e300, -0.0, 2.5, 1e22, 0.0001, 123456789.12345678]),
    ("string bool null amounts", ["600", "", True, False, None]),
    ("nested amounts", [[1, "a", [2.5, None]], {"currency": "EUR", "value": 5}, [], {},
                        {"a": [{"b": True}], "n\u00e9": "\U0001F600"}]),
]


def block_cases(dialect):
    """(name, block in the node's creation order). Nested dicts in amounts are created with their keys
    already sorted, so that the key-sorted "block" alone determines every hash."""
    if dialect == "pyscoop":
        def mk(index, ts, txs, proof, prev):
            return {"index": index, "proof": proof, "previous_hash": prev, "transactions": txs, "timestamp": ts}
        genesis = [("genesis", mk(0, 1763711083.1234567, [], 0, 0))]
        first_index, first_proof, reward = 1, 7, 1
    else:
        def mk(index, ts, txs, proof, prev):
            return {"index": index, "timestamp": ts, "transactions": txs, "proof": proof, "previous_hash": prev}
        genesis = [("genesis previous_hash 1 (int)", mk(1, 1763711083.1234567, [], 100, 1))]
        if dialect == "dvf-early":
            genesis.append(("genesis previous_hash \"1\" (string, seed 002)", mk(1, 1528705939.274652, [], 100, "1")))
        first_index, first_proof = 2, 35293 if dialect == "dvf-early" else 9675
        reward = 100 if dialect == "chain-study" else 1
    node = NODE_DASHED if dialect == "dvf-early" else NODE_HEX
    cases = list(genesis)
    i = [first_index]

    def add(name, txs, ts=None, proof=None, prev=None):
        idx = i[0]
        i[0] += 1
        cases.append((name, mk(idx, 1763711100.4567891 + idx * 3.3 if ts is None else ts, txs,
                               first_proof + idx if proof is None else proof,
                               fixed_hex(f"{dialect}/{name}") if prev is None else prev)))

    add("empty transactions", [])
    add("reward only", [tx("0", node, reward)])
    add("several transactions", [tx("Scrouge", "Alice", 200), tx("Alice", "Bob", 150), tx("Bob", "Charlie", 75),
                                 tx("0", node, reward)])
    # inside transactions only: pyscoop's repr() escapes a lone surrogate there, while its str() of a
    # top-level field would keep it and .encode() would fail
    for name, strings in TRICKY_STRINGS:
        add("strings: " + name, [tx(s, s[::-1] + "!", 1) for s in strings])
    for name, amounts in AMOUNT_CASES:
        add(name, [tx("a", "b", a) for a in amounts])
    add("timestamp integer", [tx("a", "b", 1)], ts=1700000000)
    add("timestamp 1e16 (repr 1e+16)", [tx("a", "b", 1)], ts=1e16)
    add("timestamp 12345678901234567.0 (repr 1.2345678901234568e+16)", [], ts=12345678901234567.0)
    add("timestamp 9999999999999998.0 (largest fixed-notation repr)", [], ts=9999999999999998.0)
    add("timestamp many digits", [tx("a", "b", 1)], ts=1528705943.7396562)
    add("timestamp small float 1e-05", [], ts=1e-05)
    add("big proof 2**70", [tx("a", "b", 1)], proof=2 ** 70)
    add("non-ascii previous_hash (str() at top level, repr() in transactions)",
        [tx("caf\u00e9", "\u4e2d\U0001F600", "caf\u00e9\n")], prev="caf\u00e9 \u4e2d \U0001F600 \n\t\"'")
    if dialect == "pyscoop":
        add("previous_hash int 0 after genesis", [tx("a", "b", 1)], prev=0)
    return cases


def block_hash_vectors():
    lines = []
    for dialect in ["dvf-early", "chain-study", "pyscoop"]:
        for name, block in block_cases(dialect):
            received = sorted_copy(block)
            line = {"dialect": dialect, "name": name, "block": received}
            if dialect == "dvf-early":
                line["hash"] = DeBlockchain.hash(block)
                assert line["hash"] == DeBlockchain.hash(received)
            elif dialect == "chain-study":
                line["hash"] = CsBlockChain.hash(block)
                # a reader restores creation order from the key-sorted block and gets the same hash
                assert CsBlockChain.hash(creation_order(received, BLOCK_KEYS_CS, TX_KEYS_CS)) == line["hash"]
            else:
                line["hash"] = pyscoop_hash(block)
                line["hash_sorted"] = pyscoop_hash_adopted(block)
                assert pyscoop_hash(creation_order(received, [], TX_KEYS_CS)) == line["hash"]
                assert (line["hash"] == line["hash_sorted"]) == (not block["transactions"])
            lines.append(line)
    counts = {d: sum(1 for l in lines if l["dialect"] == d) for d in ["dvf-early", "chain-study", "pyscoop"]}
    check(counts["dvf-early"] >= 6 and counts["chain-study"] >= 12 and counts["pyscoop"] >= 12,
          f"block-hash.jsonl: {counts}")
    return write_lines("block-hash.jsonl", [
        "dialect, name, block (as received over HTTP: every object's keys sorted), hash (what the seed node computes",
        "for the block as it holds it). dvf-early: sha256(json.dumps(block, sort_keys=True)). chain-study:",
        "sha256(json.dumps(block)) with the keys in creation order: block index, timestamp, transactions, proof,",
        "previous_hash; transaction sender, recipient, amount (nested objects in amounts: as received). pyscoop:",
        "sha256('{}{}{}{}{}'.format(index, proof, previous_hash, transactions, timestamp)) with transactions in",
        "creation order sender, recipient, amount; hash_sorted: the same after the node adopted the block from",
        "key-sorted JSON (transactions then amount, recipient, sender). Python 3.11, Unicode 14.0.0.",
    ], lines)


# ---------------------------------------------------------------------------------------------
# 2. proofs.jsonl
# ---------------------------------------------------------------------------------------------

def proof_vectors():
    de = DeBlockchain.__new__(DeBlockchain)      # only the proof methods are used
    cs = CsBlockChain.__new__(CsBlockChain)
    searches = {
        "dvf-early": ([0, 1, 7, 100, 35293, 10 ** 12 + 7, 2 ** 70, -100], de.proof_of_work, DeBlockchain.valid_proof),
        "chain-study": ([1, 7, 100, 9675, 35293, 10 ** 12 + 7, 2 ** 70, -100], cs.proof_of_work,
                        CsBlockChain.valid_proof),
        "pyscoop": ([0, 1, 7, 100, 35293, 10 ** 12 + 7, 2 ** 70, -100], PyBlockChain.create_proof_of_work,
                    lambda last, proof: PyBlockChain.is_valid_proof(proof, last)),
    }
    lines, found = [], {}
    for dialect, (lasts, search, valid) in searches.items():
        for last in lasts:
            proof = search(last)
            assert valid(last, proof)
            found[(dialect, last)] = proof
            lines.append({"dialect": dialect, "last_proof": last, "proof": proof})
    extra = [
        # (dialect, last_proof, proof): validity by the seed's valid_proof only
        ("dvf-early", 100, found[("dvf-early", 100)] - 1),
        ("dvf-early", 100, 0),
        ("dvf-early", 100, found[("chain-study", 100)]),
        ("dvf-early", 35293, found[("dvf-early", 100)]),
        ("dvf-early", 2 ** 70, found[("dvf-early", 2 ** 70)] + 1),
        ("chain-study", 0, 0),
        ("chain-study", 0, 12345),
        ("chain-study", 100, 0),
        ("chain-study", 100, found[("chain-study", 100)] - 1),
        ("chain-study", 100, found[("dvf-early", 100)]),
        ("chain-study", found[("chain-study", 35293)], 35293),   # the product commutes: valid
        ("chain-study", 9675, 100),                           # chains_old.json blocks 3 and 4
        ("chain-study", 100, 9675),
        ("chain-study", -100, -found[("chain-study", -100)]),
        ("pyscoop", 100, 101),
        ("pyscoop", 100, found[("pyscoop", 100)] + 1),
        ("pyscoop", 0, 0),                                    # valid, though the search starts at 1
        ("pyscoop", 100, 5),                                  # valid, smaller than last_proof
        ("pyscoop", 100, -100),
        ("pyscoop", -100, -99),
        ("pyscoop", 2 ** 70, 2 ** 70),
        ("pyscoop", 35293, found[("dvf-early", 35293)]),
    ]
    validators = {d: v for d, (_, _, v) in searches.items()}
    for dialect, last, proof in extra:
        lines.append({"dialect": dialect, "last_proof": last, "proof": proof,
                      "valid": bool(validators[dialect](last, proof))})
    # a second valid proof, not the smallest, for the hash-based rules
    for dialect, search_from in [("dvf-early", found[("dvf-early", 100)] + 1),
                                 ("chain-study", found[("chain-study", 100)] + 1)]:
        p = search_from
        while not validators[dialect](100, p):
            p += 1
        lines.append({"dialect": dialect, "last_proof": 100, "proof": p, "valid": True})
    check(all(not l.get("valid", True) for l in lines if l["dialect"] == "chain-study" and l["last_proof"] == 0),
          "chain-study: last_proof 0 never has a valid proof (sha256('0') starts 5fec)")
    return write_lines("proofs.jsonl", [
        "dialect, last_proof, proof: the smallest proof the seed's proof_of_work finds (no \"valid\" key), or, with",
        "\"valid\", a pair checked by the seed's valid_proof only (not necessarily the smallest). None of these dialects",
        "puts the previous block's hash in the puzzle, so there is no last_hash.",
        "dvf-early: sha256(f'{last_proof}{proof}') starts 0000, search from 0. chain-study: sha256(str(last_proof *",
        "proof)) starts 0000, search from 0. pyscoop: (proof + last_proof) % 7 == 0, search from last_proof + 1.",
        "chain-study has no search line for last_proof 0: the product is always 0, sha256('0') = 5feceb66...,",
        "so the seed's proof_of_work never returns (its /mine hangs after a block with proof 0).",
    ], lines)


# ---------------------------------------------------------------------------------------------
# 3. chains
# ---------------------------------------------------------------------------------------------

def dvf_early_chain():
    CLOCK[0] = Clock(1763711083.1234567)
    node = DvfEarlyNode(NODE_DASHED)
    bc = node.block_chain
    # seed 004's POST /transactions/new records nothing ("We'll add a new transaction"); pending
    # transactions get in through the class's new_transaction, as seed 002's route calls it.
    bc.new_transaction("8527147fe1f5426f9dd545de4b27ee00", "a77f5cdfa2934df3954a5c7c7da5df1f", 5)
    bc.new_transaction("Alice", "Bob", 2.5)
    node.mine()
    node.mine()
    bc.new_transaction("caf\u00e9 \u4e2d\u6587", "\U0001F600", 1e-07)
    node.mine()
    bc.new_transaction("Bob", "Alice", 2 ** 70)
    node.mine()
    text = node.full_chain()
    doc = json.loads(text)
    check(len(doc["chain"]) == 5 and doc["length"] == 5, "dvf-early chain: 5 blocks")
    check(doc["chain"][0]["previous_hash"] == 1 and isinstance(doc["chain"][0]["previous_hash"], int),
          "dvf-early chain: genesis previous_hash is the integer 1")
    check(all(b["transactions"][-1] == tx("0", NODE_DASHED, 1) for b in doc["chain"][1:]),
          "dvf-early chain: every mined block ends with the reward to the 36-char node id")
    with contextlib.redirect_stdout(io.StringIO()):   # valid_chain prints every block
        ok = DeBlockchain.__new__(DeBlockchain).valid_chain(doc["chain"])
    check(ok, "dvf-early chain: seed 004's valid_chain")
    return write_json("dvf-early-chain.json", text)


def chain_study_valid(chain, restore_order):
    """chain-study's rules on a received chain: each previous_hash is json.dumps of the block before,
    in creation order; each proof makes sha256(str(last_proof * proof)) start 0000."""
    for k in range(1, len(chain)):
        prev = creation_order(chain[k - 1], BLOCK_KEYS_CS, TX_KEYS_CS) if restore_order else chain[k - 1]
        if chain[k]["previous_hash"] != CsBlockChain.hash(prev):
            return f"block {k} previous_hash"
        if not CsBlockChain.valid_proof(chain[k - 1]["proof"], chain[k]["proof"]):
            return f"block {k} proof"
    return None


def chain_study_chain():
    CLOCK[0] = Clock(1763711083.1234567)
    node = ChainStudyNode(NODE_HEX)
    node.new_transaction({"sender": "Scrouge", "recipient": "Alice", "amount": "600"})
    node.new_transaction({"sender": "Alice", "recipient": "Bob", "amount": "150"})
    node.mine()
    node.new_transaction({"sender": "\ubbfc\uc218", "recipient": "\uc9c0\uc601", "amount": "1000"})
    node.mine()
    node.mine()
    node.new_transaction({"sender": "Bob", "recipient": "Charlie \"C\" O'Neil", "amount": "2.5"})
    node.mine()
    text = node.full_chain()
    doc = json.loads(text)
    chain = doc["chain"]
    check(len(chain) == 5 and doc["length"] == 5, "chain-study chain: 5 blocks")
    check(all(b["transactions"][-1] == tx("0", NODE_HEX, 100) for b in chain[1:]),
          "chain-study chain: every mined block ends with the reward 100")
    check(chain_study_valid(chain, True) is None, "chain-study chain: links and proofs, creation order restored")
    check(chain_study_valid(chain, False) == "block 1 previous_hash",
          "chain-study chain: hashing the key-sorted blocks as received breaks the very first link (genesis)")
    # the node itself, given the chain as chains.json (what /write saves: creation order), accepts it
    with open(os.path.join(_CS_DIR, "chains.json"), "w") as f:
        json.dump(node.bc.chain, f)
    loaded = CsBlockChain()
    os.remove(os.path.join(_CS_DIR, "chains.json"))
    check(chain_study_valid(loaded.chain, False) is None and loaded.chain == chain,
          "chain-study chain: a node loading it from chains.json holds the same blocks, links verify")
    return write_json("chain-study-chain.json", text)


def chains_old():
    name = "chain-study-chains_old.json"
    path = os.path.join(OUT, name)
    try:
        data = subprocess.run(["git", "-C", CHAIN_STUDY_MIRROR, "show", "HEAD:_static/json/chains_old.json"],
                              check=True, capture_output=True).stdout
        with open(path, "wb") as f:
            f.write(data)
        print("copied chains_old.json from", CHAIN_STUDY_MIRROR)
    except (OSError, subprocess.CalledProcessError):
        with open(path, "rb") as f:    # no mirror here: check the committed copy
            data = f.read()
        print("mirror not found; checking the committed", name)
    check(hashlib.sha256(data).hexdigest() == CHAINS_OLD_SHA256, f"{name}: sha256 {CHAINS_OLD_SHA256}")
    chain = json.loads(data)
    check(isinstance(chain, list) and len(chain) == 11, f"{name}: a bare array of 11 blocks")
    check(chain_study_valid(chain, False) is None, f"{name}: verifies under chain-study's rules (file order)")
    check(chain_study_valid(sorted_copy(chain), True) is None,
          f"{name}: verifies once key-sorted and put back into creation order")
    return path


def pyscoop_chain():
    CLOCK[0] = Clock(1763711083.1234567)
    a = PyscoopNode("17460cdf96bc403ca792bf08a7f87d4d")
    b = PyscoopNode("93cd22c7f6480fb87dfa08ada63e4832")
    a.create_transaction(json.dumps({"sender": "address_1", "recipient": "address_2", "amount": 3}))
    a.create_transaction(json.dumps({"sender": "caf\u00e9", "recipient": "it's \"\u4e2d\"", "amount": 2.5}))
    a.mine()
    a.mine()
    a.create_transaction(json.dumps({"sender": "x", "recipient": "y", "amount": "600"}))
    a.mine()
    check(a.blockchain.is_valid_chain(), "pyscoop: node A's own chain (4 blocks), its is_valid_chain")
    a_blocks = list(a.blockchain.chain)
    # node B: one transaction pending, then /sync-chain takes A's longer chain (no validation)
    b.create_transaction(json.dumps({"sender": "address_2", "recipient": "address_3", "amount": 1}))
    answer = json.loads(b.consensus([a.get_full_chain()]))
    check(answer["message"] == "Chain was replaced", "pyscoop: B adopts A's chain")
    adopted_last = b.blockchain.chain[-1]
    check(list(adopted_last.transactions[0]) == ["amount", "recipient", "sender"],
          "pyscoop: adopted transactions hold their keys sorted")
    b.mine()
    b.mine()
    chain_b = b.blockchain.chain
    b4, b5 = chain_b[4], chain_b[5]
    check(b4.previous_hash == adopted_last.get_block_hash == pyscoop_hash_adopted(vars(a_blocks[3]))
          and b4.previous_hash != a_blocks[3].get_block_hash,
          "pyscoop: the first block after adoption links to the hash over key-sorted transactions")
    check(b5.previous_hash == b4.get_block_hash and list(b4.transactions[0]) == ["sender", "recipient", "amount"]
          and b5.previous_hash != pyscoop_hash_adopted(vars(b4)),
          "pyscoop: the block after that links to a creation-order hash")
    check(not b.blockchain.is_valid_chain(), "pyscoop: B's is_valid_chain rejects B's own chain (expected)")
    first_bad = next(k for k in range(1, len(chain_b)) if not PyBlockChain.is_valid_block(chain_b[k], chain_b[k - 1]))
    check(first_bad == 2, "pyscoop: ... at block 2, whose link A computed over creation-order transactions")
    # each block as the miner of the next block held it: A's blocks 0..2, B's blocks 3..5
    as_linked = PyBlockChain.__new__(PyBlockChain)
    as_linked.chain = a_blocks[:3] + chain_b[3:]
    check(as_linked.is_valid_chain(), "pyscoop: is_valid_chain on the blocks as their successors' miners held them")
    text = b.get_full_chain()
    doc = json.loads(text)
    chain = doc["chain"]
    check(list(doc) == ["chain"] and len(chain) == 6, "pyscoop chain: {\"chain\": [...]}, 6 blocks, no length")
    third = PyBlockChain.__new__(PyBlockChain)
    third.chain = [PyBlockChain.get_block_object_from_block_data(d) for d in json.loads(text)["chain"]]
    check(not third.is_valid_chain(), "pyscoop chain: all blocks rebuilt key-sorted fail is_valid_chain (expected)")
    kinds = []
    for k in range(1, len(chain)):
        prev = chain[k - 1]
        by_creation = pyscoop_hash(creation_order(prev, [], TX_KEYS_CS))
        by_sorted = pyscoop_hash(prev)
        link = chain[k]["previous_hash"]
        kinds.append("both" if link == by_creation == by_sorted else
                     "creation" if link == by_creation else "sorted" if link == by_sorted else "BROKEN")
        assert PyBlockChain.is_valid_proof(chain[k]["proof"], prev["proof"])
        assert chain[k]["index"] == prev["index"] + 1 and chain[k]["timestamp"] > prev["timestamp"]
    check(kinds == ["both", "creation", "creation", "sorted", "creation"],
          f"pyscoop chain: links by key order {kinds}")
    return write_json("pyscoop-chain.json", text), kinds


# ---------------------------------------------------------------------------------------------
# 4. python-repr.jsonl
# ---------------------------------------------------------------------------------------------

REPR_VALUES = [
    "", "plain ascii", "it's", 'say "hi"', "both ' and \"", "back\\slash", "line\nfeed\ttab\rcr",
    "\x00\x01\x1f\x7f", "\x08\x0b\x0c", "\x80\x85\x9f", "caf\u00e9 \u00ff \u00d7", "\u00a0", "\u00ad",
    "\u4e2d\u6587 \ud55c\uad6d\uc5b4", "\U0001F600", "\u2028\u2029", "\u200b\u200d\ufeff", "\ue000", "\uffff",
    "\ufffd", "\u3000", "\u0301", "it's a \\ and a\nnewline", "\"'", "\x85\u061c\u2066", "\U0010ffff", "\U000e0001", "\U0001d54f", "\ud800", "\udfff", "/",
    0, -1, 2 ** 70, -(2 ** 70), 5.0, 0.1, 1e-07, 0.0001, 1e16, 9999999999999998.0, 1.5e300, -0.0, 1e22,
    123456789.12345678, True, False, None, [], {}, [1, "a", [2.5, None]],
    {"sender": "a", "recipient": "b", "amount": 3},
    {"amount": 3, "recipient": "b", "sender": "a"},
    {"it's": "\"", "\u00e9": [True, None], "\U0001F600": {"n": -0.0}},
    [{"sender": "0", "recipient": NODE_HEX, "amount": 1}, {"sender": "caf\u00e9\n", "recipient": "\ud800",
                                                           "amount": 1e16}],
]

FLOAT_STR_VALUES = [1763711083.1234567, 1763711085.8417385, 1528705943.739656, 1528705939.274652,
                    1537968002.8202443, 1700000000.0, 1e16, 12345678901234567.0, 9999999999999998.0, 1e-05,
                    0.0001, 1e22, 2e23, 5e-324, 1.7976931348623157e308, 0.30000000000000004]


def repr_vectors():
    lines = []
    for value in REPR_VALUES:
        received = json.loads(json.dumps(value))     # as a node holds it after json.loads
        lines.append({"value": received, "repr": repr(received)})
    for x in FLOAT_STR_VALUES:
        assert str(x) == repr(x)
        lines.append({"value": x, "str": str(x)})
    check(len(lines) >= 40, f"python-repr.jsonl: {len(lines)} lines")
    return write_lines("python-repr.jsonl", [
        "value (a JSON value; objects keep the key order written here) and repr: Python's repr(json.loads(value)),",
        "or str: Python's str() of a float (the same as repr for floats). Python "
        + sys.version.split()[0] + ", unicodedata " + unicodedata.unidata_version
        + ": repr escapes the characters that are not printable in that Unicode version.",
    ], lines)


CHAINS_OLD_SHA256 = "1fa06b3645b9f63298c017caf5bfe8767814705c1d8726ada82ed4f914488eef"  # _static/json/chains_old.json at the mirror's HEAD


PYSCOOP_MIRROR = "/work/.mirror/gauravvjn+blockchain-python/repo"


def check_seed_sources():
    """When the seed repositories are mirrored here, the copies above must match them."""
    def show(repo, path):
        try:
            return subprocess.run(["git", "-C", repo, "show", "HEAD:" + path], check=True,
                                  capture_output=True).stdout.decode()
        except (OSError, subprocess.CalledProcessError):
            return None
    real = show(PYSCOOP_MIRROR, "blockchain.py")
    if real is None:
        print("skipped: pyscoop mirror not found")
    else:
        check(real.strip() == PYSCOOP_SOURCE.strip(), "pyscoop: PYSCOOP_SOURCE is blockchain.py at HEAD")
    real = show(CHAIN_STUDY_MIRROR, "block_class/block_chain.py")
    if real is None:
        print("skipped: chain-study mirror not found")
    else:
        ours = CHAIN_STUDY_SOURCE[CHAIN_STUDY_SOURCE.index("class BlockChain"):].rstrip()
        theirs = real[real.index("class BlockChain"):real.index("    def show_all_transaction")].rstrip()
        check(ours == theirs, "chain-study: CHAIN_STUDY_SOURCE's class is block_chain.py's at HEAD")


def main():
    if sys.version_info[:2] != (3, 11) or unicodedata.unidata_version != "14.0.0":
        print("warning: written with Python 3.11 (Unicode 14.0.0); this is", sys.version.split()[0],
              unicodedata.unidata_version, file=sys.stderr)
    os.makedirs(OUT, exist_ok=True)
    check_seed_sources()
    written = [block_hash_vectors(), proof_vectors(), dvf_early_chain(), chain_study_chain(), chains_old()]
    path, _ = pyscoop_chain()
    written += [path, repr_vectors()]
    for p in written:
        size = os.path.getsize(p)
        check(size < 200 * 1024, f"{p}: {size} bytes")


if __name__ == "__main__":
    main()
