package dev.blockdesk.store;

import com.fasterxml.jackson.databind.node.DoubleNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockHasher;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.TransactionRules;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything a store holds, as values that compare equal exactly when the stores hold the same:
 * what a user would see after a restart. For tests of failed writes.
 */
record StoreSnapshot(
        List<String> blocks,
        List<String> orphans,
        List<String> pending,
        List<String> peers,
        java.util.Set<String> peersThatAddedUs,
        Map<String, String> settings) {

    static StoreSnapshot of(Store store) {
        return new StoreSnapshot(
                store.blocks().stream()
                        .map(b -> b.index() + " " + b.hash() + " " + new String(b.canonical(), StandardCharsets.UTF_8))
                        .toList(),
                StoreContractTest.describe(store.orphans()),
                store.pending().stream().map(Transaction::canonicalJson).toList(),
                store.peers(),
                store.peersThatAddedUs(),
                Map.copyOf(store.settings()));
    }

    static Transaction transaction(String sender) {
        return Transaction.withId(sender, "bob", DoubleNode.valueOf(2.5), TransactionRules.newId());
    }

    /** A block after {@code previous} too big for one database page, so storing it needs new pages. */
    static Block bigBlock(Block previous, int transactions) {
        List<Transaction> many = new ArrayList<>();
        for (int i = 0; i < transactions; i++) {
            many.add(transaction("sender-" + i));
        }
        return Block.create(
                previous.index() + 1,
                1528705999.5 + previous.index(),
                many,
                7,
                previous.hash(),
                BlockHasher.SORTED_JSON);
    }

    /** {@code count} peers with long addresses. */
    static List<String> manyPeers(int count) {
        List<String> peers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            peers.add("http://peer-" + i + "-" + "x".repeat(200) + ".example.org:5000");
        }
        return peers;
    }

    static Chain chainOf(int length) {
        return StoreContractTest.chainOf(length);
    }
}
