package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.node.NodeConfig;
import dev.blockdesk.testing.Logs;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A data directory whose stored settings are damaged still opens: the defaults are used, and the log says so. */
class DamagedSettingsTest {

    @TempDir
    Path dir;

    /** A data directory that has been used, with {@code key} then set to {@code value} behind Blockdesk's back. */
    private void stored(String key, String value) {
        try (NodeSetup setup = NodeSetup.openStore(dir, null)) {
            setup.store().putSetting(key, value);
        }
    }

    @Test
    void aStoredDifficultyThatIsNotANumberOpensWithTheDefault() throws Exception {
        stored(NodeSetup.DIFFICULTY, "abc");
        List<String> warnings = new CopyOnWriteArrayList<>();
        int difficulty = logging(warnings, () -> {
            try (NodeSetup setup = NodeSetup.openStore(dir, null)) {
                return setup.difficulty();
            }
        });
        assertEquals(4, difficulty);
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(
                warnings.get(0).contains("difficulty")
                        && warnings.get(0).contains("\"abc\"")
                        && warnings.get(0).contains("using 4"),
                warnings.get(0));
    }

    @Test
    void aStoredDifficultyOutOfRangeOpensWithTheDefault() throws Exception {
        stored(NodeSetup.DIFFICULTY, "99");
        List<String> warnings = new CopyOnWriteArrayList<>();
        assertEquals(4, (int) logging(warnings, () -> {
            try (NodeSetup setup = NodeSetup.openStore(dir, null)) {
                return setup.difficulty();
            }
        }));
        assertTrue(warnings.get(0).contains("\"99\""), warnings.get(0));
    }

    @Test
    void aStoredRewardThatIsNotAnAmountGivesRewardOne() throws Exception {
        stored(NodeSetup.REWARD, "lots");
        List<String> warnings = new CopyOnWriteArrayList<>();
        NodeConfig config = logging(warnings, () -> config());
        assertEquals(IntNode.valueOf(1), config.reward());
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(
                warnings.get(0).contains("reward")
                        && warnings.get(0).contains("\"lots\"")
                        && warnings.get(0).contains("using 1"),
                warnings.get(0));
    }

    @Test
    void aGoodStoredRewardIsUsedAndAGivenOneStillWinsAndIsChecked() throws Exception {
        stored(NodeSetup.REWARD, "2.5");
        assertEquals(DoubleNode.valueOf(2.5), config().reward());
        assertEquals(IntNode.valueOf(3), config("--reward", "3").reward());
        assertEquals(IntNode.valueOf(3), config().reward(), "a given reward is remembered");
        InvalidTransactionException e =
                assertThrows(InvalidTransactionException.class, () -> config("--reward", "lots"));
        assertEquals("--reward: amount must be a number, found \"lots\"", e.getMessage());
    }

    private NodeConfig config(String... args) throws Exception {
        NodeOptions options = new NodeOptions();
        new CommandLine(options).parseArgs(concat("--data-dir", dir.toString(), args));
        try (NodeSetup setup = options.openStore()) {
            return options.config(setup, 0);
        }
    }

    private static String[] concat(String first, String second, String... rest) {
        String[] all = new String[rest.length + 2];
        all[0] = first;
        all[1] = second;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    /** Runs {@code action}, adding the messages of the warnings Blockdesk logs meanwhile to {@code warnings}. */
    static <T> T logging(List<String> warnings, Callable<T> action) throws Exception {
        return Logs.warnings("dev.blockdesk", warnings, action);
    }
}
