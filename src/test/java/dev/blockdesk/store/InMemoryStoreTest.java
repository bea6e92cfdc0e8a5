package dev.blockdesk.store;

import java.time.Clock;

class InMemoryStoreTest extends StoreContractTest {
    @Override
    Store store(Clock clock) {
        return new InMemoryStore(clock);
    }
}
