package dev.blockdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.CanonicalJson;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.ChainStudyRules;
import dev.blockdesk.chain.ChainValidator;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.PyscoopRules;
import dev.blockdesk.chain.WireJson;
import dev.blockdesk.testing.Chains;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate, import and export across dialects, and a data directory keeping its dialect. */
class DialectCommandsTest {

    @TempDir
    Path dir;

    private Path vector(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/vectors/dialects/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void validateFindsEachSeedNodesDialect() throws Exception {
        assertEquals(
                List.of("VALID 5 blocks (dvf-early)"),
                CommandLineTest.run(
                                "", "validate", vector("dvf-early-chain.json").toString())
                        .lines());
        assertEquals(
                List.of("VALID 11 blocks (chain-study)"),
                CommandLineTest.run(
                                "",
                                "validate",
                                vector("chain-study-chains_old.json").toString())
                        .lines());
        assertEquals(
                List.of("VALID 6 blocks (pyscoop)"),
                CommandLineTest.run("", "validate", vector("pyscoop-chain.json").toString())
                        .lines());
        Path genesis = Files.writeString(
                dir.resolve("genesis.json"),
                "[{\"index\": 1, \"timestamp\": 1.5, \"transactions\": [], \"proof\": 100, \"previous_hash\": 1}]");
        CommandLineTest.Run genesisOnly = CommandLineTest.run("", "validate", genesis.toString());
        assertEquals(
                List.of("VALID 1 block (dvf, dvf-early, chain-study)"),
                genesisOnly.lines(),
                "a lone genesis block fits three dialects");
    }

    @Test
    void validateGivesTheVerdictOfTheDialectThatGotFurthest() throws Exception {
        String chain = Files.readString(vector("pyscoop-chain.json")).replace("\"proof\": 21", "\"proof\": 22");
        String file = Files.writeString(dir.resolve("edited.json"), chain).toString();
        CommandLineTest.Run run = CommandLineTest.run("", "validate", file);
        assertEquals(1, run.exit());
        assertEquals(
                List.of("INVALID block 3: proof 22 + last_proof 14 is not a multiple of 7 (remainder 1) (pyscoop)"),
                run.lines());
        CommandLineTest.Run asked = CommandLineTest.run("", "validate", "--dialect", "dvf", file);
        assertEquals(List.of("INVALID block 1: index is 0, expected 1 (dvf)"), asked.lines());
        CommandLineTest.Run unknown = CommandLineTest.run("", "validate", "--dialect", "bitcoin", file);
        assertEquals(2, unknown.exit());
        assertEquals(
                "validate: --dialect: unknown dialect \"bitcoin\"; Blockdesk speaks dvf, dvf-early, chain-study, pyscoop",
                unknown.err().strip());
    }

    @Test
    void importRefusesAChainOfAnotherDialectSayingWhich() throws Exception {
        Path data = dir.resolve("data");
        Path file = vector("dvf-early-chain.json");
        CommandLineTest.Run refused = CommandLineTest.run("", "import", "--data-dir", data.toString(), file.toString());
        assertEquals(1, refused.exit());
        assertEquals(
                "import: refused, the chain in " + file
                        + " is a dvf-early chain; this data directory's is dvf (still only its"
                        + " genesis block: import with --dialect dvf-early to make it a dvf-early chain)",
                refused.err().strip());

        CommandLineTest.Run imported = CommandLineTest.run(
                "", "import", "--data-dir", data.toString(), "--dialect", "dvf-early", file.toString());
        assertEquals(0, imported.exit(), imported.err());
        try (NodeSetup setup = NodeSetup.open(data, null, false, notice -> {})) {
            assertEquals("dvf-early", setup.dialect(), "the data directory recorded its new dialect");
            assertEquals(5, setup.chain().length());
        }
    }

    @Test
    void aChainWithMinedBlocksNeverChangesDialect() throws Exception {
        Path data = dir.resolve("data");
        try (NodeSetup setup = NodeSetup.open(data, 0, "chain-study", false, notice -> {})) {
            assertEquals(ChainStudyRules.ID, setup.rules().id());
            setup.store()
                    .replaceBlocks(
                            1, Chains.grow(setup.chain(), setup.rules(), 2).blocks(), List.of());
        }
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> NodeSetup.openStore(data, null, "pyscoop"));
        assertEquals(
                "the chain in " + data
                        + " is a chain-study chain of 3 blocks, so it cannot speak pyscoop: start it with"
                        + " --dialect chain-study, or use another --data-dir for a pyscoop node",
                refused.getMessage());
        try (NodeSetup setup = NodeSetup.open(data, null, null, false, notice -> {})) {
            assertEquals("chain-study", setup.dialect(), "nothing changed");
            assertEquals(3, setup.chain().length());
        }
    }

    @Test
    void aGenesisOnlyChainTakesTheDialectAskedFor() throws Exception {
        Path data = dir.resolve("data");
        try (NodeSetup setup = NodeSetup.open(data, null, false, notice -> {})) {
            assertEquals("dvf", setup.dialect(), "a new data directory speaks dvf");
        }
        try (NodeSetup setup = NodeSetup.open(data, null, "pyscoop", false, notice -> {})) {
            assertEquals(PyscoopRules.ID, setup.dialect());
            assertEquals(0, setup.chain().tip().index(), "a pyscoop genesis block, index 0");
            assertEquals(List.of(), setup.store().orphans(), "the dvf genesis block given up is not kept as an orphan");
        }
        try (NodeSetup setup = NodeSetup.open(data, null, null, false, notice -> {})) {
            assertEquals("pyscoop", setup.dialect(), "kept");
        }
    }

    @Test
    void exportWritesChainStudysChainsJsonAsThatNodeLoadsIt() throws Exception {
        Path data = dir.resolve("data");
        try (NodeSetup setup = NodeSetup.open(data, 0, "chain-study", false, notice -> {})) {
            setup.store()
                    .replaceBlocks(
                            1, Chains.grow(setup.chain(), setup.rules(), 2).blocks(), List.of());
        }
        Path file = dir.resolve("chains.json");
        CommandLineTest.Run run = CommandLineTest.run("", "export", "--data-dir", data.toString(), file.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("exported 3 chain-study blocks to " + file, run.out().strip());
        String text = Files.readString(file, StandardCharsets.US_ASCII);
        assertTrue(text.startsWith("[{\"index\": 1, \"timestamp\": "), "a bare array, keys in creation order: " + text);
        assertTrue(text.contains("\"transactions\": [], \"proof\": 100, \"previous_hash\": 1}, {\"index\": 2"), text);
        assertTrue(new ChainValidator(Dialects.rules("chain-study", 0))
                .validate(WireJson.parse(Files.readAllBytes(file)))
                .isValid());
    }

    @Test
    void exportOrphanedWritesTheBlocksALongerChainDropped() throws Exception {
        Path data = dir.resolve("data");
        Chain dropped;
        try (NodeSetup setup = NodeSetup.open(data, 0, null, false, notice -> {})) {
            Chain ours = Chains.branch(setup.chain(), 2, 1);
            setup.store().replaceBlocks(2, ours.blocks().subList(1, 3), List.of());
            Chain theirs = Chains.branch(setup.chain(), 3, 2);
            setup.store().replaceBlocks(2, theirs.blocks().subList(1, 4), List.of());
            dropped = ours;
        }
        Path file = dir.resolve("orphaned.json");
        CommandLineTest.Run run =
                CommandLineTest.run("", "export", "--data-dir", data.toString(), "--orphaned", file.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals("exported 2 orphaned blocks to " + file, run.out().strip());
        JsonNode written = WireJson.parse(Files.readAllBytes(file));
        assertEquals(2, written.get("length").asInt());
        assertEquals(
                dropped.blocks().get(1).canonicalJson(),
                CanonicalJson.write(written.get("orphaned").get(0)));
        assertEquals(
                dropped.blocks().get(2).canonicalJson(),
                CanonicalJson.write(written.get("orphaned").get(1)));
    }
}
