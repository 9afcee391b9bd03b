package org.gridgov.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The one-line effort form: what is accepted, and what a mistake is told. */
class EffortFormatTest {

    @Test
    void readsEveryFamily() throws Exception {
        assertEquals(Effort.exponential(1.5), EffortFormat.parse("exponential(mean=1.5)"));
        assertEquals(new Effort(Effort.Kind.LOGNORMAL, 1.5, 1), EffortFormat.parse("lognormal(mean=1.5, sd=1)"));
        assertEquals(new Effort(Effort.Kind.GAMMA, 3, 2), EffortFormat.parse("gamma(sd=2, mean=3)"));
        assertEquals(Effort.fixed(0.25), EffortFormat.parse("fixed(hours=0.25)"));
    }

    @Test
    void spacesAndCaseDoNotMatter() throws Exception {
        assertEquals(new Effort(Effort.Kind.LOGNORMAL, 2, 0.5), EffortFormat.parse(" LogNormal ( Mean = 2 ,SD=5e-1 ) "));
    }

    @Test
    void writesWhatItReads() throws Exception {
        for (String text : new String[] {"exponential(mean=1.5)", "lognormal(mean=1.5, sd=1)", "gamma(mean=3, sd=2)",
                "fixed(hours=2)"}) {
            assertEquals(text, EffortFormat.parse(text).toString());
        }
    }

    @Test
    void tellsHowToFixAMistake() {
        assertMessage("lognorm(1,2)", "unknown distribution 'lognorm'; did you mean lognormal(mean=1, sd=2)? Allowed: "
                + EffortFormat.ALLOWED);
        assertMessage("expo(mean=2)", "unknown distribution 'expo'; did you mean exponential(mean=2)? Allowed: "
                + EffortFormat.ALLOWED);
        assertMessage("lognormal(1.5, 1)", "lognormal takes mean and sd by name, in working hours; cannot read '1.5':"
                + " write e.g. lognormal(mean=1.5, sd=1)");
        assertMessage("gamma(mean=2)", "gamma takes mean and sd by name, in working hours; sd is missing:"
                + " write e.g. gamma(mean=2, sd=1)");
        assertMessage("gamma()", "gamma takes mean and sd by name, in working hours; mean and sd are missing:"
                + " write e.g. gamma(mean=2, sd=1)");
        assertMessage("exponential(mean=2, sd=2)", "exponential takes mean by name, in working hours; sd is not one"
                + " of them: write e.g. exponential(mean=2)");
        assertMessage("exponential(mean=-1)", "mean must be a number of working hours greater than 0, not '-1'");
        assertMessage("fixed(hours=0)", "hours must be a number of working hours greater than 0, not '0'");
        assertMessage("fixed(hours=NaN)", "hours must be a number of working hours greater than 0, not 'nan'");
        assertMessage("fixed(hours=1e999)", "hours must be a number of working hours greater than 0, not '1e999'");
        assertMessage("fixed(hours=2, hours=3)", "hours is given twice");
        assertMessage("2.5", "must be a distribution, not a number; for a constant effort write fixed(hours=2.5)."
                + " Allowed: " + EffortFormat.ALLOWED);
        assertMessage("about two hours", "must be a distribution: " + EffortFormat.ALLOWED);
    }

    private static void assertMessage(String text, String message) {
        EffortFormat.BadEffort e = assertThrows(EffortFormat.BadEffort.class, () -> EffortFormat.parse(text));
        assertEquals(message, e.getMessage(), text);
    }
}
