package dev.blockdesk.node;

import dev.blockdesk.chain.Block;
import java.time.Instant;

/**
 * A block of ours that a longer chain dropped, and when: kept (the last thousand) to be looked at
 * and exported, never part of the chain again unless a chain holding it wins.
 */
public record Orphan(Block block, Instant orphanedAt) {}
