package dev.blockdesk.chain;

import java.util.Objects;

/**
 * What the four dialects share in shape: a name, the tutorial it comes from, a block hasher, a
 * proof rule and a genesis block. Each dialect is a subclass that fills these in and overrides
 * what its node does differently (pyscoop's links and timestamps, chain-study's file format).
 * Two rules are equal when they are the same dialect with equal proof rules.
 */
abstract class DialectRules implements ChainRules {

    private final String id;
    private final ChainText tutorial;
    private final BlockHasher hasher;
    private final ProofRule proof;
    private final GenesisShape genesis;

    DialectRules(String id, ChainText tutorial, BlockHasher hasher, ProofRule proof, GenesisShape genesis) {
        this.id = id;
        this.tutorial = tutorial;
        this.hasher = hasher;
        this.proof = proof;
        this.genesis = genesis;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String tutorial() {
        return tutorial.english();
    }

    @Override
    public final ChainText tutorialText() {
        return tutorial;
    }

    @Override
    public final BlockHasher hasher() {
        return hasher;
    }

    @Override
    public ProofRule proof() {
        return proof;
    }

    @Override
    public final long firstIndex() {
        return genesis.index();
    }

    @Override
    public final Block genesis(double timestamp) {
        return genesis.create(timestamp, hasher);
    }

    @Override
    public final String genesisProblem(Block block) {
        return ChainText.english(genesis.problem(block));
    }

    @Override
    public final ChainText genesisProblemText(Block block) {
        return genesis.problem(block);
    }

    @Override
    public final boolean equals(Object o) {
        return o instanceof DialectRules other && id.equals(other.id) && proof.equals(other.proof);
    }

    @Override
    public final int hashCode() {
        return Objects.hash(id, proof);
    }

    @Override
    public final String toString() {
        return id + ", " + proof;
    }
}
