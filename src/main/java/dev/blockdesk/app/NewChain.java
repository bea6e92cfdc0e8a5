package dev.blockdesk.app;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blockdesk.chain.ChainRules;
import dev.blockdesk.chain.ChainStudyRules;
import dev.blockdesk.chain.ChainText;
import dev.blockdesk.chain.Dialects;
import dev.blockdesk.chain.InvalidTransactionException;
import dev.blockdesk.chain.TransactionRules;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What File → New chain… starts: a chain of {@code dialect} at {@code difficulty} whose miner is
 * rewarded {@code reward}; when the data directory is reset, whether its peers are kept. The
 * choices are stored as the data directory's settings, so the next start uses them.
 *
 * @param dialect    one of {@link Dialects#IDS}
 * @param difficulty from {@link #MIN_DIFFICULTY} to {@link #MAX_DIFFICULTY} (pyscoop's proof ignores it)
 * @param reward     the mining reward as typed: {@code 5} stays an integer, {@code 2.5} a float
 * @param keepPeers  whether a reset keeps the peers
 */
public record NewChain(String dialect, int difficulty, String reward, boolean keepPeers) {

    public static final int MIN_DIFFICULTY = 1;
    public static final int MAX_DIFFICULTY = 7;

    /** @throws IllegalArgumentException naming what is wrong: an unknown dialect, a difficulty out of range, a bad reward */
    public NewChain {
        dialect = Dialects.rules(dialect, 0).id();
        if (difficulty < MIN_DIFFICULTY || difficulty > MAX_DIFFICULTY) {
            throw new InvalidChoiceException(
                    ChainText.of("setup.difficulty.range", MIN_DIFFICULTY, MAX_DIFFICULTY, difficulty));
        }
        reward = reward == null ? "" : reward.strip();
        ChainText problem = rewardProblemText(reward);
        if (problem != null) {
            throw new InvalidChoiceException(problem);
        }
    }

    /** The reward a dialect's node gives unless told otherwise: chain-study's 100, the others' 1. */
    public static String defaultReward(String dialect) {
        return ChainStudyRules.ID.equals(dialect) ? "100" : "1";
    }

    /** Why {@code text} cannot be a reward ("The reward must be a number, found \"x\""), or null when it can. */
    public static String rewardProblem(String text) {
        return ChainText.english(rewardProblemText(text));
    }

    /** {@link #rewardProblem} as a text the window can say in its language ({@link ChainText#in}), or null. */
    public static ChainText rewardProblemText(String text) {
        try {
            TransactionRules.parseAmount(text == null ? "" : text.strip());
            return null;
        } catch (InvalidTransactionException e) {
            ChainText reason = e.text();
            Object[] args = reason.args().toArray();
            String key = reason.key() == null ? "" : reason.key();
            return switch (key) {
                case "chain.transaction.amountRequired" -> ChainText.of("setup.reward.required");
                case "chain.transaction.amountMissing" -> ChainText.of("setup.reward.missing");
                case "chain.transaction.amountNumber" -> ChainText.of("setup.reward.number", args);
                case "chain.transaction.amountFinite" -> ChainText.of("setup.reward.finite", args);
                case "chain.transaction.amountPositive" -> ChainText.of("setup.reward.positive", args);
                case "chain.transaction.amountMax" -> ChainText.of("setup.reward.max", args);
                default -> ChainText.of("setup.reward.other", reason);
            };
        }
    }

    /** The new chain's rules. */
    public ChainRules rules() {
        return Dialects.rules(dialect, difficulty);
    }

    /** The reward as the node pays it. */
    public JsonNode rewardAmount() {
        try {
            return TransactionRules.parseAmount(reward);
        } catch (InvalidTransactionException e) {
            throw new IllegalStateException("the reward was checked when this choice was made", e);
        }
    }

    /** The data directory's settings that make the next start use this choice. */
    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(NodeSetup.DIALECT, dialect);
        settings.put(NodeSetup.DIFFICULTY, Integer.toString(difficulty));
        settings.put(NodeSetup.REWARD, reward);
        return settings;
    }
}
