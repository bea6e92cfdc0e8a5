package dev.blockdesk.ui;

import java.util.concurrent.Callable;

/** Waiting for what other threads make true, with generous bounds. */
final class TestFx {

    private TestFx() {
    }

    static void await(double seconds, Callable<Boolean> condition) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        try {
            while (!condition.call()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("timed out after " + seconds + " s");
                }
                Thread.sleep(20);
            }
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
