package dev.blockdesk.ui.playground;

/**
 * One row of the playground's table: how long a block takes at a difficulty.
 *
 * @param difficulty leading zero hex digits
 * @param tries      expected tries, as shown: {@code 65,536}
 * @param time       expected time at the hash rate, as shown: {@code 42 ms}
 * @param current    whether this is the difficulty the builder is set to
 */
public record Estimate(int difficulty, String tries, String time, boolean current) {}
