package org.gridgov.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Headless Chromium driven over the Chrome DevTools Protocol (CDP), for tests that open a page in a real browser:
 * one browser with a fresh, temporary profile, one page, commands sent and events collected over a WebSocket.
 * Every wait ends after {@link #TIMEOUT} with a message that says what did not happen, and {@link #close()} ends
 * the browser with all its processes and deletes the profile.
 */
public final class HeadlessChromium implements AutoCloseable {
    /** The longest any wait for the browser lasts. */
    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** The commands that start Chromium (Debian's package installs the first). */
    private static final List<String> COMMANDS = List.of("chromium", "chromium-browser", "google-chrome");

    /**
     * Headless, and quiet on a closed network: without the background-networking flags Chromium tries to reach
     * Google's servers. {@code --no-sandbox} because tests may run as root.
     */
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--remote-debugging-port=0");

    private final ObjectMapper json = new ObjectMapper();
    private final Path home;
    private final Path output;
    private final Process process;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    /** Every event the page sent, in order; guarded by itself. */
    private final List<JsonNode> events = new ArrayList<>();
    private WebSocket socket;

    private HeadlessChromium(Path home, Path output, Process process) {
        this.home = home;
        this.output = output;
        this.process = process;
    }

    /** Chromium's executable on the PATH, if there is one. */
    public static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String command : COMMANDS) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, command);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Starts {@code executable} with a window of {@code width} x {@code height} pixels and a new, empty profile,
     * and connects to its one page.
     */
    public static HeadlessChromium start(Path executable, int width, int height) throws IOException {
        Path home = Files.createTempDirectory("gridgov-chromium-");
        Path profile = home.resolve("profile");
        Files.createDirectories(profile);
        Path output = home.resolve("output.log");
        List<String> command = new ArrayList<>(List.of(executable.toString()));
        command.addAll(FLAGS);
        command.add("--user-data-dir=" + profile);
        command.add("--window-size=" + width + "," + height);
        command.add("about:blank");
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            delete(home);
            throw e;
        }
        HeadlessChromium browser = new HeadlessChromium(home, output, process);
        try {
            browser.connect(profile.resolve("DevToolsActivePort"));
            return browser;
        } catch (IOException | RuntimeException e) {
            browser.close();
            throw e;
        }
    }

    /** Reads the port Chromium chose from its profile, finds its page and opens a WebSocket to it. */
    private void connect(Path portFile) throws IOException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        int port = -1;
        while (port < 0) {
            List<String> lines = Files.exists(portFile) ? Files.readAllLines(portFile) : List.of();
            if (lines.size() >= 2 && !lines.get(0).isBlank()) {
                port = Integer.parseInt(lines.get(0).trim());
            } else {
                pause(deadline, "Chromium did not write its DevTools port to " + portFile);
            }
        }
        HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).connectTimeout(TIMEOUT).build();
        HttpRequest list = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .timeout(TIMEOUT).build();
        String page = null;
        while (page == null) {
            try {
                for (JsonNode target : json.readTree(http.send(list, HttpResponse.BodyHandlers.ofString()).body())) {
                    if (target.path("type").asText().equals("page") && target.has("webSocketDebuggerUrl")) {
                        page = target.get("webSocketDebuggerUrl").asText();
                        break;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (page == null) {
                pause(deadline, "Chromium listed no page on port " + port);
            }
        }
        socket = await(http.newWebSocketBuilder().connectTimeout(TIMEOUT).buildAsync(URI.create(page), new Listener()),
                "a WebSocket connection to " + page);
    }

    /** Waits a little before looking again, or fails with {@code what} once the deadline has passed or Chromium ended. */
    private void pause(long deadline, String what) {
        if (!process.isAlive()) {
            throw new IllegalStateException("Chromium ended with exit code " + process.exitValue() + " before it"
                    + " could be used; its output:\n" + output());
        }
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException(what + " within " + TIMEOUT.toSeconds() + " s; its output:\n" + output());
        }
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting: " + what, e);
        }
    }

    /**
     * Sends a command to the page and returns its result; fails when the browser reports an error or does not
     * answer within {@link #TIMEOUT}.
     */
    public JsonNode send(String method, Map<String, ?> params) {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        message.set("params", json.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        try {
            await(socket.sendText(message.toString(), true), "sending " + method);
            JsonNode reply = await(answer, "an answer to " + method);
            if (reply.has("error")) {
                throw new IllegalStateException("Chromium refused " + method + " " + params + ": " + reply.get("error"));
            }
            return reply.path("result");
        } finally {
            pending.remove(id);
        }
    }

    /** Sends a command without parameters. */
    public JsonNode send(String method) {
        return send(method, Map.of());
    }

    /**
     * Evaluates a JavaScript expression in the page and returns its value (a promise's once it settles); fails
     * when the expression throws.
     */
    public JsonNode evaluate(String expression) {
        JsonNode result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true,
                "awaitPromise", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("the page could not evaluate " + expression + ": "
                    + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** How many events the page has sent so far: a mark for {@link #events(int)} and {@link #awaitEvent}. */
    public int eventCount() {
        synchronized (events) {
            return events.size();
        }
    }

    /** The events sent since {@code mark}, in order. */
    public List<JsonNode> events(int mark) {
        synchronized (events) {
            return List.copyOf(events.subList(mark, events.size()));
        }
    }

    /** Waits for the first event {@code method} sent since {@code mark}; {@code what} says in words what it means. */
    public JsonNode awaitEvent(String method, int mark, String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (events) {
            while (true) {
                for (JsonNode e : events.subList(mark, events.size())) {
                    if (e.path("method").asText().equals(method)) {
                        return e;
                    }
                }
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0 || !process.isAlive()) {
                    throw new IllegalStateException((process.isAlive() ? "" : "Chromium ended; ") + what + ": no "
                            + method + " within " + TIMEOUT.toSeconds() + " s; Chromium's output:\n" + output());
                }
                try {
                    events.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for " + method, e);
                }
            }
        }
    }

    private <T> T await(CompletableFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("no " + what + " from Chromium within " + TIMEOUT.toSeconds()
                    + " s; its output:\n" + output(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause() + "; Chromium's output:\n" + output(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }

    /** The last lines Chromium printed, for failure messages. */
    private String output() {
        try {
            List<String> lines = Files.readAllLines(output);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private void receive(String text) {
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (IOException e) {
            return; // not JSON: nothing CDP sends
        }
        if (message.has("id")) {
            CompletableFuture<JsonNode> answer = pending.get(message.get("id").asInt());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        synchronized (events) {
            events.add(message);
            events.notifyAll();
        }
    }

    /** Collects each message, which may arrive in parts (a screenshot's does), and hands it on whole. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder parts = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                String text = parts.toString();
                parts.setLength(0);
                receive(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            failPending(new IOException("Chromium closed the connection: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            failPending(error);
        }

        private void failPending(Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
            synchronized (events) {
                events.notifyAll();
            }
        }
    }

    /**
     * Ends the browser, politely first and then by force, with every process it started (renderers, GPU and
     * utility processes), and deletes its profile.
     */
    @Override
    public void close() {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        if (socket != null) {
            try {
                socket.sendText("{\"id\":0,\"method\":\"Browser.close\"}", true).get(2, TimeUnit.SECONDS);
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                // ended by force below
            }
            socket.abort();
        }
        tree.addAll(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // a process that outlives SIGKILL for 10 s is beyond a test's help
            }
        }
        delete(home);
    }

    private static void delete(Path dir) {
        for (int attempt = 0; attempt < 3 && Files.exists(dir); attempt++) {
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // a file vanished while walking: walk again
            }
        }
    }
}
