package dev.blockdesk.node;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * Which routes each peer answers, learned by asking: every tutorial's node has its own
 * ({@code /chain} or chain-study's {@code /chains}; {@code /nodes/resolve} or pyscoop's
 * {@code /sync-chain}, or none; transactions as dvf's JSON to {@code /transactions/new}, pyscoop's
 * JSON to {@code /create-transaction}, or chain-study's form; our address as dvf's
 * {@code POST /nodes/register} or pyscoop's {@code POST /register-node}). A peer starts with dvf's
 * routes, and a route it answers 404 (or, for transactions, 400: chain-study reads a form) is
 * replaced by the next candidate and remembered. A peer is first asked Blockdesk's sync API
 * ({@link SyncApi}); one that answers its tip with a 404, or with something that is no tip, is
 * fetched whole from then on. Thread-safe.
 */
final class KnownRoutes {

    /** How a peer takes a transaction. */
    enum Submit {
        /** {@code POST /transactions/new} with JSON, our id kept (dvf, dvf-early, Blockdesk). */
        JSON,
        /** {@code POST /create-transaction} with exactly sender, recipient, amount (pyscoop passes them as arguments). */
        CREATE,
        /** {@code POST /transactions/new} as an HTML form (chain-study). */
        FORM
    }

    /** How a peer takes our address when we ask it to add us. */
    enum Register {
        /** {@code POST /nodes/register} with {@code {"nodes": [url]}} (dvf, dvf-early, Blockdesk). */
        NODES("/nodes/register"),
        /** {@code POST /register-node} with {@code {"address": url}} (pyscoop). */
        ADDRESS("/register-node");

        final String path;

        Register(String path) {
            this.path = path;
        }

        /** The way to try when this one answered {@code status}, or null: pyscoop has no {@code /nodes/register}. */
        Register next(int status) {
            return this == NODES && status == 404 ? ADDRESS : null;
        }
    }

    /**
     * @param chain   the path of its whole chain
     * @param resolve the path that makes it run consensus, or null when it has none (chain-study)
     * @param submit   how it takes a transaction
     * @param register how it takes our address
     * @param sync     whether it is asked for what is new through Blockdesk's sync API ({@link SyncApi})
     *                 before its whole chain
     */
    record Routes(String chain, String resolve, Submit submit, Register register, boolean sync) {

        static final Routes DVF = new Routes("/chain", "/nodes/resolve", Submit.JSON, Register.NODES, true);

        /** The chain path to try when this one is not found, or null. */
        String nextChain() {
            return chain.equals("/chain") ? "/chains" : null;
        }

        /** The resolve path to try when this one is not found, or null. */
        String nextResolve() {
            return "/nodes/resolve".equals(resolve) ? "/sync-chain" : null;
        }

        /**
         * The way to submit to try when this one is refused, or null.
         *
         * @param htmlError whether the refusal was an HTML error page: what Flask answers when the
         *                  route reads {@code request.form} (400, or 500 under {@code debug=True}, as
         *                  chain-study runs); a node that read our JSON and refused the transaction
         *                  itself answers in JSON or text
         */
        Submit nextSubmit(int status, boolean htmlError) {
            if (submit == Submit.JSON && status == 404) {
                return Submit.CREATE;
            }
            if (submit == Submit.JSON && htmlError && (status == 400 || status == 500)) {
                return Submit.FORM;
            }
            return null;
        }

        /** The way to register to try when this one answered {@code status}, or null. */
        Register nextRegister(int status) {
            return register.next(status);
        }

        Routes withChain(String value) {
            return new Routes(value, resolve, submit, register, sync);
        }

        Routes withResolve(String value) {
            return new Routes(chain, value, submit, register, sync);
        }

        Routes withSubmit(Submit value) {
            return new Routes(chain, resolve, value, register, sync);
        }

        Routes withRegister(Register value) {
            return new Routes(chain, resolve, submit, value, sync);
        }

        /** These routes without Blockdesk's sync API: the whole chain at every sync. */
        Routes withoutSync() {
            return new Routes(chain, resolve, submit, register, false);
        }

        /** {@code GET /chains, no resolve route, form transactions, POST /nodes/register}, for the log. */
        String describe() {
            return "GET " + chain + (sync ? "" : " (no Blockdesk sync API)") + ", "
                    + (resolve == null ? "no resolve route" : "GET " + resolve) + ", "
                    + switch (submit) {
                        case JSON -> "JSON transactions";
                        case CREATE -> "POST /create-transaction";
                        case FORM -> "form transactions";
                    }
                    + ", POST " + register.path;
        }
    }

    private static final System.Logger LOG = System.getLogger(KnownRoutes.class.getName());
    private final Map<PeerAddress, Routes> routes = new ConcurrentHashMap<>();

    Routes of(PeerAddress peer) {
        return routes.getOrDefault(peer, Routes.DVF);
    }

    /**
     * Remembers what was learned of {@code peer}'s routes.
     *
     * @param why what the peer answered, for the log: {@code "GET /chain answered 404"}
     */
    void learn(PeerAddress peer, String why, UnaryOperator<Routes> change) {
        // atomic: two routes of one peer learned at once (a transaction's and a registration's) both stay
        Routes[] changed = new Routes[1];
        routes.compute(peer, (address, known) -> {
            Routes before = known == null ? Routes.DVF : known;
            Routes after = change.apply(before);
            changed[0] = after.equals(before) ? null : after;
            return after;
        });
        if (changed[0] != null) {
            LOG.log(System.Logger.Level.INFO, "{0}: {1}, so from now on {2}", peer, why, changed[0].describe());
        }
    }

    void forget(PeerAddress peer) {
        routes.remove(peer);
    }
}
