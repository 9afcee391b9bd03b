package org.gridgov.cli;

import static org.gridgov.cli.MainTest.gridgov;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;

import org.gridgov.testing.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * An experiment's report.html in a real browser (headless Chromium, driven over the DevTools Protocol) at a
 * laptop's 1400 x 900 pixels, in every language a report is written in: it loads without a script error, a
 * console error or a failed load, every image shows, the table of contents leads to every section, {@code <html
 * lang>} names the language, and the answer's table ends on the first screen. The first screen is saved to
 * {@code target/report-in-browser/report-LANG.png}.
 * <p>
 * Skipped when Chromium is not installed, unless the environment sets {@code GRIDGOV_REQUIRE_BROWSER=1}, as
 * {@code .ci/run} does after installing it: then a missing browser fails.
 */
class ReportInBrowserTest {

    /**
     * A language a report is written in: its code for {@code --lang}, the {@code <html lang>} its page declares and
     * the heading of the page's first section, the answer.
     */
    record Language(String code, String htmlLang, String answerHeading) {
        @Override
        public String toString() {
            return code;
        }
    }

    /** The languages of the report (--lang), each checked in full. */
    static final List<Language> LANGUAGES = List.of(new Language("en", "en", "The answer"),
            new Language("zh", "zh-CN", "结论"));

    /** The first screen: a laptop's browser window. */
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 900;

    /** Where the screenshots go, in the build folder (the tests run in the project folder). */
    private static final Path SCREENSHOTS = Path.of("target", "report-in-browser");

    /**
     * The page's facts as the browser laid it out: its language, headings, table of contents, broken images, charts
     * drawn with no size, and the answer (the first section's first table) with its position in the window.
     */
    private static final String FACTS = """
            (() => {
              const headings = [...document.querySelectorAll('h2')];
              const first = headings[0];
              let table = null;
              for (let e = first ? first.nextElementSibling : null; e && e.tagName !== 'H2'; e = e.nextElementSibling) {
                table = e.tagName === 'TABLE' ? e : e.querySelector('table');
                if (table) break;
              }
              const box = table ? table.getBoundingClientRect() : null;
              return {
                lang: document.documentElement.getAttribute('lang'),
                title: document.title,
                h1: document.querySelector('h1') ? document.querySelector('h1').textContent : null,
                innerWidth: window.innerWidth,
                innerHeight: window.innerHeight,
                scrollWidth: document.documentElement.scrollWidth,
                headings: headings.map(h => h.textContent),
                contents: [...document.querySelectorAll('nav a')].map(a => ({
                  text: a.textContent, href: a.getAttribute('href'),
                  leads: (a.getAttribute('href') || '').startsWith('#')
                      && document.getElementById(a.getAttribute('href').slice(1)) !== null})),
                images: document.images.length,
                brokenImages: [...document.images].filter(i => !i.complete || i.naturalWidth === 0).map(i => i.src),
                charts: document.querySelectorAll('svg').length,
                emptyCharts: [...document.querySelectorAll('svg')].filter(s => {
                  const r = s.getBoundingClientRect(); return r.width === 0 || r.height === 0; }).length,
                answer: table ? {heading: first.textContent, rows: table.rows.length, top: box.top,
                  bottom: box.bottom, right: box.right,
                  hidden: table.parentElement.scrollWidth - table.parentElement.clientWidth} : null
              };
            })()""";

    /** One experiment for all languages, each language's report and visit once for all tests. */
    @TempDir
    static Path dir;
    /** Each language's {@link Visit}, or the exception that prevented it. */
    private static final Map<Language, Object> VISITS = new ConcurrentHashMap<>();

    /** What the browser saw on opening a report: the problems it reported and the page's facts. */
    private record Visit(Path report, List<String> problems, JsonNode facts, Path screenshot) {
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("LANGUAGES")
    void opensWithoutErrors(Language language) {
        Visit v = visit(language);
        assertTrue(v.problems().isEmpty(), v.report() + " in Chromium:\n  " + String.join("\n  ", v.problems()));
        JsonNode f = v.facts();
        assertAll(
                () -> assertEquals(List.of(), strings(f.get("brokenImages")), "images that did not load"),
                () -> assertEquals(0, f.get("emptyCharts").asInt(), "charts drawn with no width or height"),
                () -> assertTrue(f.get("charts").asInt() > 0, "the report draws charts"),
                () -> assertTrue(!f.get("title").asText().isBlank() && !f.path("h1").asText().isBlank(),
                        "a title and a heading: " + f),
                () -> assertEquals(WIDTH, f.get("innerWidth").asInt(), "window width"),
                () -> assertEquals(HEIGHT, f.get("innerHeight").asInt(), "window height"));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("LANGUAGES")
    void declaresItsLanguage(Language language) {
        JsonNode f = visit(language).facts();
        assertEquals(language.htmlLang(), f.get("lang").asText(), "<html lang>");
        assertEquals(language.answerHeading(), f.get("headings").path(0).asText(), "the first section");
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("LANGUAGES")
    void hasATableOfContents(Language language) {
        JsonNode f = visit(language).facts();
        List<String> entries = new ArrayList<>();
        List<String> dangling = new ArrayList<>();
        for (JsonNode a : f.get("contents")) {
            entries.add(a.get("text").asText());
            if (!a.get("leads").asBoolean()) {
                dangling.add(a.get("text").asText() + " -> " + a.get("href").asText());
            }
        }
        assertTrue(entries.size() >= 3, "a table of contents (a <nav> of links): " + f.get("contents"));
        assertEquals(strings(f.get("headings")), entries, "one entry for each section, in order");
        assertEquals(List.of(), dangling, "entries that lead nowhere");
    }

    /** The page opens with the answer: its table ends within the first screen, on a laptop. */
    @ParameterizedTest(name = "{0}")
    @FieldSource("LANGUAGES")
    void answerEndsOnTheFirstScreen(Language language) {
        Visit v = visit(language);
        JsonNode answer = v.facts().get("answer");
        assertTrue(answer != null && !answer.isNull(), "the first section has a table: " + v.facts());
        assertTrue(answer.get("bottom").asDouble() <= HEIGHT, String.format(Locale.ROOT, "the answer's"
                + " table (%d rows) runs from %.0f px to %.0f px, beyond the first screen's %d px; see %s",
                answer.get("rows").asInt(), answer.get("top").asDouble(), answer.get("bottom").asDouble(), HEIGHT,
                v.screenshot()));
        // and across: no column cut off or scrolled out of view
        assertTrue(answer.get("hidden").asDouble() <= 0 && answer.get("right").asDouble() <= WIDTH,
                String.format(Locale.ROOT, "the answer's table is %.0f px wider than its place (right edge at %.0f px);"
                        + " see %s", answer.get("hidden").asDouble(), answer.get("right").asDouble(), v.screenshot()));
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("LANGUAGES")
    void firstScreenIsSaved(Language language) throws IOException {
        Path png = visit(language).screenshot();
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " is a PNG");
        assertEquals(WIDTH + " x " + HEIGHT, image.getWidth() + " x " + image.getHeight(), png.toString());
    }

    /**
     * The checks above can fail: a page with a script error, a console error, a missing image and a missing style
     * sheet shows every one of them.
     */
    @Test
    void noticesWhatGoesWrong() throws IOException {
        Path chromium = chromium();
        Path page = dir.resolve("broken.html");
        Files.writeString(page, """
                <!DOCTYPE html>
                <html lang="en"><head><title>broken</title><link rel="stylesheet" href="missing.css" /></head>
                <body><h1>broken</h1><img src="missing.png" alt="" />
                <script>console.error("the console error"); null.field;</script></body></html>
                """);
        Visit v = open(chromium, page, "broken");
        String all = String.join("\n", v.problems());
        assertAll(
                () -> assertTrue(all.contains("script error: TypeError"), all),
                () -> assertTrue(all.contains("console.error: the console error"), all),
                () -> assertTrue(all.contains("failed to load " + dir.resolve("missing.png").toUri()), all),
                () -> assertTrue(all.contains("failed to load " + dir.resolve("missing.css").toUri()), all),
                () -> assertEquals(List.of(dir.resolve("missing.png").toUri().toString()),
                        strings(v.facts().get("brokenImages"))),
                () -> assertEquals(JsonNodeType.NULL, v.facts().get("answer").getNodeType(), "no answer"));
    }

    /** Chromium's executable; the test is skipped without it, or fails when the environment requires it. */
    private static Path chromium() {
        Optional<Path> chromium = HeadlessChromium.find();
        if (chromium.isEmpty()) {
            String why = "chromium not found; .ci/run installs it";
            if ("1".equals(System.getenv("GRIDGOV_REQUIRE_BROWSER"))) {
                fail(why + " (GRIDGOV_REQUIRE_BROWSER=1 requires the browser test)");
            }
            assumeTrue(false, why);
        }
        return chromium.get();
    }

    /**
     * The report of {@code language}, opened in Chromium once for all tests (a failure to open it too, so that it
     * costs one timeout, not one a test); skipped, or failed, when there is no Chromium.
     */
    private static Visit visit(Language language) {
        Path chromium = chromium();
        List<String> options = new ArrayList<>();
        if (!language.code().equals("en") || hasLangOption()) {
            assumeTrue(hasLangOption(), "gridgov experiment has no --lang option yet, so no " + language + " report");
            options.addAll(List.of("--lang", language.code()));
        }
        Object visit = VISITS.computeIfAbsent(language, l -> {
            try {
                return open(chromium, report(l, options), "report-" + l.code());
            } catch (IOException | RuntimeException e) {
                return e;
            }
        });
        if (visit instanceof Exception e) {
            throw new IllegalStateException("could not open the " + language + " report in Chromium: " + e, e);
        }
        return (Visit) visit;
    }

    /**
     * A small experiment's report in {@code language} ({@code options} choose it): 2 scenarios of 3,000 residents, 2 replications of 20 days
     * (a few seconds), enough for every section of a comparison.
     */
    private static Path report(Language language, List<String> options) throws IOException {
        ExperimentFolder folder = new ExperimentFolder(dir);
        if (!Files.exists(dir.resolve("small.yaml"))) {
            folder.write("small.yaml", """
                    name: small
                    description: a small Q City
                    simulation: {days: 20, seed: 1, warmup_days: 2}
                    city: {residents: 3000}
                    """);
            folder.write("browser.yaml", """
                    name: browser
                    description: A small comparison, opened in a browser.
                    scenarios:
                      - %1$s/small.yaml
                      - {file: %1$s/small.yaml, set: {grid_workers.households_per_worker: 400}, label: more-workers}
                    replications: 2
                    """.formatted(dir));
        }
        return folder.run("browser.yaml", "out-" + language.code(), options.toArray(new String[0]))
                .resolve("report.html");
    }

    private static boolean hasLangOption() {
        return gridgov("experiment", "--help").out().contains("--lang");
    }

    /**
     * Opens {@code report} in a fresh Chromium at {@code WIDTH x HEIGHT}, waits until it has loaded (fonts
     * included), gathers what went wrong and the page's facts, and saves the first screen as {@code name.png}.
     */
    private static Visit open(Path chromium, Path report, String name) throws IOException {
        try (HeadlessChromium browser = HeadlessChromium.start(chromium, WIDTH, HEIGHT)) {
            for (String domain : List.of("Runtime", "Log", "Page", "Network")) {
                browser.send(domain + ".enable");
            }
            browser.send("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH, "height", HEIGHT,
                    "deviceScaleFactor", 1, "mobile", false));
            int mark = browser.eventCount();
            String url = report.toUri().toString();
            JsonNode navigation = browser.send("Page.navigate", Map.of("url", url));
            List<String> problems = new ArrayList<>();
            if (navigation.has("errorText")) {
                problems.add("navigation to " + url + " failed: " + navigation.get("errorText").asText());
            } else {
                browser.awaitEvent("Page.loadEventFired", mark, "loading " + url);
                browser.evaluate("document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(() => r(true))))");
            }
            JsonNode facts = browser.evaluate(FACTS);
            problems.addAll(problems(browser.events(mark)));
            Files.createDirectories(SCREENSHOTS);
            Path png = SCREENSHOTS.resolve(name + ".png");
            JsonNode shot = browser.send("Page.captureScreenshot", Map.of("format", "png"));
            Files.write(png, Base64.getDecoder().decode(shot.get("data").asText()));
            return new Visit(report, problems, facts, png);
        }
    }

    /** Script errors, console errors, errors the browser logged and loads that failed, in words. */
    private static List<String> problems(List<JsonNode> events) {
        List<String> problems = new ArrayList<>();
        Map<String, String> urls = new HashMap<>();
        for (JsonNode e : events) {
            JsonNode p = e.path("params");
            switch (e.path("method").asText()) {
                case "Runtime.exceptionThrown" -> problems.add("script error: " + p.path("exceptionDetails").path(
                        "exception").path("description").asText(p.path("exceptionDetails").path("text").asText()));
                case "Runtime.consoleAPICalled" -> {
                    String type = p.path("type").asText();
                    if (type.equals("error") || type.equals("assert")) {
                        List<String> args = new ArrayList<>();
                        p.path("args").forEach(a -> args.add(a.path("value").asText(a.path("description").asText())));
                        problems.add("console." + type + ": " + String.join(" ", args));
                    }
                }
                case "Log.entryAdded" -> {
                    JsonNode entry = p.path("entry");
                    if (entry.path("level").asText().equals("error")) {
                        problems.add("browser error (" + entry.path("source").asText() + "): " + entry.path("text")
                                .asText() + (entry.has("url") ? " " + entry.get("url").asText() : ""));
                    }
                }
                case "Network.requestWillBeSent" -> urls.put(p.path("requestId").asText(), p.path("request")
                        .path("url").asText());
                case "Network.loadingFailed" -> problems.add("failed to load " + urls.getOrDefault(p.path("requestId")
                        .asText(), "a resource") + ": " + p.path("errorText").asText());
                case "Network.responseReceived" -> {
                    int status = p.path("response").path("status").asInt(0);
                    if (status >= 400) {
                        problems.add("HTTP " + status + " for " + p.path("response").path("url").asText());
                    }
                }
                default -> {
                    // other events say nothing about errors
                }
            }
        }
        return problems;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
