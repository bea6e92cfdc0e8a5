package dev.blockdesk.node;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainExtension;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.MalformedJsonException;
import dev.blockdesk.chain.WireJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

/**
 * A resolve's look at one peer, through Blockdesk's sync API ({@link SyncApi}) when it serves it:
 * its tip first; when that is our tip or a block below it, nothing more is asked; otherwise the last
 * block we share is found by walking back by hash, in pages that grow from a few hashes, and only
 * the blocks after it are fetched, in pages, each validated as it is read on top of our blocks
 * ({@link ChainExtension}: the same checks and reasons as a whole chain's). The peer's chain is
 * then our shared blocks and its own, so everything downstream (adoption, its status, the fork
 * picture) is as after a fetch of its whole chain.
 *
 * <p>A peer that answers its tip with a 404, or with no tip, is fetched whole from then on
 * ({@link KnownRoutes}); one whose tip is of another dialect is fetched whole, so its dialect is
 * found as before. A peer whose answers do not hold together (a tip it cannot serve, pages that do
 * not link, a page that is not what was asked or is over the cap) gets an invalid verdict with the
 * reason, like a peer with an invalid chain. The tip, and a whole chain, have the one deadline of
 * a single request; each page has its own deadline and size cap, and the sync as a whole must keep a
 * minimum pace ({@link SyncPace}), so a long chain can be taken in one round while a slow or
 * trickling peer is dropped with the reason. At most one page is read at a time, and nothing is
 * held but the blocks validated so far, which are dropped if the look fails.
 */
final class SyncFetch {

    /** How many hashes the first page asks; each next page asks {@link #HASH_PAGE_GROWTH} times more, up to {@link SyncApi#MAX_HASHES}. */
    static final int FIRST_HASH_PAGE = 16;

    static final int HASH_PAGE_GROWTH = 8;
    /** A tip is about 250 bytes. */
    private static final long TIP_BYTES = 16 << 10;

    private final PeerClient client;

    SyncFetch(PeerClient client) {
        this.client = client;
    }

    /**
     * {@code peer}'s chain as far as it differs from {@code ours}, validated with {@code validator}.
     * {@code deadline} is kept at the deadline of the request being read. Never throws.
     */
    PeerFetch fetch(PeerAddress peer, ChainValidator validator, Chain ours, FetchDeadline deadline) {
        long start = System.nanoTime();
        SyncPace pace = new SyncPace(start, client.responseTimeout(), deadline);
        long single = pace.single();
        if (!client.routes().of(peer).sync()) {
            return client.fetchChain(peer, validator, ours, start);
        }
        PeerGet.Answer<Tip> answer = client.get(peer, SyncApi.TIP, single, TIP_BYTES, Tip::read);
        if (answer.status() == 0) {
            return PeerFetch.failed(peer, answer.error(), since(start));
        }
        if (answer.status() == 404 || answer.problem() != PeerGet.Problem.NONE) { // a tutorial's node, or no Blockdesk
            client.routes()
                    .learn(
                            peer,
                            "GET " + SyncApi.TIP
                                    + (answer.status() == 404
                                            ? " answered 404"
                                            : " did not answer with a tip (" + answer.error() + ")"),
                            KnownRoutes.Routes::withoutSync);
            return client.fetchChain(peer, validator, ours, start);
        }
        if (answer.status() != 200
                || !answer.value().dialect().equals(validator.rules().id())) {
            return client.fetchChain(peer, validator, ours, start); // its dialect is found from its whole chain
        }
        return new Walk(peer, validator, ours, answer.value(), start, pace).run();
    }

    /** A peer's tip, as {@code GET /blockdesk/v1/tip} answers it. */
    record Tip(String dialect, String genesis, String hash, long index, long length) {

        /** @throws MalformedJsonException when the body is not a tip */
        static Tip read(InputStream in) throws IOException {
            JsonNode json = WireJson.parse(in);
            if (!json.isObject()
                    || !json.path("dialect").isTextual()
                    || !json.path("genesis").isTextual()
                    || !json.path("hash").isTextual()
                    || !json.path("index").canConvertToLong()
                    || !json.path("index").isIntegralNumber()
                    || !json.path("length").isIntegralNumber()
                    || !json.path("length").canConvertToLong()) {
                throw new MalformedJsonException("not a tip: expected dialect, genesis, hash, index and length", null);
            }
            return new Tip(
                    json.get("dialect").textValue(),
                    json.get("genesis").textValue(),
                    json.get("hash").textValue(),
                    json.get("index").longValue(),
                    json.get("length").longValue());
        }
    }

    /** The answers a peer gave did not hold together: nothing of it is taken. */
    private static final class Lie extends Exception {
        Lie(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The peer did not answer (unreachable, or not within the deadline). */
    private static final class Silence extends Exception {
        Silence(String reason) {
            super(reason, null, false, false);
        }
    }

    /** One look at one peer whose tip is known. */
    private final class Walk {
        private final PeerAddress peer;
        private final ChainValidator validator;
        private final Chain ours;
        private final Tip tip;
        private final long start;
        private final SyncPace pace;
        private final long first;

        Walk(PeerAddress peer, ChainValidator validator, Chain ours, Tip tip, long start, SyncPace pace) {
            this.peer = peer;
            this.validator = validator;
            this.ours = ours;
            this.tip = tip;
            this.start = start;
            this.pace = pace;
            this.first = validator.rules().firstIndex();
        }

        PeerFetch run() {
            try {
                if (tip.length() < 1 || tip.index() != first + tip.length() - 1) {
                    throw new Lie("its tip does not add up: block " + tip.index() + " as the last of " + tip.length()
                            + " blocks, in a dialect whose first block is block " + first);
                }
                long ourTip = ours.tip().index();
                if (tip.index() <= ourTip && ours.holds(tip.index(), tip.hash())) {
                    return verdict(validator.extend(
                            ours.prefix((int) tip.length()), ours)); // ours, or a prefix of ours: nothing to fetch
                }
                ChainExtension extension;
                if (!tip.genesis().equals(ours.genesis().hash())) {
                    extension = validator.extend(null, ours); // another genesis block: its whole chain, in pages
                } else {
                    extension = tip.index() > ourTip ? onOurTip() : null;
                    if (extension == null) {
                        long shared = shared(Math.min(tip.index(), ourTip));
                        extension = validator.extend(ours.prefix((int) (shared - first + 1)), ours);
                    }
                }
                blocks(extension);
                return verdict(extension);
            } catch (Lie lie) {
                ChainExtension refused = validator.extend(null, null);
                refused.fail(lie.getMessage());
                return verdict(refused);
            } catch (Silence silence) {
                return PeerFetch.failed(peer, silence.getMessage(), since(start));
            }
        }

        private PeerFetch verdict(ChainExtension extension) {
            return new PeerFetch(peer, extension.result(), null, since(start));
        }

        /**
         * The usual case, a peer a few blocks ahead: its first blocks after our tip, asked at once
         * (a small page, so a fork costs little), saving the round trip of a page of hashes. Null when
         * the first of them does not follow our tip: a fork, found then by walking back by hash.
         */
        private ChainExtension onOurTip() throws Lie, Silence {
            ChainExtension extension = validator.extend(ours, ours);
            long from = ours.tip().index() + 1;
            int count = (int) Math.min(FIRST_HASH_PAGE, tip.index() - ours.tip().index());
            int taken = page(
                    SyncApi.BLOCKS + "?from=" + from + "&count=" + count,
                    count,
                    in -> SyncPages.blocks(in, from, count, extension));
            pace.tookBlocks(taken);
            if (taken == 0 && extension.failed()) {
                return null;
            }
            if (taken == 0) {
                throw new Lie("it announced block " + tip.index() + " as its tip, but its page of blocks from block "
                        + from + " is empty");
            }
            return extension;
        }

        /** The last block at or below {@code from} that its chain and ours share: walking back by hash, in growing pages. */
        private long shared(long from) throws Lie, Silence {
            int count = FIRST_HASH_PAGE;
            while (true) {
                String path = SyncApi.HASHES + "?from=" + from + "&count=" + count;
                long asked = from;
                int most = count;
                List<String> hashes = page(path, most, in -> SyncPages.hashes(in, asked, most));
                pace.tookHashes(hashes.size());
                if (from == tip.index() && !hashes.get(0).equals(tip.hash())) {
                    throw new Lie("its hash of block " + from + " is " + hashes.get(0) + ", not the " + tip.hash()
                            + " of the tip it announced");
                }
                for (String hash : hashes) {
                    if (ours.holds(from, hash)) {
                        return from;
                    }
                    from--;
                }
                if (from < first) {
                    throw new Lie("it announced our genesis block, but none of its hashes down to block " + first
                            + " is ours");
                }
                count = (int) Math.min((long) count * HASH_PAGE_GROWTH, SyncApi.MAX_HASHES);
            }
        }

        /** Fetches its blocks after the extension's tip up to its announced tip, page by page, into {@code extension}. */
        private void blocks(ChainExtension extension) throws Lie, Silence {
            long next =
                    extension.chain() == null ? first : extension.chain().tip().index() + 1;
            while (next <= tip.index() && !extension.failed()) {
                int count = (int) Math.min(SyncApi.MAX_BLOCKS, tip.index() - next + 1);
                long from = next;
                int taken = page(
                        SyncApi.BLOCKS + "?from=" + from + "&count=" + count,
                        count,
                        in -> SyncPages.blocks(in, from, count, extension));
                pace.tookBlocks(taken);
                if (taken == 0 && !extension.failed()) {
                    throw new Lie("it announced block " + tip.index()
                            + " as its tip, but its page of blocks from block " + from + " is empty");
                }
                next += taken;
            }
            if (!extension.failed() && !extension.chain().tip().hash().equals(tip.hash())) {
                extension.failAt(
                        tip.index(),
                        "its hash is " + extension.chain().tip().hash() + ", not the " + tip.hash()
                                + " the peer announced as its tip");
            }
        }

        /** One page of up to {@code asked} hashes or blocks, within its own deadline and the sync's pace, and the cap on a page. */
        private <T> T page(String path, int asked, PeerGet.BodyReader<T> reader) throws Lie, Silence {
            PeerGet.Answer<T> answer = client.get(peer, path, pace.page(asked), client.maxPageBytes(), reader);
            return switch (answer.problem()) {
                case NONE -> {
                    if (answer.status() != 200) {
                        throw new Lie("it announced block " + tip.index() + " as its tip, then answered HTTP "
                                + answer.status() + " to GET " + path);
                    }
                    yield answer.value();
                }
                case NO_ANSWER -> throw new Silence(answer.error());
                case LATE -> throw new Silence(pace.late(path));
                case TOO_LARGE, MALFORMED -> throw new Lie("GET " + path + ": " + answer.error());
            };
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
