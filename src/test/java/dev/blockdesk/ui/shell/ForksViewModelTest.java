package dev.blockdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.node.PeerAddress;
import dev.blockdesk.node.PeerOrigin;
import dev.blockdesk.node.PeerOutcome;
import dev.blockdesk.node.PeerStatus;
import dev.blockdesk.node.Reorg;
import dev.blockdesk.node.ResolveReport;
import dev.blockdesk.testing.Chains;
import dev.blockdesk.ui.FakeNode;
import dev.blockdesk.ui.Formats;
import dev.blockdesk.ui.blocks.BlockRow;
import dev.blockdesk.ui.pending.PendingRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the window says of ties, forks and reorganisations, against a fake node, without a toolkit. */
class ForksViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:15:00Z");

    private final FakeNode node = new FakeNode();
    private MainViewModel model;

    @BeforeEach
    void attach() {
        model = new MainViewModel(
                "a".repeat(32), Runnable::run, Runnable::run, Clock.systemUTC(), new HashMap<String, String>()::put);
        model.attach(node);
        node.mine(); // block 2, shared with the peer
        model.tick();
    }

    private PeerStatus peerWith(Chain theirs) throws Exception {
        int shared = node.chain.sharedPrefix(theirs);
        Block last = theirs.blocks().get(shared - 1);
        return new PeerStatus(
                PeerAddress.parse("127.0.0.1:5001"),
                true,
                theirs.length(),
                theirs.tip().hash(),
                Duration.ofMillis(5),
                NOW,
                null,
                "dvf",
                new PeerStatus.Shared(last.index(), last.hash()),
                null,
                PeerOrigin.ADDED_BY_US);
    }

    @Test
    void aTieReadsForkedWithTheForkPointNotInSync() throws Exception {
        Chain theirs = Chains.branch(node.chain, 1, 7);
        node.mine();
        node.peers.add(peerWith(theirs));
        model.tick();

        assertEquals(
                "Forked with 1 of 1 peer at block 2",
                model.statusBar().syncStateProperty().get());
        assertEquals(
                SyncSummary.Tone.FORKED, model.statusBar().syncToneProperty().get());
        assertFalse(model.statusBar().inSyncProperty().get());
        assertEquals("forked at block 2, a tie", model.peers().rows().get(0).getRelation());
        assertEquals(
                "#3 " + theirs.tip().hash().substring(0, 8) + "…",
                model.peers().rows().get(0).getTip());

        node.peers.set(0, peerWith(node.chain));
        model.tick();
        assertEquals(
                "In sync with 1 peer", model.statusBar().syncStateProperty().get());
        assertEquals("in sync", model.peers().rows().get(0).getRelation());
        node.mine();
        model.tick();
        assertEquals(
                "Ahead of 1 of 1 peer",
                model.statusBar().syncStateProperty().get(),
                "mining a block changes the relation at once");
        assertEquals("behind by 1 block", model.peers().rows().get(0).getRelation());
    }

    @Test
    void theSyncLogRecordsChangesNotRepetitions() throws Exception {
        PeerAddress peer = PeerAddress.parse("127.0.0.1:5001");
        PeerOutcome tie = new PeerOutcome(
                peer, PeerOutcome.Kind.NOT_LONGER, 3, "kept ours: a tie at 3 blocks, forked at block 2");
        for (int round = 0; round < 5; round++) {
            node.fire(l -> l.resolved(new ResolveReport(node.chain, null, List.of(tie))));
            model.tick();
        }
        assertEquals(1, model.peers().log().size(), model.peers().log().toString());
        node.fire(l -> l.resolved(new ResolveReport(
                node.chain,
                null,
                List.of(new PeerOutcome(peer, PeerOutcome.Kind.NOT_LONGER, 3, "in sync: the same 3 blocks")))));
        model.tick();
        assertEquals(2, model.peers().log().size());
        assertTrue(model.peers().log().get(0).endsWith("127.0.0.1:5001: in sync: the same 3 blocks"));
    }

    @Test
    void aReorganisationIsToldUntilDismissedAndNothingIsSilentlyReplaced() throws Exception {
        model.pending().recipientProperty().set("bob");
        model.pending().amountProperty().set("5");
        model.pending().submit();
        assertEquals(
                "Transaction will be added to Block 3",
                model.pending().messageProperty().get());
        node.mine(); // block 3: the transaction and our reward
        model.tick();
        Block ours = node.chain.tip();
        model.blocks().selectedProperty().set(ours);
        assertEquals("Block 3 mined. Idle.", model.miningStatusProperty().get());

        Chain theirs = Chains.branch(node.chain.prefix(2), 3, 9); // blocks 3..5 of the peer
        Reorg reorg = node.reorganise(theirs, "127.0.0.1:5001", NOW);
        assertNotNull(reorg);
        model.tick();

        String time = Formats.clockTime(NOW);
        assertTrue(model.reorgBanner().shownProperty().get());
        assertEquals(
                "At " + time + ", a longer chain from 127.0.0.1:5001 replaced ours: block 3 dropped",
                model.reorgBanner().titleProperty().get());
        String details = model.reorgBanner().detailsProperty().get();
        assertTrue(details.startsWith("Fork point: block 2, the last block both chains hold"), details);
        assertTrue(details.contains("block 3  " + ours.hash()), details);
        assertTrue(details.contains("Mining rewards lost: 1 (1 block mined here)"), details);
        assertTrue(details.contains("aaaaaaaaaa…aaaaaa → bob: 5  (from block 3)"), details);
        assertEquals(
                "Fork point: block 2. Lost: 1 mining reward of ours (1). Back in Pending and sent to peers again: 1 transaction."
                        + " Already in the new chain: none.",
                model.reorgBanner().summaryProperty().get());
        assertEquals(2, model.reorgBanner().pictureProperty().get().forkIndex());
        assertTrue(
                model.peers()
                        .log()
                        .get(0)
                        .contains("reorganisation: a chain of 5 blocks from 127.0.0.1:5001 replaced ours after block 2;"
                                + " dropped block 3 (" + Formats.shortHash(ours.hash())
                                + "); 1 mining reward of ours lost (1); 1 transaction back to Pending"),
                model.peers().log().get(0));
        assertEquals(
                "Block 3 mined, then dropped when a longer chain replaced ours. Idle.",
                model.miningStatusProperty().get());

        PendingRow returned = model.pending().rows().get(0);
        assertEquals("returned after the reorg at " + time + " (from block 3)", returned.getFate());
        assertEquals(
                "Transaction back in Pending: returned after the reorg at " + time
                        + " (from block 3); sent to peers again," + " it will be added to Block 6",
                model.pending().messageProperty().get());

        assertEquals(ours, model.blocks().selectedProperty().get(), "the selected block stays selected");
        assertTrue(
                model.blocks()
                        .orphanNoteProperty()
                        .get()
                        .startsWith("Orphaned at " + time
                                + ": dropped when a longer chain from 127.0.0.1:5001 replaced ours"),
                model.blocks().orphanNoteProperty().get());
        assertFalse(
                model.blocks().shownRowsProperty().get().stream().anyMatch(BlockRow::isOrphaned),
                "shown on request only");
        model.blocks().showOrphanedProperty().set(true);
        List<BlockRow> shown = model.blocks().shownRowsProperty().get();
        assertEquals(6, shown.size());
        assertEquals(3, shown.get(2).getIndex());
        assertFalse(shown.get(2).isOrphaned(), "the chain's block 3 first");
        assertTrue(shown.get(3).isOrphaned(), "ours below it");
        assertEquals(ours, shown.get(3).block());
        assertEquals(3, model.blocks().positionOf(ours));

        node.mine(); // block 6 holds the returned transaction
        model.tick();
        assertEquals("confirmed in block 6", model.pending().rows().get(0).getFate());
        assertTrue(model.pending().rows().get(0).isConfirmed());
        assertEquals(
                "Transaction confirmed in block 6",
                model.pending().messageProperty().get());

        model.reorgBanner().dismiss();
        assertFalse(model.reorgBanner().shownProperty().get());
    }
}
