package dev.blockdesk.app;

import dev.blockdesk.chain.WireJson;
import dev.blockdesk.node.Node;
import dev.blockdesk.node.PeerStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every kind of request a web page (or a page rebinding its name to this machine) can make to drive
 * a node, each of which must be refused with a 4xx and change nothing: the browser test's no-cors
 * {@code fetch}, form posts, {@code <img>} and rebinding, as headers say they come, against every
 * route that changes state or starts work; plus bodies of a type the node does not read. Used by
 * {@code blockdesk bench-hostile} and its test.
 */
public final class HostileRequests {

    /** The origin a node under test lets read ({@code --cors}), but not write. */
    public static final String READER = "http://reader.example";

    /**
     * One hostile request and what must answer it.
     *
     * @param name     what it is, for the table
     * @param request  the request
     * @param status   the status it must get
     * @param fragment text its {@code {"error"}} must hold
     */
    public record Kind(String name, RawHttp.Request request, int status, String fragment) {}

    /** What a request could change: the chain, the pending pool, the peers and the chain file {@code GET /write} writes. */
    public record State(int length, String tip, int pending, List<String> peers, boolean chainFile) {
        public static State of(Node node) {
            Path directory = node.config().dataDirectory();
            return new State(
                    node.chain().length(),
                    node.chain().tip().hash(),
                    node.pending().size(),
                    node.peers().stream()
                            .map(PeerStatus::address)
                            .map(Object::toString)
                            .sorted()
                            .toList(),
                    directory != null && Files.exists(directory.resolve("chains.json")));
        }
    }

    /** How one kind was answered. */
    public record Outcome(Kind kind, int status, String error, boolean unchanged) {
        /** A 4xx with the expected reason; a HEAD answer has no body to hold one. */
        public boolean refused() {
            boolean head = kind.request().method().equals("HEAD");
            return status >= 400 && status < 500 && (head || error != null && error.contains(kind.fragment()));
        }

        public boolean passed() {
            return refused() && status == kind.status() && unchanged;
        }
    }

    private HostileRequests() {}

    /** Every kind, against a node listening on {@code port} that has {@code peer} registered, to be removed by none. */
    public static List<Kind> kinds(int port, String peer) {
        int other = port == 65535 ? port - 1 : port + 1;
        String[][] from = {
            {"another site", "Origin", "http://evil.example"},
            {"another port of this host", "Origin", "http://127.0.0.1:" + other},
            {"localhost on another port", "Origin", "http://localhost:" + other},
            {"https on this host and port", "Origin", "https://127.0.0.1:" + port},
            {"a sandboxed or file page (Origin: null)", "Origin", "null"},
            {"a --cors reader (read-only)", "Origin", READER},
            {"no-cors, cross-site (no Origin)", "Sec-Fetch-Site", "cross-site"},
            {"no-cors, another port (same-site, no Origin)", "Sec-Fetch-Site", "same-site"},
            {"an old browser (Referer only)", "Referer", "http://evil.example/page.html"},
        };
        String tx = "{\"sender\": \"page\", \"recipient\": \"attacker\", \"amount\": 5}";
        String boundary = "----formdata-page";
        String multipart =
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"sender\"\r\n\r\npage\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"recipient\"\r\n\r\nattacker\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"amount\"\r\n\r\n5\r\n--" + boundary + "--\r\n";
        List<RawHttp.Request> acts = List.of(
                RawHttp.Request.of("POST", "/transactions/new").body("text/plain;charset=UTF-8", tx),
                RawHttp.Request.of("POST", "/transactions/new")
                        .body("application/x-www-form-urlencoded", "sender=page&recipient=attacker&amount=5"),
                RawHttp.Request.of("POST", "/transactions/new")
                        .body("multipart/form-data; boundary=" + boundary, multipart),
                RawHttp.Request.of("POST", "/create-transaction").body("application/json", tx),
                RawHttp.Request.of("POST", "/nodes/register")
                        .body("text/plain", "{\"nodes\": [\"http://127.0.0.1:9\"]}"),
                RawHttp.Request.of("POST", "/register-node")
                        .body("application/json", "{\"address\": \"http://127.0.0.1:9\"}"),
                RawHttp.Request.of("DELETE", "/nodes/" + peer.replace("http://", "")),
                RawHttp.Request.of("GET", "/mine"),
                RawHttp.Request.of("HEAD", "/mine"),
                RawHttp.Request.of("GET", "/nodes/resolve"),
                RawHttp.Request.of("GET", "/sync-chain"),
                RawHttp.Request.of("GET", "/write"));
        List<Kind> kinds = new ArrayList<>();
        for (String[] page : from) {
            for (RawHttp.Request act : acts) {
                kinds.add(new Kind(
                        act.method() + " " + act.path() + describeBody(act) + " from " + page[0],
                        act.with(page[1], page[2]).with("Accept", "*/*"),
                        403,
                        "came from a web page of another origin"));
            }
        }
        String rebound = "evil.example:" + port;
        for (RawHttp.Request request : List.of(
                RawHttp.Request.of("GET", "/chain"),
                RawHttp.Request.of("GET", "/mine"),
                RawHttp.Request.of("GET", "/transactions/pending"),
                RawHttp.Request.of("POST", "/transactions/new")
                        .body("application/json", tx)
                        .with("Origin", "http://" + rebound))) {
            kinds.add(new Kind(
                    request.method() + " " + request.path() + " under a rebound name (Host: " + rebound + ")",
                    request.with("Host", rebound),
                    403,
                    "DNS rebinding"));
        }
        kinds.add(new Kind(
                "GET /mine with Host: this host on another port",
                RawHttp.Request.of("GET", "/mine").with("Host", "127.0.0.1:" + other),
                403,
                "DNS rebinding"));
        kinds.add(new Kind(
                "GET /mine with Host: 0.0.0.0:" + port,
                RawHttp.Request.of("GET", "/mine").with("Host", "0.0.0.0:" + port),
                403,
                "DNS rebinding"));
        for (String[] preflight :
                new String[][] {{"http://evil.example", "POST"}, {READER, "POST"}, {"http://evil.example", "GET"}}) {
            kinds.add(new Kind(
                    "CORS preflight of " + preflight[1] + " /transactions/new from " + preflight[0],
                    RawHttp.Request.of("OPTIONS", "/transactions/new")
                            .with("Origin", preflight[0])
                            .with("Access-Control-Request-Method", preflight[1])
                            .with("Access-Control-Request-Headers", "content-type"),
                    403,
                    "may not " + preflight[1]));
        }
        for (String[] type : new String[][] {
            {"/transactions/new", "text/plain"},
            {"/transactions/new", "application/xml"},
            {"/create-transaction", "text/csv"},
            {"/nodes/register", "text/plain"},
            {"/nodes/register", "multipart/form-data; boundary=x"},
            {"/register-node", "application/octet-stream"}
        }) {
            kinds.add(new Kind(
                    "POST " + type[0] + " as " + type[1] + " (no browser)",
                    RawHttp.Request.of("POST", type[0])
                            .body(type[1], type[0].startsWith("/nodes") ? "{\"nodes\": [\"http://127.0.0.1:9\"]}" : tx),
                    415,
                    "is not read here; send application/json"));
        }
        return kinds;
    }

    private static String describeBody(RawHttp.Request request) {
        String type = request.headers().get("Content-Type");
        return type == null ? "" : " (" + type.replaceAll(";.*", "") + ")";
    }

    /** Sends {@code kind} to {@code node} and checks its state before and after. */
    public static Outcome run(Node node, Kind kind) throws IOException {
        State before = State.of(node);
        RawHttp.Answer answer = RawHttp.send(node.port(), kind.request());
        String error = null;
        if (String.valueOf(answer.header("Content-Type")).startsWith("application/json")
                && !answer.body().isEmpty()) {
            error = WireJson.parse(answer.body()).path("error").asText(null);
        }
        return new Outcome(kind, answer.status(), error, State.of(node).equals(before));
    }
}
