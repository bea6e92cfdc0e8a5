package dev.blockdesk.node;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** Listeners, each with the executor it wants its calls on. */
final class Listeners {

    private record Registration(NodeListener listener, Executor executor) {}

    private static final System.Logger LOG = System.getLogger(Listeners.class.getName());

    private final List<Registration> registrations = new CopyOnWriteArrayList<>();

    void add(NodeListener listener, Executor executor) {
        registrations.add(new Registration(listener, executor));
    }

    void remove(NodeListener listener) {
        registrations.removeIf(r -> r.listener() == listener);
    }

    void fire(Consumer<NodeListener> event) {
        for (Registration r : registrations) {
            try {
                r.executor().execute(() -> {
                    try {
                        event.accept(r.listener());
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.ERROR, "a node listener failed: " + r.listener(), e);
                    }
                });
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not deliver a node event to " + r.listener(), e);
            }
        }
    }
}
