package dev.blockdesk.chain;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a chain needs to know of a block without holding its JSON: the fields links, proofs and the
 * blocks table read, the number of transactions and their ids. Read from a stored block's canonical
 * JSON by one pass over its bytes that builds nothing (no tree, no token objects): how a long
 * stored chain is loaded at the speed of its bytes.
 *
 * <p>The bytes come from the store, where they hash to the hash recorded with them, so they are the
 * canonical JSON Blockdesk wrote; anything unexpected (an escape in a name or a hash, a number where
 * an integer belongs, a field missing) gives no header, and the caller reads the block in full.
 *
 * @param transactionIds the ids of the transactions that have a string {@code id}, in order
 */
public record BlockHeader(
        long index,
        double timestamp,
        BigInteger proof,
        String previousHash,
        boolean previousHashIsText,
        int canonicalLength,
        int transactionCount,
        String[] transactionIds) {

    private static final String[] NONE = {};
    private static final int INDEX = 0;
    private static final int PROOF = 1;
    private static final int TIMESTAMP = 2;
    private static final int PREVIOUS_HASH = 3;
    private static final int TRANSACTIONS = 4;
    private static final int ID = 0;
    private static final byte[][] BLOCK_FIELDS = names("index", "proof", "timestamp", "previous_hash", "transactions");
    private static final byte[][] TRANSACTION_FIELDS = names(Transaction.ID);

    private static byte[][] names(String... names) {
        byte[][] bytes = new byte[names.length][];
        for (int i = 0; i < names.length; i++) {
            bytes[i] = names[i].getBytes(StandardCharsets.US_ASCII);
        }
        return bytes;
    }

    /** The header of a block stored as {@code canonical}, or null when it is not read the quick way (see above). */
    public static BlockHeader read(byte[] canonical) {
        try {
            return new Reader(canonical).block();
        } catch (RuntimeException e) { // out of bounds, a malformed number: not the canonical JSON of a block
            return null;
        }
    }

    /** One pass over one block's bytes. */
    private static final class Reader {
        private final byte[] in;
        private int at;

        Reader(byte[] in) {
            this.in = in;
        }

        BlockHeader block() {
            BigInteger index = null;
            BigInteger proof = null;
            double timestamp = Double.NaN;
            String previous = null;
            boolean previousIsText = false;
            int count = -1;
            List<String> ids = null;
            expect('{');
            if (peek() == '}') {
                return null;
            }
            do {
                switch (name(BLOCK_FIELDS)) {
                    case INDEX -> index = integer();
                    case PROOF -> proof = integer();
                    case TIMESTAMP -> timestamp = number();
                    case PREVIOUS_HASH -> {
                        previousIsText = peek() == '"';
                        BigInteger number = previousIsText ? null : integer();
                        previous = previousIsText ? value() : number == null ? null : number.toString();
                    }
                    case TRANSACTIONS -> {
                        ids = new ArrayList<>(0);
                        count = transactions(ids);
                    }
                    default -> skipValue();
                }
            } while (next() == ',');
            if (in[at - 1] != '}'
                    || at != in.length
                    || index == null
                    || index.bitLength() > 63
                    || proof == null
                    || !Double.isFinite(timestamp)
                    || previous == null
                    || count < 0) {
                return null;
            }
            return new BlockHeader(
                    index.longValue(),
                    timestamp,
                    proof,
                    previous,
                    previousIsText,
                    in.length,
                    count,
                    ids.isEmpty() ? NONE : ids.toArray(NONE));
        }

        /** The transactions array: how many objects it holds, each one's string id added to {@code ids}. -1 when it is not an array of objects. */
        private int transactions(List<String> ids) {
            expect('[');
            if (peek() == ']') {
                at++;
                return 0;
            }
            int count = 0;
            do {
                expect('{');
                count++;
                String id = null;
                if (peek() != '}') {
                    do {
                        boolean isId = name(TRANSACTION_FIELDS) == ID;
                        if (isId && peek() == '"') {
                            id = value();
                        } else {
                            id = isId ? null : id;
                            skipValue();
                        }
                    } while (next() == ',');
                    at--;
                }
                expect('}');
                if (id != null) {
                    ids.add(id);
                }
            } while (next() == ',');
            return in[at - 1] == ']' ? count : -1;
        }

        /**
         * A member's name and the colon after it, as its position in {@code known} or -1 for any
         * other name; matched in place, nothing allocated. A name with an escape is none of those read
         * here: canonical JSON escapes no ASCII letter.
         */
        private int name(byte[][] known) {
            expect('"');
            int start = at;
            while (in[at] != '"') {
                at += in[at] == '\\' ? 2 : 1;
            }
            int length = at++ - start;
            expect(':');
            for (int i = 0; i < known.length; i++) {
                if (java.util.Arrays.equals(in, start, start + length, known[i], 0, known[i].length)) {
                    return i;
                }
            }
            return -1;
        }

        /** A string value read here (a hash, an id): one with an escape is not read the quick way. */
        private String value() {
            String value = string();
            if (value == null) {
                throw new IllegalArgumentException("an escape in a value read");
            }
            return value;
        }

        /** A string without escapes, or null (the string skipped) for one with. */
        private String string() {
            expect('"');
            int start = at;
            while (in[at] != '"') {
                if (in[at] == '\\') {
                    at = start - 1;
                    skipValue();
                    return null;
                }
                at++;
            }
            return new String(in, start, at++ - start, StandardCharsets.ISO_8859_1);
        }

        /** An integer literal, or null (skipped) for any other value; up to 18 digits read in place. */
        private BigInteger integer() {
            skipSpace();
            int start = at;
            skipValue();
            boolean negative = in[start] == '-';
            int digits = start + (negative ? 1 : 0);
            if (digits == at) {
                return null;
            }
            long value = 0;
            for (int i = digits; i < at; i++) {
                if (in[i] < '0' || in[i] > '9') {
                    return null;
                }
                value = value * 10 + (in[i] - '0');
            }
            if (at - digits > 18) {
                return new BigInteger(new String(in, start, at - start, StandardCharsets.ISO_8859_1));
            }
            return BigInteger.valueOf(negative ? -value : value);
        }

        /** A number literal as a double, or NaN for any other value. */
        private double number() {
            skipSpace();
            int start = at;
            skipValue();
            String literal = new String(in, start, at - start, StandardCharsets.ISO_8859_1).strip();
            char first = literal.isEmpty() ? ' ' : literal.charAt(0);
            return (first == '-' || (first >= '0' && first <= '9')) ? Double.parseDouble(literal) : Double.NaN;
        }

        /** Skips any one value: a string, an object or array with all inside it, or a literal. */
        private void skipValue() {
            skipSpace();
            int depth = 0;
            do {
                byte b = in[at++];
                if (b == '"') {
                    while (in[at] != '"') {
                        at += in[at] == '\\' ? 2 : 1;
                    }
                    at++;
                } else if (b == '{' || b == '[') {
                    depth++;
                } else if (b == '}' || b == ']') {
                    depth--;
                } else if (depth == 0) {
                    while (at < in.length && in[at] != ',' && in[at] != '}' && in[at] != ']') {
                        at++;
                    }
                }
            } while (depth > 0);
        }

        /** The next structural byte, consumed. */
        private byte next() {
            skipSpace();
            return in[at++];
        }

        private byte peek() {
            skipSpace();
            return in[at];
        }

        private void expect(char c) {
            if (next() != c) {
                throw new IllegalArgumentException("expected " + c);
            }
        }

        private void skipSpace() {
            while (in[at] == ' ' || in[at] == '\n' || in[at] == '\r' || in[at] == '\t') {
                at++;
            }
        }
    }
}
