package dev.blockdesk.node;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads at most {@code limit} bytes, then fails: a peer cannot make us read without end. */
final class CappedInputStream extends FilterInputStream {

    /** Thrown when the stream goes past its limit. */
    static final class TooLargeException extends IOException {
        TooLargeException(long limit) {
            super("the answer is larger than " + Sizes.describe(limit));
        }
    }

    private final long limit;
    private long read;

    CappedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, (int) Math.min(length, limit - read + 1));
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLargeException {
        read += n;
        if (read > limit) {
            throw new TooLargeException(limit);
        }
    }
}
