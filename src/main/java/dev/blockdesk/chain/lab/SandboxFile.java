package dev.blockdesk.chain.lab;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.Explained;
import dev.blockdesk.chain.MalformedJsonException;
import dev.blockdesk.chain.WireJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chain files for the sandbox: any chain file opened, valid or not, in the dialect it fits best;
 * and the sandbox chain written as its dialect's chain file even when it is invalid, so that a
 * class can hand tampered chains around and every importer refuses them with the reason.
 */
public final class SandboxFile {

    /** A file the sandbox cannot hold at all: not JSON, or no list of block objects in it. */
    public static final class UnreadableChainException extends Exception implements Explained {
        private final transient ChainText text;

        public UnreadableChainException(String message) {
            super(message);
            this.text = message == null ? null : ChainText.verbatim(message);
        }

        /** The message as a text the window can say in its language; the message is its English. */
        public UnreadableChainException(ChainText message) {
            super(message.english());
            this.text = message;
        }

        @Override
        public ChainText text() {
            return text;
        }
    }

    /**
     * A chain file opened in the sandbox.
     *
     * @param chain   its blocks, checked under the dialect it fits best
     * @param dialect the verdicts under every candidate dialect
     */
    public record Opened(SandboxChain chain, Dialects.Detection dialect) {}

    /** The most blocks a sandbox opens: every block is an editable tree and a card; a lesson needs far fewer. */
    public static final int MAX_BLOCKS = 20_000;
    /** The most transactions a block of the sandbox may hold: each is a row of fields on its card. */
    public static final int MAX_TRANSACTIONS = 1_000;

    private static final String BLOCKS_TEXT = String.format(Locale.ROOT, "%,d", MAX_BLOCKS);
    private static final String TRANSACTIONS_TEXT = String.format(Locale.ROOT, "%,d", MAX_TRANSACTIONS);

    private SandboxFile() {}

    /**
     * Reads a chain document ({@code {"chain": [...]}} or a bare array of blocks) and picks the
     * dialect it fits best among {@code candidates} (the first it is valid in, or the one under which
     * its first bad block comes latest, the earlier candidate on a tie).
     */
    public static Opened read(byte[] file, List<ChainRules> candidates) throws UnreadableChainException {
        checkSize(file);
        JsonNode document;
        try {
            document = WireJson.parse(file);
        } catch (MalformedJsonException e) {
            throw new UnreadableChainException(ChainText.of("chain.file.notJson", e.text()));
        }
        JsonNode array = document.isObject() ? document.get("chain") : document;
        if (array == null || !array.isArray()) {
            throw new UnreadableChainException(
                    document.isObject()
                            ? ChainText.of("chain.file.noChainList")
                            : ChainText.of("chain.file.notAList", JsonText.typeName(document)));
        }
        if (array.isEmpty()) {
            throw new UnreadableChainException(ChainText.of("chain.file.empty"));
        }
        List<JsonNode> blocks = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            if (!array.get(i).isObject()) {
                throw new UnreadableChainException(ChainText.of(
                        "chain.file.blockNotObject",
                        i + 1,
                        JsonText.typeName(array.get(i)),
                        abbreviate(CanonicalJson.write(array.get(i)))));
            }
            blocks.add(array.get(i));
        }
        Dialects.Detection detection;
        try {
            detection = Dialects.detect(new ByteArrayInputStream(file), candidates, false);
        } catch (IOException e) {
            throw new UncheckedIOException("reading bytes in memory", e);
        }
        return new Opened(SandboxChain.of(detection.bestRules(), blocks), detection);
    }

    /**
     * Writes the sandbox chain as its dialect's node keeps a chain file ({@link ChainRules#writeFile}:
     * the {@code /chain} document, or chain-study's bare array in creation key order), whether it
     * is valid or not. A block without the block shape is written as its JSON stands.
     */
    public static void write(SandboxChain chain, OutputStream out) throws IOException {
        ChainRules rules = chain.rules();
        boolean bareArray = writesBareArray(rules);
        out.write((bareArray ? "[" : "{\"chain\": [").getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < chain.size(); i++) {
            if (i > 0) {
                out.write(", ".getBytes(StandardCharsets.US_ASCII));
            }
            Block block = chain.block(i);
            out.write(block != null ? rules.fileJson(block) : CanonicalJson.bytes(chain.json(i)));
        }
        out.write((bareArray ? "]" : "], \"length\": " + chain.size() + "}").getBytes(StandardCharsets.US_ASCII));
    }

    /** Whether the dialect's own file writer writes a bare array: asked of it with a chain of one genesis block. */
    static boolean writesBareArray(ChainRules rules) throws IOException {
        ByteArrayOutputStream probe = new ByteArrayOutputStream();
        rules.writeFile(Chain.startingAt(rules, 0), probe);
        return probe.size() > 0 && probe.toByteArray()[0] == '[';
    }

    /**
     * Refuses a chain too long for the sandbox, or a block with too many transactions, from a
     * streaming pass that builds nothing: a few megabytes of {@code [{},{},...]} would otherwise
     * become millions of trees. JSON that is not a chain is left to the full read, which says why.
     */
    private static void checkSize(byte[] file) throws UnreadableChainException {
        try (JsonParser parser = WireJson.parser(new ByteArrayInputStream(file))) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    boolean chain = "chain".equals(parser.currentName());
                    if (parser.nextToken() == JsonToken.START_ARRAY && chain) {
                        countBlocks(parser);
                    } else {
                        parser.skipChildren();
                    }
                }
            } else if (first == JsonToken.START_ARRAY) {
                countBlocks(parser);
            }
        } catch (IOException e) {
            // not JSON, or broken off: the full read names the problem
        }
    }

    /** Counts the blocks of the array the parser is at the start of, and the transactions of each. */
    private static void countBlocks(JsonParser parser) throws IOException, UnreadableChainException {
        int blocks = 0;
        for (JsonToken token = parser.nextToken();
                token != JsonToken.END_ARRAY && token != null;
                token = parser.nextToken()) {
            if (++blocks > MAX_BLOCKS) {
                throw new UnreadableChainException(ChainText.of("chain.file.tooManyBlocks", BLOCKS_TEXT));
            }
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean transactions = "transactions".equals(parser.currentName());
                if (parser.nextToken() == JsonToken.START_ARRAY && transactions) {
                    int count = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        parser.skipChildren();
                        if (++count > MAX_TRANSACTIONS) {
                            throw new UnreadableChainException(
                                    ChainText.of("chain.file.tooManyTransactions", blocks, TRANSACTIONS_TEXT));
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
