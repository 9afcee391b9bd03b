package org.gridgov.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class InputExceptionTest {

    @Test
    void oneFileListsEveryProblemNumberedAndSorted() {
        ReadContext ctx = new ReadContext();
        ctx.report(new Source("scenarios/x.yaml", 12), "city.residents", "-5", "must be a whole number from 1000 to 50000000");
        ctx.report(new Source("scenarios/x.yaml", 3), "case_types.noise.effort", null, "missing; must be a mapping");
        ctx.report(new Source("scenarios/x.yaml", 7), "city.residnts", null, "unknown key; did you mean 'residents'?");
        InputException e = assertThrows(InputException.class, ctx::throwIfProblems);
        assertEquals("""
                3 problems in scenarios/x.yaml:
                  1) scenarios/x.yaml:3: case_types.noise.effort: missing; must be a mapping
                  2) scenarios/x.yaml:7: city.residnts: unknown key; did you mean 'residents'?
                  3) scenarios/x.yaml:12: city.residents = -5: must be a whole number from 1000 to 50000000""",
                e.getMessage());
        assertEquals(List.of(3, 7, 12), e.problems().stream().map(p -> p.source().line()).toList());
    }

    @Test
    void severalFilesAreTheInputAndDuplicatesShowOnce() {
        Problem set = new Problem(Source.override("seed=x"), "seed", "x", "must be a whole number from 0 to 9");
        Problem file = new Problem(new Source("x.yaml", 2), "", null, "syntax error at column 4: found undefined alias a");
        InputException e = new InputException(List.of(file, set, file));
        assertEquals("""
                2 problems in the input:
                  1) --set seed=x: seed = x: must be a whole number from 0 to 9
                  2) x.yaml:2: syntax error at column 4: found undefined alias a""", e.getMessage());
    }

    @Test
    void singleProblemIsSingular() {
        InputException e = new InputException(List.of(new Problem(new Source("y.yaml", 0), "", null, "file not found")));
        assertEquals("1 problem in y.yaml:\n  1) y.yaml: file not found", e.getMessage());
    }

    @Test
    void noProblemsNoException() {
        ReadContext ctx = new ReadContext();
        assertFalse(ctx.hasProblems());
        assertDoesNotThrow(ctx::throwIfProblems);
        ctx.report(new Source("a", 1), "", null, "m");
        assertTrue(ctx.hasProblems());
        assertThrows(IllegalArgumentException.class, () -> new InputException(List.of()));
    }
}
