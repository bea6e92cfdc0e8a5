package dev.blockdesk.app;

import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.Explained;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.node.CorsOrigins;
import dev.blockdesk.node.InvalidPeerAddressException;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.NodeConfig;
import java.io.IOException;
import java.net.BindException;

/**
 * Starting a node on an opened data directory, as {@code blockdesk node} and the desktop both do:
 * the options over what the directory remembers, then the HTTP server on the port asked for. The
 * desktop, when no port was given, takes the next free port after 5000, leaves one core to the
 * window unless {@code --threads} says otherwise, and asks new peers to add it as its "Ask new peers
 * to add us" setting says (unless {@code --no-mutual-peering}).
 */
public final class NodeStartup {

    /** How many ports the desktop tries, from 5000 up, when none was given. */
    static final int PORTS_TO_TRY = 20;

    /** The window's remembered "Ask new peers to add us": {@code true} or {@code false}, on when not stored. */
    public static final String MUTUAL_PEERING = "mutual_peering";

    /** The window's remembered "Refuse overspending": {@code true} or {@code false}, off when not stored. */
    public static final String REFUSE_OVERSPENDING = "refuse_overspending";

    private NodeStartup() {}

    /** How the node is started. */
    public enum Mode {
        /** {@code blockdesk node}: exactly the port asked for, mining on every core by default. */
        HEADLESS,
        /** The window: the next free port when none was given, one core left to the window. */
        DESKTOP
    }

    /** Why the node did not start, in a sentence for the user. */
    public static final class StartException extends Exception implements Explained {
        private final transient ChainText text;

        StartException(ChainText text, Throwable cause) {
            super(ChainText.english(text), cause);
            this.text = text;
        }

        /** {@code cause}'s own message: in the window's language when it is {@link Explained}. */
        StartException(Exception cause) {
            this(
                    cause instanceof Explained explained && explained.text() != null
                            ? explained.text()
                            : cause.getMessage() == null ? null : ChainText.verbatim(cause.getMessage()),
                    cause);
        }

        /** The reason in any language; {@link #getMessage()} is its English. */
        @Override
        public ChainText text() {
            return text;
        }
    }

    /** Starts the node; the caller closes it, and the setup after it. */
    public static Node start(NodeOptions options, NodeSetup setup, Mode mode) throws StartException {
        int first = options.port();
        int tries = mode == Mode.DESKTOP && !options.portGiven() ? PORTS_TO_TRY : 1;
        BindException last = null;
        for (int port = first; port < first + tries; port++) {
            Node node;
            try {
                NodeConfig config = options.config(setup, port);
                if (mode == Mode.DESKTOP && config.minerThreads() == 0) {
                    // One core is left to the window, so mining never makes it stutter.
                    config = config.withMinerThreads(
                            Math.max(1, Runtime.getRuntime().availableProcessors() - 1));
                }
                if (mode == Mode.DESKTOP) {
                    config = config.withMutualPeering(
                            config.mutualPeering() && setup.settings().bool(MUTUAL_PEERING, true));
                }
                node = new Node(config, setup.chain(), setup.pending(), setup.store());
                node.setRefuseOverspending(refuseOverspending(options, setup, mode));
                node.setCors(cors(options, setup, mode));
            } catch (InvalidTransactionException | IllegalArgumentException e) {
                throw new StartException(e);
            }
            try {
                node.start();
                return node;
            } catch (BindException e) {
                node.close();
                last = e;
            } catch (InvalidPeerAddressException e) {
                node.close();
                throw new StartException(e);
            } catch (IOException e) {
                node.close();
                throw new StartException(ChainText.of("setup.httpServer", String.valueOf(e.getMessage())), e);
            }
        }
        ChainText message = tries == 1
                ? ChainText.of("setup.portTaken", first, String.valueOf(last.getMessage()))
                : ChainText.of("setup.noFreePort", first, first + tries - 1, String.valueOf(last.getMessage()));
        throw new StartException(message, last);
    }

    /**
     * Whether the node refuses overspending: {@code --refuse-overspending}, or in the desktop its
     * remembered check box ({@link #REFUSE_OVERSPENDING}) too.
     */
    public static boolean refuseOverspending(NodeOptions options, NodeSetup setup, Mode mode) {
        return options.refuseOverspending()
                || mode == Mode.DESKTOP && setup.settings().bool(REFUSE_OVERSPENDING, false);
    }

    /** The window's remembered "Web pages that may use this node", as {@code --cors} takes them; none when not stored. */
    public static final String CORS = "cors_origins";

    /**
     * The web origins let in: {@code --cors} when given, else in the desktop its remembered list
     * ({@link #CORS}), else none.
     *
     * @throws IllegalArgumentException when {@code --cors} names something that is not an origin
     */
    public static CorsOrigins cors(NodeOptions options, NodeSetup setup, Mode mode) {
        CorsOrigins given = options.cors();
        if (given != null) {
            return given;
        }
        return mode == Mode.DESKTOP ? setup.settings().cors(CORS, CorsOrigins.NONE) : CorsOrigins.NONE;
    }
}
