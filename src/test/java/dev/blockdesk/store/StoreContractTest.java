package dev.blockdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockHasher;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.PyscoopRules;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.TransactionRules;
import dev.blockdesk.chain.WireJson;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every store does; run against the in-memory store and against SQLite. */
abstract class StoreContractTest {

    abstract Store store();

    static Chain chainOf(int length) {
        Chain chain = Chain.startingAt(new DvfRules(0), 1528705939.274652);
        while (chain.length() < length) {
            Block tip = chain.tip();
            chain = chain.append(Block.create(tip.index() + 1, 1528705940.5 + tip.index(),
                    List.of(Transaction.withId("ünï", "bob", DoubleNode.valueOf(0.1), TransactionRules.newId()),
                            Transaction.reward("me", IntNode.valueOf(1))), tip.index() * 7, tip.hash(), BlockHasher.SORTED_JSON));
        }
        return chain;
    }

    @Test
    void blocksComeBackByteForByte() {
        Store store = store();
        Chain chain = chainOf(4);
        store.replaceBlocks(1, chain.blocks(), List.of());
        List<StoredBlock> stored = store.blocks();
        assertEquals(4, stored.size());
        for (int i = 0; i < 4; i++) {
            assertEquals(i + 1, stored.get(i).index());
            assertEquals(chain.blocks().get(i).hash(), stored.get(i).hash());
            assertArrayEquals(chain.blocks().get(i).canonicalBytes(), stored.get(i).canonical());
        }
    }

    @Test
    void appendingAndReplacingKeepPendingInStep() throws Exception {
        Store store = store();
        Chain chain = chainOf(3);
        store.replaceBlocks(1, chain.blocks().subList(0, 2), List.of());
        Transaction waiting = TransactionRules.validateNew(WireJson.parse("{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 5}"));
        store.addPending(waiting);
        assertEquals(List.of(waiting), store.pending());
        store.appendBlock(chain.blocks().get(2), List.of());
        assertEquals(3, store.blocks().size());
        assertEquals(List.of(), store.pending());

        Chain other = chainOf(5);
        store.replaceBlocks(2, other.blocks().subList(1, 5), List.of(waiting));
        assertEquals(5, store.blocks().size());
        assertEquals(other.tip().hash(), store.blocks().get(4).hash());
        assertEquals(List.of(waiting), store.pending());
    }

    @Test
    void aChainOfAnotherDialectReplacesEverythingWithItsNameInOneWrite() throws Exception {
        Store store = store();
        store.replaceBlocks(1, chainOf(1).blocks(), List.of());
        Chain pyscoop = Chains.grow(Chain.startingAt(new PyscoopRules(), 1.5), new PyscoopRules(), 2);
        Transaction waiting = TransactionRules.validateNew(WireJson.parse("{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 5}"));

        store.replaceChain(pyscoop.blocks(), List.of(waiting), "dialect", "pyscoop");

        assertEquals(List.of(0L, 1L, 2L), store.blocks().stream().map(StoredBlock::index).toList(), "indexes from pyscoop's 0");
        assertEquals(pyscoop.tip().hash(), store.blocks().get(2).hash());
        assertEquals(List.of(waiting), store.pending());
        assertEquals("pyscoop", store.setting("dialect").orElseThrow());
        store.appendBlock(Chains.grow(pyscoop, new PyscoopRules(), 1).tip(), List.of());
        assertEquals(4, store.blocks().size(), "and it grows from there");
    }

    @Test
    void aBlockThatDoesNotFollowIsRefusedAndChangesNothing() {
        Store store = store();
        Chain chain = chainOf(3);
        store.replaceBlocks(1, chain.blocks().subList(0, 1), List.of());
        assertThrows(StoreException.class, () -> store.appendBlock(chain.blocks().get(2), List.of()));
        assertEquals(1, store.blocks().size());
    }

    @Test
    void peersAndSettingsAreKept() {
        Store store = store();
        store.savePeers(List.of("127.0.0.1:5001", "https://example.org:443"));
        store.putSetting("theme", "dark");
        store.putSetting("theme", "light");
        assertEquals(List.of("127.0.0.1:5001", "https://example.org:443"), store.peers());
        assertEquals("light", store.setting("theme").orElseThrow());
        assertTrue(store.setting("nothing").isEmpty());
        assertEquals(Set.of(), store.peersThatAddedUs(), "peers saved without origins: all added by our user");
    }

    @Test
    void peersThatAddedUsAreKeptWithThePeerList() {
        Store store = store();
        store.savePeers(List.of("127.0.0.1:5001", "127.0.0.1:5002", "127.0.0.1:5003"), Set.of("127.0.0.1:5002"));
        assertEquals(List.of("127.0.0.1:5001", "127.0.0.1:5002", "127.0.0.1:5003"), store.peers());
        assertEquals(Set.of("127.0.0.1:5002"), store.peersThatAddedUs());

        store.savePeers(List.of("127.0.0.1:5002", "127.0.0.1:5004"), Set.of("127.0.0.1:5004"));
        assertEquals(Set.of("127.0.0.1:5004"), store.peersThatAddedUs(), "the peer that added us and was then added by us is ours");
        store.savePeers(List.of());
        assertEquals(Set.of(), store.peersThatAddedUs());
    }
}
