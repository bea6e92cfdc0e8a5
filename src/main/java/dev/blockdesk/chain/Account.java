package dev.blockdesk.chain;

import java.math.BigDecimal;

/**
 * One address as the chain knows it, by {@link Ledger}'s rule.
 *
 * @param address      the address, as the transactions spell it
 * @param balance      everything received minus everything sent; amounts that are not numbers count as zero
 * @param transactions the transactions that name it as sender or recipient, mining rewards among them
 * @param minedRewards the sum of the mining rewards it received
 * @param rewards      how many mining rewards it received
 * @param notNumeric   how many of its transactions have an amount that is not a number (a string, say): they moved nothing
 * @param firstBlock   the first block that names it
 * @param lastBlock    the last block that names it
 */
public record Account(
        String address,
        BigDecimal balance,
        int transactions,
        BigDecimal minedRewards,
        int rewards,
        int notNumeric,
        long firstBlock,
        long lastBlock) {}
