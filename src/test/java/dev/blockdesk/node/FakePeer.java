package dev.blockdesk.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;

/** A hostile or broken peer on loopback, speaking just enough HTTP to misbehave in one chosen way. */
final class FakePeer implements AutoCloseable {

    /** What to do with a connection once its request line and headers are read. */
    @FunctionalInterface
    interface Behaviour {
        void answer(OutputStream out, FakePeer peer) throws IOException, InterruptedException;
    }

    private final ServerSocket server;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    private FakePeer(Behaviour behaviour) throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(
                () -> {
                    while (!server.isClosed()) {
                        try {
                            Socket socket = server.accept();
                            sockets.add(socket);
                            Thread handler = new Thread(() -> handle(socket, behaviour), "fake-peer-connection");
                            handler.setDaemon(true);
                            handler.start();
                        } catch (IOException e) {
                            return;
                        }
                    }
                },
                "fake-peer-acceptor");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    static FakePeer answering(Behaviour behaviour) {
        try {
            return new FakePeer(behaviour);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static FakePeer json(String body) {
        return answering((out, peer) -> respond(out, "200 OK", "application/json", body));
    }

    static FakePeer html() {
        return answering((out, peer) ->
                respond(out, "200 OK", "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"));
    }

    /** Accepts the connection and never answers. */
    static FakePeer silent() {
        return answering((out, peer) -> peer.hang());
    }

    /** Sends the headers and a little of a chain, then nothing more. */
    static FakePeer stalling() {
        return answering((out, peer) -> {
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"chain\": ["
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            peer.hang();
        });
    }

    /** A body of {@code bytes} bytes: a chain document padded with spaces that never ends in time. */
    static FakePeer huge(long bytes) {
        return answering((out, peer) -> {
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + bytes
                            + "\r\n\r\n{\"chain\": ")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1 << 16];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (long sent = 10; sent < bytes; sent += spaces.length) {
                out.write(spaces, 0, (int) Math.min(spaces.length, bytes - sent));
            }
            out.flush();
        });
    }

    static void respond(OutputStream out, String status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("HTTP/1.1 " + status + "\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length
                        + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    /** Says nothing more until the test closes this peer. */
    private void hang() throws InterruptedException {
        closed.await();
    }

    /** How many connections the peer has accepted. */
    int connections() {
        return sockets.size();
    }

    String address() {
        return "127.0.0.1:" + server.getLocalPort();
    }

    private void handle(Socket socket, Behaviour behaviour) {
        try (socket) {
            InputStream in = socket.getInputStream();
            int matched = 0;
            byte[] end = "\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
            int b;
            while (matched < 4 && (b = in.read()) >= 0) {
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            behaviour.answer(socket.getOutputStream(), this);
        } catch (IOException e) {
            // the node hung up on us: that is what a careful node does to a bad peer
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing a test server
        }
        for (Socket socket : sockets) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a test connection
            }
        }
    }
}
