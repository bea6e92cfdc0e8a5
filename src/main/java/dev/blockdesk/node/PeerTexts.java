package dev.blockdesk.node;

import dev.blockdesk.chain.ChainText;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the node says about a peer (its last error, a sync outcome's reason, a registration's
 * reason) as a {@link ChainText}, so the window can say it in its language while the HTTP API, the
 * CLI and the logs keep the English they always had.
 *
 * <p>The node composes these sentences in English in several places ({@link PeerGet}, {@link
 * PeerClient}, {@link MutualPeering}, {@link PeerOutcome}, {@link PeerNetwork}) and keeps them as
 * strings in its records; this class knows each sentence's shape and gives back the same sentence as a
 * key of the bundle with its values. A sentence of no known shape (a Java exception's message, a lying
 * peer's story) is {@linkplain ChainText#verbatim verbatim}: it reads in English in every language.
 * {@code PeerTextsTest} holds the shapes to the sentences the node really writes.
 */
final class PeerTexts {

    private record Shape(Pattern pattern, Function<Matcher, ChainText> text) {}

    private static final String N = "(\\d+)";

    private static final List<Shape> SHAPES = List.of(
            shape("unreachable: connection refused", m -> ChainText.of("node.peer.refused")),
            shape(
                    "unreachable: no connection within " + N + " s",
                    m -> ChainText.of("node.peer.noConnection", m.group(1))),
            shape(
                    "unreachable: could not look its address up within " + N + " s",
                    m -> ChainText.of("node.peer.noLookup", m.group(1))),
            shape("unreachable: (.*)", m -> ChainText.of("node.peer.unreachable", m.group(1))),
            shape("no complete answer within " + N + " s", m -> ChainText.of("node.peer.noAnswer", m.group(1))),
            shape(
                    "answered HTTP " + N + " to ([A-Z]+ [^ ]+?): (.+)",
                    m -> ChainText.of("node.peer.httpSaid", m.group(1), m.group(2), m.group(3))),
            shape(
                    "answered HTTP " + N + " to ([A-Z]+ [^ ]+)",
                    m -> ChainText.of("node.peer.http", m.group(1), m.group(2))),
            shape("did not answer with a chain: (.*)", m -> ChainText.of("node.peer.notChain", m.group(1))),
            shape(
                    "the answer is larger than (.+), the cap on a whole chain \\(--max-chain-bytes\\)",
                    m -> ChainText.of("node.peer.chainCap", m.group(1))),
            shape("the answer is larger than (.+)", m -> ChainText.of("node.peer.tooLarge", m.group(1))),
            shape(
                    "it has no route to add peers \\(([A-Z]+ [^ ]+) and ([A-Z]+ [^ ]+) answered 404\\)",
                    m -> ChainText.of("node.peer.noRegisterRoutes", m.group(1), m.group(2))),
            shape(
                    "it has no route to add peers \\((.+) answered 404\\)",
                    m -> ChainText.of("node.peer.noRegisterRoute", m.group(1))),
            shape(
                    "speaks (\\S+); this node speaks (\\S+)",
                    m -> ChainText.of("node.peer.speaks", m.group(1), m.group(2))),
            shape("invalid chain: (.*)", m -> ChainText.of("node.peer.invalidChain", m.group(1))),
            // a sync outcome's reason (PeerOutcome)
            shape("rejected: (.*)", m -> ChainText.of("node.outcome.rejected", said(m.group(1)))),
            shape(
                    "speaks (\\S+); this node speaks (\\S+) \\(1 block\\)",
                    m -> ChainText.of("node.outcome.speaks.one", m.group(1), m.group(2), "1")),
            shape(
                    "speaks (\\S+); this node speaks (\\S+) \\(" + N + " blocks\\)",
                    m -> ChainText.of("node.outcome.speaks.other", m.group(1), m.group(2), m.group(3))),
            shape(
                    "adopted: its " + N + " blocks replaced our genesis block; this node now speaks (\\S+) \\(it spoke"
                            + " (\\S+), with no mined block yet\\)",
                    m -> ChainText.of("node.outcome.newDialect", m.group(1), m.group(2), m.group(3))),
            shape(
                    "adopted: its " + N + " blocks replaced our " + N,
                    m -> ChainText.of("node.outcome.adopted", m.group(1), m.group(2))),
            shape(
                    "kept ours: its " + N + " valid blocks could not be stored: (.*)",
                    m -> ChainText.of("node.outcome.notStored", m.group(1), m.group(2))),
            shape(
                    "kept: its " + N + " blocks are valid, but a longer chain was adopted",
                    m -> ChainText.of("node.outcome.anotherAdopted", m.group(1))),
            shape("in sync: the same " + N + " blocks", m -> ChainText.of("node.outcome.inSync", m.group(1))),
            shape(
                    "kept ours: its " + N + " blocks are the first of our " + N,
                    m -> ChainText.of("node.outcome.prefix", m.group(1), m.group(2))),
            shape(
                    "kept ours: it starts from another genesis block and is not longer \\(1 block against our " + N
                            + "\\)",
                    m -> ChainText.of("node.outcome.otherGenesis.one", "1", m.group(1))),
            shape(
                    "kept ours: it starts from another genesis block and is not longer \\(" + N + " blocks against our "
                            + N + "\\)",
                    m -> ChainText.of("node.outcome.otherGenesis.other", m.group(1), m.group(2))),
            shape(
                    "kept ours: a tie at " + N + " blocks, forked at block " + N
                            + " \\(a tie keeps the chain we have until one branch grows longer\\)",
                    m -> ChainText.of("node.outcome.tie", m.group(1), m.group(2))),
            shape(
                    "kept ours: forked at block " + N + ", its " + N + " blocks are fewer than our " + N,
                    m -> ChainText.of("node.outcome.shorter", m.group(1), m.group(2), m.group(3))));

    private PeerTexts() {}

    private static Shape shape(String regex, Function<Matcher, ChainText> text) {
        return new Shape(Pattern.compile(regex, Pattern.DOTALL), text);
    }

    /**
     * {@code english}, a sentence the node wrote about a peer, as a text the window can say in its
     * language; its {@link ChainText#english()} is {@code english}, byte for byte. Null for null.
     */
    static ChainText said(String english) {
        if (english == null) {
            return null;
        }
        for (Shape shape : SHAPES) {
            Matcher m = shape.pattern().matcher(english);
            if (m.matches()) {
                ChainText text = shape.text().apply(m);
                if (text.english().equals(english)) {
                    return text;
                }
            }
        }
        return ChainText.verbatim(english);
    }
}
