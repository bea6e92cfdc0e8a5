package dev.blockdesk.store;

import static dev.blockdesk.store.StoreSnapshot.transaction;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Chain;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The fake for other packages' tests: a store while writes are allowed, a full disk when they are not. */
class FailingStoreTest extends StoreContractTest {

    @Override
    Store store(Clock clock) {
        return new FailingStore(clock);
    }

    @Test
    void failingWritesThrowAsOnAFullDiskAndChangeNothingUntilAllowedAgain() {
        FailingStore store = new FailingStore();
        Chain chain = chainOf(4);
        store.replaceBlocks(1, chain.blocks().subList(0, 2), List.of());
        store.putSetting("theme", "dark");
        StoreSnapshot before = StoreSnapshot.of(store);

        store.failWrites(true);
        List<Executable> writes = List.of(
                () -> store.appendBlock(chain.blocks().get(2), List.of()),
                () -> store.replaceBlocks(2, chain.blocks().subList(1, 4), List.of()),
                () -> store.addPending(transaction("alice")),
                () -> store.savePeers(List.of("127.0.0.1:5001")),
                () -> store.putSetting("theme", "light"));
        for (Executable write : writes) {
            StoreException e = assertThrows(StoreException.class, write);
            assertTrue(e.getMessage().endsWith("database or disk is full"), e.getMessage());
        }
        assertEquals(5, store.failedWrites());
        assertEquals(before, StoreSnapshot.of(store));

        store.failWrites(false);
        store.appendBlock(chain.blocks().get(2), List.of());
        store.putSetting("theme", "light");
        assertEquals(3, store.blocks().size());
        assertEquals("light", store.setting("theme").orElseThrow());
    }
}
