package dev.blockdesk.ui.blocks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockHasher;
import dev.blockdesk.chain.WireJson;
import dev.blockdesk.ui.i18n.Language;
import dev.blockdesk.ui.i18n.Messages;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The block detail's column of JSON field names: translated labels line up with them in a monospaced font, in every language. */
class BlockDescriptionTest {

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    /** A block with a field the protocol does not name, and a mining reward. */
    private static Block block() throws Exception {
        return Block.fromJson(
                WireJson.parse("{\"index\": 2, \"timestamp\": 1700000001.5, \"transactions\": [{\"sender\": \"0\","
                        + " \"recipient\": \"miner1\", \"amount\": 1}], \"proof\": 7, \"previous_hash\": \""
                        + "ab".repeat(32) + "\","
                        + " \"nonce\": 12}"),
                BlockHasher.SORTED_JSON);
    }

    /** The column on screen where each detail line's value starts (a wide character takes two). */
    private static List<Integer> valueColumns(String detail) {
        return detail.lines()
                .map(line -> {
                    int end = line.indexOf("  ");
                    while (line.charAt(end) == ' ') {
                        end++;
                    }
                    return BlockDescription.width(line.substring(0, end));
                })
                .toList();
    }

    @Test
    void inEnglishTheFieldsAreAsTheyWere() throws Exception {
        BlockDescription description = BlockDescription.of(block(), null, null, false);
        assertTrue(description.detail().startsWith("index          2\ntimestamp      "), description.detail());
        assertTrue(description.detail().endsWith("\nother fields   nonce"), description.detail());
        assertEquals("reward  0 → miner1  1", description.transactions().get(0));
        assertEquals(
                "The stored chain is still being checked: its proofs of work and links are explained once it is.",
                description.explanation());
    }

    @Test
    void inKoreanAndChineseTheTranslatedLabelsLineUpWithTheFieldNames() throws Exception {
        for (Language language : List.of(Language.KOREAN, Language.SIMPLIFIED_CHINESE)) {
            Messages.use(language);
            BlockDescription description = BlockDescription.of(block(), null, null, false);
            assertEquals(List.of(15, 15, 15, 15, 15, 15), valueColumns(description.detail()), description.detail());
            assertTrue(
                    description.detail().startsWith("index          2\ntimestamp      "),
                    "the field names stay JSON's");
            String reward = description.transactions().get(0);
            assertEquals(8, BlockDescription.width(reward.substring(0, reward.indexOf('0'))), reward);
        }
        Messages.use(Language.KOREAN);
        assertTrue(BlockDescription.of(block(), null, null, false).detail().endsWith("\n기타 필드      nonce"));
        assertEquals(
                "보상    0 → miner1  1",
                BlockDescription.of(block(), null, null, false).transactions().get(0));
        Messages.use(Language.SIMPLIFIED_CHINESE);
        assertTrue(BlockDescription.of(block(), null, null, false).detail().endsWith("\n其他字段       nonce"));
    }
}
