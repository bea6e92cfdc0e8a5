package dev.blockdesk.chain;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** How a dialect hashes a block. A block's hash is computed once, when the {@link Block} is built. */
@FunctionalInterface
public interface BlockHasher {

    /**
     * dvf's (and dvf-early's) {@code sha256(json.dumps(block, sort_keys=True).encode()).hexdigest()}:
     * the SHA-256 of the canonical JSON, which the block has at hand anyway.
     */
    BlockHasher SORTED_JSON = (block, canonical) -> Sha256.hex(canonical);

    /**
     * The block's hash as its dialect's Python node computes it, in lowercase hex.
     *
     * @param block     the block's JSON, extra fields included; read it, never change it
     * @param canonical the same block as {@link CanonicalJson} bytes (keys sorted), as Blockdesk
     *                  stores and serves it; read it, never change it
     */
    String hash(ObjectNode block, byte[] canonical);
}
