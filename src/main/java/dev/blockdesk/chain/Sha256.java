package dev.blockdesk.chain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 with lowercase hex, as Python's {@code hashlib.sha256(...).hexdigest()}. */
public final class Sha256 {

    private static final HexFormat HEX = HexFormat.of();
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::newDigest);

    private Sha256() {}

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    public static byte[] digest(byte[] message) {
        return DIGEST.get().digest(message);
    }

    public static String hex(byte[] message) {
        return HEX.formatHex(digest(message));
    }

    public static String hex(String ascii) {
        return hex(ascii.getBytes(StandardCharsets.UTF_8));
    }

    /** How many '0' characters a hex digest starts with: what a proof of work's difficulty counts. */
    public static int leadingZeros(String hex) {
        int zeros = 0;
        while (zeros < hex.length() && hex.charAt(zeros) == '0') {
            zeros++;
        }
        return zeros;
    }
}
