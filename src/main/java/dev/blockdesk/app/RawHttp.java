package dev.blockdesk.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 request written byte for byte on its own connection, with any {@code Host},
 * {@code Origin} or {@code Sec-Fetch-*} header a browser would send (the JDK's HttpClient will not
 * set {@code Host}), and its answer read whole within a deadline.
 */
public final class RawHttp {

    /** How long one exchange may take, connecting to the last byte. */
    public static final Duration DEADLINE = Duration.ofSeconds(20);

    /** A request: {@code headers} in order; {@code Host} is {@code 127.0.0.1:port} unless given. */
    public record Request(String method, String path, Map<String, String> headers, String body) {
        public Request {
            headers = new LinkedHashMap<>(headers);
        }

        public static Request of(String method, String path) {
            return new Request(method, path, Map.of(), null);
        }

        public Request with(String header, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(header, value);
            return new Request(method, path, more, body);
        }

        public Request body(String contentType, String text) {
            return new Request(method, path, headers, text).with("Content-Type", contentType);
        }
    }

    /** An answer: its status, headers (names in lower case, the last of a repeat) and body text. */
    public record Answer(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private RawHttp() {}

    /** Sends {@code request} to the node on {@code 127.0.0.1:port} and reads its whole answer. */
    public static Answer send(int port, Request request) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) DEADLINE.toMillis());
            socket.setSoTimeout((int) DEADLINE.toMillis());
            byte[] body = request.body() == null ? new byte[0] : request.body().getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(request.method() + " " + request.path() + " HTTP/1.1\r\n");
            if (request.headers().keySet().stream().noneMatch(h -> h.equalsIgnoreCase("Host"))) {
                head.append("Host: 127.0.0.1:").append(port).append("\r\n");
            }
            request.headers()
                    .forEach((name, value) ->
                            head.append(name).append(": ").append(value).append("\r\n"));
            if (request.body() != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("Connection: close\r\n\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            return read(
                    socket.getInputStream(),
                    request.method().equalsIgnoreCase("HEAD"),
                    System.nanoTime() + DEADLINE.toNanos());
        }
    }

    private static Answer read(InputStream in, boolean head, long deadline) throws IOException {
        String status = line(in);
        String[] parts = status.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: " + status);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(in); !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(
                        line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        int code = Integer.parseInt(parts[1]);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (!head && code != 204 && code != 304) {
            String length = headers.get("content-length");
            byte[] buffer = new byte[1 << 14];
            long left = length == null ? Long.MAX_VALUE : Long.parseLong(length);
            int n;
            while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                body.write(buffer, 0, n);
                left -= n;
                if (System.nanoTime() > deadline) {
                    throw new IOException("the answer took longer than " + DEADLINE.toSeconds() + " s");
                }
            }
        }
        return new Answer(code, headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the connection closed mid-answer");
            }
            if (b != '\r') {
                line.write(b);
            }
            if (line.size() > 1 << 16) {
                throw new IOException("an answer line longer than 64 KiB");
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
