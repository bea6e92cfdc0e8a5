package dev.blockdesk.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.WireJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** chain-study's {@code GET /write}: chains.json in the data directory, as that node loads it. */
class ChainFileRouteTest {

    private final TestNodes nodes = new TestNodes();

    @TempDir
    Path dir;

    @AfterEach
    void close() {
        nodes.close();
    }

    @Test
    void writeLeavesTheFileTheChainStudyNodeLoadsAtStartUp() throws Exception {
        Node node = nodes.start(TestNodes.config().withDialect("chain-study").withDataDirectory(dir));
        TestNodes.mine(node, 2);

        TestNodes.Answer answer = TestNodes.get(node.url(), "/write");

        assertEquals(200, answer.status(), answer.text());
        assertEquals(3, answer.json().get("chains").size());
        assertTrue(answer.json().get("message").textValue().startsWith("...  Writing whole chains to chains.json ..."));
        String file = Files.readString(dir.resolve("chains.json"));
        assertTrue(file.startsWith("[{\"index\": 1, \"timestamp\": "), "a bare array in creation key order: " + file);
        assertTrue(new ChainValidator(Dialects.rules("chain-study", TestNodes.DIFFICULTY))
                .validate(WireJson.parse(file.getBytes()))
                .isValid());
        assertEquals(
                WireJson.parse(file.getBytes()), answer.json().get("chains"), "the answer holds the chain written");
    }

    @Test
    void aNodeWithoutADataDirectoryHasNowhereToWrite() {
        Node node = nodes.start(TestNodes.config());
        TestNodes.Answer answer = TestNodes.get(node.url(), "/write");
        assertEquals(503, answer.status());
        assertEquals("this node keeps no data directory, so there is nowhere to write chains.json", answer.error());
        assertFalse(Files.exists(dir.resolve("chains.json")));
    }
}
