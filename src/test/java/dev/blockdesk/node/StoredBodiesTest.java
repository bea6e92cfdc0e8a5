package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.ValidationResult;
import dev.blockdesk.store.SqliteStore;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node's blocks, once stored, are headers in memory and read back from the store: nothing a caller sees changes. */
class StoredBodiesTest {

    private final TestNodes nodes = new TestNodes();

    @AfterEach
    void close() {
        nodes.close();
    }

    @Test
    void minedAndAdoptedBlocksAreReadBackFromTheStoreAndDroppedOnesFromItsOrphans(@TempDir Path dir) throws Exception {
        NodeConfig config = TestNodes.config();
        Chain genesis = Chain.startingAt(config.rules(), 1528705939.5);
        Node peer = nodes.start();
        try (SqliteStore store = SqliteStore.open(dir.resolve("blockdesk.db"))) {
            store.replaceBlocks(1, genesis.blocks(), List.of());
            try (Node node = new Node(config, genesis, List.of(), store)) {
                node.start();
                node.submitTransaction("alice", "bob", com.fasterxml.jackson.databind.node.IntNode.valueOf(5));
                TestNodes.mine(node, 2);
                Chain before = node.chain();
                List<Block> mined = before.blocks().subList(1, 3);
                assertTrue(
                        mined.stream().noneMatch(Block::holdsBody),
                        "mined blocks are read back from the store once stored");
                assertEquals(
                        List.of("alice", "0"),
                        mined.get(0).transactions().stream()
                                .map(Transaction::sender)
                                .toList());
                assertEquals(2, mined.get(0).transactionCount());

                TestNodes.mine(peer, 4);
                node.registerPeers(List.of("127.0.0.1:" + peer.port()));
                node.resolve();
                Chain after = node.chain();
                assertEquals(peer.chain(), after, "the peer's longer chain is adopted");
                assertTrue(after.blocks().subList(1, 5).stream().noneMatch(Block::holdsBody), "adopted blocks too");
                assertEquals(2, mined.get(0).transactionCount());
                assertEquals(
                        "alice",
                        mined.get(0).transactions().get(0).sender(),
                        "a dropped block reads back from the orphans");
                assertEquals(
                        List.of("alice"),
                        node.pending().stream().map(Transaction::sender).toList(),
                        "and its payment is pending again");

                TestNodes.Answer served = TestNodes.get(node.url(), "/chain");
                ValidationResult again = new ChainValidator(config.rules())
                        .validate(new ByteArrayInputStream(served.text().getBytes(StandardCharsets.US_ASCII)));
                assertEquals(after, again.chain().orElseThrow(), "/chain streams the same blocks from the store");
                assertFalse(again.chain().orElseThrow().tip().canonicalJson().isEmpty());
            }
        }
    }
}
