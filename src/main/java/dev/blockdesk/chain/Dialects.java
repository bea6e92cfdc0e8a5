package dev.blockdesk.chain;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The dialects Blockdesk speaks, by the ids of {@code dialects.md}, and finding which one a chain
 * is in. A chain belongs to one dialect: its genesis, hashing and proof rule decide whether it is
 * valid at all, so an honest verdict names the dialect it was checked in.
 */
public final class Dialects {

    /** Every dialect id, the default first. */
    public static final List<String> IDS = List.of(DvfRules.ID, DvfEarlyRules.ID, ChainStudyRules.ID, PyscoopRules.ID);

    private Dialects() {}

    /**
     * The rules of dialect {@code id} at {@code difficulty} (pyscoop's rule has none).
     *
     * @throws IllegalArgumentException for an unknown id, naming the known ones
     */
    public static ChainRules rules(String id, int difficulty) {
        return switch (id == null ? "" : id.strip().toLowerCase(Locale.ROOT)) {
            case DvfRules.ID -> new DvfRules(difficulty);
            case DvfEarlyRules.ID -> new DvfEarlyRules(difficulty);
            case ChainStudyRules.ID -> new ChainStudyRules(difficulty);
            case PyscoopRules.ID -> new PyscoopRules();
            default ->
                throw new IllegalArgumentException(
                        "unknown dialect \"" + id + "\"; Blockdesk speaks " + String.join(", ", IDS));
        };
    }

    /** Every dialect's rules at {@code difficulty}, the default first. */
    public static List<ChainRules> all(int difficulty) {
        return IDS.stream().map(id -> rules(id, difficulty)).toList();
    }

    /** {@code ours} first, then every other dialect at {@code difficulty}: the candidates for a chain we expect in ours. */
    public static List<ChainRules> oursFirst(ChainRules ours, int difficulty) {
        List<ChainRules> candidates = new ArrayList<>(List.of(ours));
        for (ChainRules other : all(difficulty)) {
            if (!other.id().equals(ours.id())) {
                candidates.add(other);
            }
        }
        return candidates;
    }

    /**
     * Validates a chain document under every candidate at once, reading it once.
     *
     * @param keep keep the valid chains (memory for each), or only count their blocks
     */
    public static Detection detect(InputStream in, List<ChainRules> candidates, boolean keep) throws IOException {
        List<ChainValidator.Run> runs = new ArrayList<>();
        candidates.forEach(rules -> runs.add(new ChainValidator(rules).run(keep, null)));
        List<ValidationResult> results = ChainValidator.readAll(in, keep, runs);
        return new Detection(candidates, results);
    }

    /**
     * A peer's chain document, validated in our dialect first and in every other at once, reading it
     * once: the first verdict is ours (its blocks equal to {@code known}'s kept as ours, see
     * {@link ChainValidator#validate(InputStream, Chain)}); the others say whether the peer speaks
     * another dialect. Reading stops when every dialect has refused the chain.
     */
    public static Detection detectAgainst(InputStream in, ChainValidator ours, Chain known, int difficulty)
            throws IOException {
        List<ChainRules> candidates = oursFirst(ours.rules(), difficulty);
        List<ChainValidator.Run> runs = new ArrayList<>();
        runs.add(ours.run(true, known));
        candidates.subList(1, candidates.size()).forEach(other -> runs.add(new ChainValidator(other).run(true, null)));
        return new Detection(candidates, ChainValidator.readAll(in, true, runs));
    }

    /**
     * The verdicts of one chain under several dialects.
     *
     * @param candidates the dialects tried, in order of preference
     * @param results    the verdict under each, in the same order
     */
    public record Detection(List<ChainRules> candidates, List<ValidationResult> results) {

        /** The dialects the chain is valid in, in order of preference. */
        public List<ChainRules> validIn() {
            List<ChainRules> valid = new ArrayList<>();
            for (int i = 0; i < results.size(); i++) {
                if (results.get(i).isValid()) {
                    valid.add(candidates.get(i));
                }
            }
            return valid;
        }

        /**
         * The dialect whose verdict counts: the first the chain is valid in, or else the one under
         * which it got furthest (its first bad block latest), the earlier on a tie.
         */
        public int best() {
            int best = 0;
            for (int i = 0; i < results.size(); i++) {
                ValidationResult result = results.get(i);
                if (result.isValid()) {
                    return i;
                }
                if (result.badBlock() > results.get(best).badBlock()) {
                    best = i;
                }
            }
            return best;
        }

        public ChainRules bestRules() {
            return candidates.get(best());
        }

        public ValidationResult bestResult() {
            return results.get(best());
        }

        /** {@code "dvf-early"}, or {@code "dvf, dvf-early"} for a chain several dialects accept, or the best failing one. */
        public String names() {
            List<ChainRules> valid = validIn();
            return valid.isEmpty()
                    ? bestRules().id()
                    : String.join(", ", valid.stream().map(ChainRules::id).toList());
        }
    }
}
