package dev.blockdesk.chain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BlockHeaderTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void theQuickReadAgreesWithTheFullOneOnThousandsOfRandomBlocks() throws Exception {
        Random random = new Random(13);
        int quick = 0;
        for (int i = 0; i < 5_000; i++) {
            Block block = Block.fromJson(randomBlock(random), BlockHasher.SORTED_JSON);
            byte[] canonical = block.canonicalBytes();
            BlockHeader header = BlockHeader.read(canonical);
            String where = block.canonicalJson();
            if (header == null) {
                // only an escape in a value read here may send a block the thorough way
                assertEquals(true, where.contains("\\"), where);
                continue;
            }
            quick++;
            assertEquals(block.index(), header.index(), where);
            assertEquals(
                    Double.doubleToLongBits(block.timestamp()), Double.doubleToLongBits(header.timestamp()), where);
            assertEquals(block.proof(), header.proof(), where);
            assertEquals(block.previousHash(), header.previousHash(), where);
            assertEquals(block.previousHashIsText(), header.previousHashIsText(), where);
            assertEquals(block.transactionCount(), header.transactionCount(), where);
            assertArrayEquals(
                    block.transactions().stream()
                            .map(Transaction::id)
                            .filter(java.util.Objects::nonNull)
                            .toArray(),
                    header.transactionIds(),
                    where);
            assertEquals(canonical.length, header.canonicalLength(), where);
        }
        assertEquals(true, quick > 4_000, quick + " of 5000 read the quick way");
    }

    @Test
    void aBlockMissingAFieldOrOfTheWrongTypeHasNoHeader() {
        String good =
                "{\"index\": 2, \"previous_hash\": \"ab\", \"proof\": 5, \"timestamp\": 1.5, \"transactions\": []}";
        assertNotNull(read(good));
        assertNull(read(good.replace("\"index\": 2, ", "")));
        assertNull(read(good.replace("\"proof\": 5", "\"proof\": 5.0")));
        assertNull(read(good.replace("\"proof\": 5", "\"proof\": \"5\"")));
        assertNull(read(good.replace("1.5", "\"1.5\"")));
        assertNull(read(good.replace("[]", "{}")));
        assertNull(read(good.replace("[]", "[1]")));
        assertNull(read(good.replace("\"ab\"", "[]")));
        assertNull(read(good.replace("\"index\": 2", "\"index\": 99999999999999999999")));
        assertNull(read(good + " "));
        assertNull(read(good.substring(0, good.length() - 1)));
        assertNull(read("[]"));
        assertNull(read(""));
    }

    private static BlockHeader read(String json) {
        return BlockHeader.read(json.getBytes(StandardCharsets.UTF_8));
    }

    private static ObjectNode randomBlock(Random random) {
        ObjectNode block = JSON.objectNode();
        block.put("index", random.nextInt(3) == 0 ? random.nextLong() & Long.MAX_VALUE : random.nextInt(1_000_000));
        switch (random.nextInt(4)) {
            case 0 -> block.put("timestamp", random.nextDouble() * 2e9);
            case 1 -> block.put("timestamp", random.nextInt());
            case 2 -> block.put("timestamp", -random.nextDouble() * 1e-300);
            default -> block.put("timestamp", 1.7e9 + random.nextInt(1_000_000) / 1e6);
        }
        block.put(
                "proof",
                random.nextBoolean() ? BigInteger.valueOf(random.nextLong()) : new BigInteger(100, random).negate());
        if (random.nextInt(5) == 0) {
            block.put("previous_hash", random.nextInt(10));
        } else {
            block.put(
                    "previous_hash",
                    Sha256.hex(Long.toString(random.nextLong())) + (random.nextInt(50) == 0 ? "\"\u00e9" : ""));
        }
        ArrayNode transactions = block.putArray("transactions");
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            ObjectNode tx = transactions.addObject();
            tx.put("sender", random.nextBoolean() ? "0" : "a\"b\\c\u00e9 [{,}]");
            tx.put("recipient", Long.toHexString(random.nextLong()));
            tx.set("amount", randomValue(random, 2));
            if (random.nextBoolean()) {
                tx.put("id", random.nextInt(40) == 0 ? "x\u00e9" : Long.toHexString(random.nextLong()));
            } else if (random.nextInt(4) == 0) {
                tx.set("id", randomValue(random, 1));
            }
            if (random.nextInt(4) == 0) {
                tx.set("nested", randomValue(random, 3));
            }
        }
        if (random.nextInt(3) == 0) {
            block.set("extra", randomValue(random, 3));
            block.set("aaa", randomValue(random, 2));
        }
        return block;
    }

    private static JsonNode randomValue(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 8 : 6);
        return switch (kind) {
            case 0 -> JSON.numberNode(random.nextInt());
            case 1 -> JSON.numberNode(random.nextDouble());
            case 2 -> JSON.textNode("t\"x,]}" + random.nextInt(9));
            case 3 -> JSON.booleanNode(random.nextBoolean());
            case 4 -> JSON.nullNode();
            case 5 -> JSON.numberNode(new BigInteger(90, random));
            case 6 -> {
                ArrayNode array = JSON.arrayNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    array.add(randomValue(random, depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = JSON.objectNode();
                for (int i = random.nextInt(3); i > 0; i--) {
                    object.set(
                            "k" + random.nextInt(5) + (random.nextBoolean() ? "\u00e9" : ""),
                            randomValue(random, depth - 1));
                }
                object.set("index", JSON.numberNode(7));
                yield object;
            }
        };
    }
}
