package dev.blockdesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockHasher;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.DvfRules;
import dev.blockdesk.chain.PyscoopRules;
import dev.blockdesk.chain.Transaction;
import dev.blockdesk.chain.TransactionRules;
import dev.blockdesk.chain.WireJson;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.testing.ManualClock;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What every store does; run against the in-memory store, against SQLite and against the failing store's fake. */
abstract class StoreContractTest {

    private static final double GENESIS_TIME = 1528705939.274652;
    /** A start between two milliseconds: stores keep the time of an orphaning to the millisecond. */
    static final Instant START = Instant.parse("2026-03-01T10:00:00.123456789Z");

    /** A new, empty store whose blocks are orphaned at {@code clock}'s time. */
    abstract Store store(Clock clock);

    Store store() {
        return store(Clock.systemUTC());
    }

    static Chain chainOf(int length) {
        return grow(Chain.startingAt(new DvfRules(0), GENESIS_TIME), length);
    }

    /** The first {@code keep} blocks of {@code chain} (one of {@link #chainOf}'s), grown apart from it to {@code length}. */
    static Chain fork(Chain chain, int keep, int length) {
        Chain prefix = Chain.startingAt(new DvfRules(0), GENESIS_TIME);
        for (Block block : chain.blocks().subList(1, keep)) {
            prefix = prefix.append(block);
        }
        return grow(prefix, length);
    }

    /** {@code chain} grown to {@code length} blocks, each with a transaction of its own id: no two calls grow the same blocks. */
    private static Chain grow(Chain chain, int length) {
        while (chain.length() < length) {
            Block tip = chain.tip();
            chain = chain.append(Block.create(
                    tip.index() + 1,
                    1528705940.5 + tip.index(),
                    List.of(
                            Transaction.withId("ünï", "bob", DoubleNode.valueOf(0.1), TransactionRules.newId()),
                            Transaction.reward("me", IntNode.valueOf(1))),
                    tip.index() * 7,
                    tip.hash(),
                    BlockHasher.SORTED_JSON));
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
            assertArrayEquals(
                    chain.blocks().get(i).canonicalBytes(), stored.get(i).canonical());
        }
    }

    @Test
    void bodiesAreReadBackByIndexAndHashThenFromTheOrphansOnceReplaced() {
        Store store = store();
        Chain ours = chainOf(5);
        store.replaceBlocks(1, ours.blocks(), List.of());
        Block fourth = ours.block(4);
        assertArrayEquals(fourth.canonicalBytes(), store.bodies().canonical(4, fourth.hash()));
        assertEquals(
                List.of(3L, 4L, 5L),
                store.bodies().canonical(ours.blocks().subList(2, 5)).stream()
                        .map(bytes -> WireJson.parse(bytes).get("index").longValue())
                        .toList());

        store.replaceBlocks(3, fork(ours, 2, 6).blocks().subList(2, 6), List.of());
        assertArrayEquals(fourth.canonicalBytes(), store.bodies().canonical(4, fourth.hash()), "kept as an orphan");
        assertArrayEquals(
                fourth.canonicalBytes(),
                store.bodies().canonical(ours.blocks().subList(3, 4)).get(0));
        IllegalStateException gone =
                assertThrows(IllegalStateException.class, () -> store.bodies().canonical(4, "f".repeat(64)));
        assertTrue(
                gone.getMessage().startsWith("block 4 (" + "f".repeat(64) + ") is no longer stored"),
                gone.getMessage());
    }

    @Test
    void storedBlocksStreamInIndexOrderAndTheNewestComeNewestFirst() {
        Store store = store();
        Chain chain = chainOf(7);
        store.replaceBlocks(1, chain.blocks(), List.of());
        List<String> scanned = new java.util.ArrayList<>();
        store.scanBlocks((index, hash, canonical) ->
                scanned.add(index + " " + hash.equals(chain.block(index).hash())));
        assertEquals(List.of("1 true", "2 true", "3 true", "4 true", "5 true", "6 true", "7 true"), scanned);
        assertEquals(
                List.of(7L, 6L, 5L),
                store.newestBlocks(3).stream().map(StoredBlock::index).toList());
        assertEquals(7, store.newestBlocks(100).size());
        assertEquals(7, store.blockCount());
    }

    @Test
    void appendingAndReplacingKeepPendingInStep() throws Exception {
        Store store = store();
        Chain chain = chainOf(3);
        store.replaceBlocks(1, chain.blocks().subList(0, 2), List.of());
        Transaction waiting = TransactionRules.validateNew(
                WireJson.parse("{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 5}"));
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
        Transaction waiting = TransactionRules.validateNew(
                WireJson.parse("{\"sender\": \"a\", \"recipient\": \"b\", \"amount\": 5}"));

        store.replaceChain(pyscoop.blocks(), List.of(waiting), "dialect", "pyscoop");

        assertEquals(
                List.of(0L, 1L, 2L),
                store.blocks().stream().map(StoredBlock::index).toList(),
                "indexes from pyscoop's 0");
        assertEquals(pyscoop.tip().hash(), store.blocks().get(2).hash());
        assertEquals(List.of(waiting), store.pending());
        assertEquals("pyscoop", store.setting("dialect").orElseThrow());
        store.appendBlock(Chains.grow(pyscoop, new PyscoopRules(), 1).tip(), List.of());
        assertEquals(4, store.blocks().size(), "and it grows from there");
    }

    @Test
    void aReplacementKeepsTheBlocksItOverwroteAsOrphansWithTheirBytesHashesAndTime() {
        Store store = store(new ManualClock(START));
        Chain ours = chainOf(5);
        store.replaceBlocks(1, ours.blocks(), List.of());
        assertEquals(List.of(), store.orphans(), "nothing is orphaned by a first store");
        Chain theirs = fork(ours, 2, 6);
        assertNotEquals(ours.block(3).hash(), theirs.block(3).hash());

        store.replaceBlocks(3, theirs.blocks().subList(2, 6), List.of());

        List<OrphanedBlock> orphans = store.orphans();
        assertEquals(
                List.of(3L, 4L, 5L),
                orphans.stream().map(OrphanedBlock::index).toList(),
                "exactly the overwritten blocks");
        for (OrphanedBlock orphan : orphans) {
            Block dropped = ours.block(orphan.index());
            assertEquals(dropped.hash(), orphan.hash());
            assertArrayEquals(dropped.canonicalBytes(), orphan.canonical());
            assertEquals(
                    Instant.parse("2026-03-01T10:00:00.123Z"),
                    orphan.orphanedAt(),
                    "the store's time, to the millisecond");
        }
        assertEquals(
                theirs.blocks().stream().map(Block::hash).toList(),
                store.blocks().stream().map(StoredBlock::hash).toList());
    }

    @Test
    void aSecondReplacementAddsItsOrphansAfterTheFirstsAndAReplacementOverwritingNothingAddsNone() {
        ManualClock clock = new ManualClock(START);
        Store store = store(clock);
        Chain ours = chainOf(5);
        store.replaceBlocks(1, ours.blocks(), List.of());
        Chain first = fork(ours, 3, 6);
        Instant firstTime = clock.advance(Duration.ofSeconds(10));
        store.replaceBlocks(4, first.blocks().subList(3, 6), List.of());
        Chain second = fork(first, 1, 7);
        Instant secondTime = clock.advance(Duration.ofSeconds(10));
        store.replaceBlocks(2, second.blocks().subList(1, 7), List.of());
        clock.advance(Duration.ofSeconds(10));
        store.replaceBlocks(8, List.of(), List.of());
        store.appendBlock(grow(second, 8).tip(), List.of());

        assertEquals(
                List.of(
                        orphan(ours, 4, firstTime),
                        orphan(ours, 5, firstTime),
                        orphan(first, 2, secondTime),
                        orphan(first, 3, secondTime),
                        orphan(first, 4, secondTime),
                        orphan(first, 5, secondTime),
                        orphan(first, 6, secondTime)),
                describe(store.orphans()),
                "oldest orphaned first, then by index");
    }

    @Test
    void aBlockOrphanedAgainIsKeptOnceWithItsNewTime() {
        ManualClock clock = new ManualClock(START);
        Store store = store(clock);
        Chain ours = chainOf(4);
        Chain theirs = fork(ours, 2, 4);
        store.replaceBlocks(1, ours.blocks(), List.of());
        clock.advance(Duration.ofMinutes(1));
        store.replaceBlocks(3, theirs.blocks().subList(2, 4), List.of());
        Instant second = clock.advance(Duration.ofMinutes(1));
        store.replaceBlocks(3, ours.blocks().subList(2, 4), List.of()); // ours wins back
        Instant third = clock.advance(Duration.ofMinutes(1));
        store.replaceBlocks(3, theirs.blocks().subList(2, 4), List.of()); // and loses again

        assertEquals(
                List.of(
                        orphan(theirs, 3, second),
                        orphan(theirs, 4, second),
                        orphan(ours, 3, third),
                        orphan(ours, 4, third)),
                describe(store.orphans()),
                "ours are not kept twice: they moved to the end, with their new time");
    }

    @Test
    void onlyTheNewestThousandOrphansAreKeptTheOldestDroppedFirst() {
        ManualClock clock = new ManualClock(START);
        Store store = store(clock);
        List<Chain> chains = List.of(chainOf(336), chainOf(336), chainOf(336), chainOf(336));
        store.replaceBlocks(1, chains.get(0).blocks(), List.of());
        for (Chain next : chains.subList(1, 4)) {
            clock.advance(Duration.ofSeconds(1));
            store.replaceBlocks(2, next.blocks().subList(1, 336), List.of());
        }

        List<OrphanedBlock> orphans = store.orphans();
        assertEquals(Store.ORPHANS_KEPT, orphans.size(), "3 x 335 orphaned, 1,000 kept");
        assertEquals(
                orphan(chains.get(0), 7, START.plusSeconds(1)),
                describe(orphans.get(0)),
                "blocks 2 to 6 of the first went first");
        assertEquals(orphan(chains.get(2), 336, START.plusSeconds(3)), describe(orphans.get(999)));
        assertEquals(1000, orphans.stream().map(OrphanedBlock::hash).distinct().count());
    }

    @Test
    void aReplacementDroppingMoreThanAThousandBlocksKeepsItsLastThousand() {
        Store store = store(new ManualClock(START));
        Chain ours = chainOf(1_003);
        store.replaceBlocks(1, ours.blocks(), List.of());
        store.replaceBlocks(2, fork(ours, 1, 2).blocks().subList(1, 2), List.of());

        List<OrphanedBlock> orphans = store.orphans();
        assertEquals(Store.ORPHANS_KEPT, orphans.size());
        assertEquals(4, orphans.get(0).index(), "blocks 2 and 3, the oldest of the 1,002 dropped, are not kept");
        assertEquals(orphan(ours, 1_003, START), describe(orphans.get(999)));
    }

    @Test
    void aChainOfAnotherDialectLeavesNoOrphans() {
        Store store = store();
        store.replaceBlocks(1, chainOf(1).blocks(), List.of());
        store.replaceChain(
                Chains.grow(Chain.startingAt(new PyscoopRules(), 1.5), new PyscoopRules(), 1)
                        .blocks(),
                List.of(),
                "dialect",
                "pyscoop");
        assertEquals(List.of(), store.orphans(), "the genesis block given up is of the old dialect");
    }

    @Test
    void aFailedReplacementKeepsNoOrphans() {
        Store store = store();
        Chain chain = chainOf(4);
        store.replaceBlocks(1, chain.blocks(), List.of());
        // Block 2 where block 3 belongs: refused, after the blocks from 3 on were (for SQLite) already copied and
        // deleted.
        assertThrows(StoreException.class, () -> store.replaceBlocks(3, List.of(chain.block(2)), List.of()));
        assertEquals(List.of(), store.orphans());
        assertEquals(
                chain.blocks().stream().map(Block::hash).toList(),
                store.blocks().stream().map(StoredBlock::hash).toList());
    }

    /** Block {@code index} of {@code chain} orphaned at {@code at} (to the millisecond), as {@link #describe} says it. */
    static String orphan(Chain chain, long index, Instant at) {
        Block block = chain.block(index);
        return describe(
                new OrphanedBlock(index, block.hash(), block.canonicalBytes(), at.truncatedTo(ChronoUnit.MILLIS)));
    }

    /** An orphan as a value that compares equal exactly when the orphans are the same. */
    static String describe(OrphanedBlock orphan) {
        return orphan.index() + " " + orphan.hash() + " " + orphan.orphanedAt() + " "
                + new String(orphan.canonical(), StandardCharsets.UTF_8);
    }

    static List<String> describe(List<OrphanedBlock> orphans) {
        return orphans.stream().map(StoreContractTest::describe).toList();
    }

    @Test
    void aBlockThatDoesNotFollowIsRefusedAndChangesNothing() {
        Store store = store();
        Chain chain = chainOf(3);
        store.replaceBlocks(1, chain.blocks().subList(0, 1), List.of());
        assertThrows(
                StoreException.class, () -> store.appendBlock(chain.blocks().get(2), List.of()));
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
        assertEquals(
                Set.of("127.0.0.1:5004"),
                store.peersThatAddedUs(),
                "the peer that added us and was then added by us is ours");
        store.savePeers(List.of());
        assertEquals(Set.of(), store.peersThatAddedUs());
    }
}
