package org.gridgov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProblemTest {

    private static final Source X12 = new Source("scenarios/x.yaml", 12);

    @Test
    void sourceDescribesFileAndLine() {
        assertEquals("scenarios/x.yaml:12", X12.describe());
        assertEquals("scenarios/x.yaml", new Source("scenarios/x.yaml", 0).describe());
        assertEquals("--set city.residents=abc", Source.override("city.residents=abc").describe());
        assertEquals(0, Source.override("a=1").line());
        assertThrows(IllegalArgumentException.class, () -> new Source("x.yaml", -1));
    }

    @Test
    void formatShowsPathValueAndMessage() {
        assertEquals("scenarios/x.yaml:12: city.residents = -5: must be a whole number from 1000 to 50000000",
                new Problem(X12, "city.residents", "-5", "must be a whole number from 1000 to 50000000").format());
        assertEquals("scenarios/x.yaml:12: city.residnts: unknown key; did you mean 'residents'?",
                new Problem(X12, "city.residnts", null, "unknown key; did you mean 'residents'?").format());
        assertEquals("scenarios/x.yaml:12: syntax error at column 3: mapping values are not allowed here",
                new Problem(X12, "", null, "syntax error at column 3: mapping values are not allowed here").format());
        assertEquals("--set city.residents=abc: city.residents = abc: must be a whole number from 1000 to 50000000",
                new Problem(Source.override("city.residents=abc"), "city.residents", "abc",
                        "must be a whole number from 1000 to 50000000").format());
    }

    @Test
    void valuesAreQuotedOnlyWhenOtherwiseUnclear() {
        assertEquals("x.yaml:12: name = \"\": must be non-empty text",
                new Problem(new Source("x.yaml", 12), "name", "", "must be non-empty text").format());
        assertEquals("plain words", Problem.shown("plain words"));
        assertEquals("\" padded \"", Problem.shown(" padded "));
        assertEquals("\"two\\nlines\"", Problem.shown("two\nlines"));
        assertEquals("\"say \\\"hi\\\" \\\\ bye\"", Problem.quote("say \"hi\" \\ bye"));
        assertEquals("\"bell\\u0007\"", Problem.quote("bell\u0007"));
    }

    @Test
    void longValuesAreCutToKeepOneLine() {
        String shown = Problem.shown("x".repeat(500));
        assertEquals(60, shown.length());
        assertEquals("x".repeat(57) + "...", shown);
    }

    @Test
    void orderIsFileThenLineThenPath() {
        Problem b3 = new Problem(new Source("b.yaml", 3), "k", null, "m");
        Problem a9 = new Problem(new Source("a.yaml", 9), "k", null, "m");
        Problem a2z = new Problem(new Source("a.yaml", 2), "z", null, "m");
        Problem a2a = new Problem(new Source("a.yaml", 2), "a", null, "m");
        assertEquals(List.of(a2a, a2z, a9, b3),
                List.of(b3, a9, a2z, a2a).stream().sorted(Problem.ORDER).toList());
    }
}
