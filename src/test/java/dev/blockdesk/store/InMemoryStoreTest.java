package dev.blockdesk.store;

class InMemoryStoreTest extends StoreContractTest {
    @Override
    Store store() {
        return new InMemoryStore();
    }
}
