package dev.blockdesk.testing;

import dev.blockdesk.chain.Block;
import dev.blockdesk.chain.BlockHasher;
import dev.blockdesk.chain.Chain;
import dev.blockdesk.chain.InvalidBlockException;
import dev.blockdesk.chain.WireJson;

/** Chains with transactions, for tests of balances: each block's transactions written as JSON, proof 1 (difficulty 0 takes any proof). */
public final class PaymentChains {

    private PaymentChains() {}

    /** {@code chain} with a block for each JSON array of transactions, one second apart. */
    public static Chain with(Chain chain, String... blockTransactions) {
        for (String txs : blockTransactions) {
            Block tip = chain.tip();
            String json = "{\"index\": " + (tip.index() + 1) + ", \"timestamp\": " + (tip.timestamp() + 1)
                    + ", \"transactions\": " + txs + ", \"proof\": 1, \"previous_hash\": \"" + tip.hash() + "\"}";
            try {
                chain = chain.append(Block.fromJson(WireJson.parse(json), BlockHasher.SORTED_JSON));
            } catch (InvalidBlockException e) {
                throw new AssertionError(e);
            }
        }
        return chain;
    }

    /** A transaction as JSON: {@code amount} is JSON too ({@code 5}, {@code 2.5}, {@code "lots"}). */
    public static String tx(String sender, String recipient, String amount) {
        return "{\"sender\": \"" + sender + "\", \"recipient\": \"" + recipient + "\", \"amount\": " + amount + "}";
    }

    /** A block's transactions as a JSON array. */
    public static String block(String... transactions) {
        return "[" + String.join(", ", transactions) + "]";
    }
}
