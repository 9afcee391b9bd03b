package org.gridgov.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What people read: the same text the report pages, console summaries, GUI and input messages showed before. */
class HumanNumTest {

    @Test
    void fourSignificantDigitsWithoutExponents() {
        assertEquals("1235", HumanNum.fourDigits(1234.5678));
        assertEquals("0.0125", HumanNum.fourDigits(0.0125));
        assertEquals("1200000", HumanNum.fourDigits(1_200_000));
        assertEquals("-3.142", HumanNum.fourDigits(-Math.PI));
        assertEquals("0", HumanNum.fourDigits(0));
        assertEquals("n/a", HumanNum.fourDigits(Double.NaN));
    }

    @Test
    void percentagesWithOneDecimal() {
        assertEquals("12.3%", HumanNum.percent(0.1234));
        assertEquals("100.0%", HumanNum.percent(1));
        assertEquals("n/a", HumanNum.percent(Double.NaN));
        assertEquals("-", HumanNum.percent(Double.NaN, "-"));
    }

    @Test
    void pValuesWithFourDecimals() {
        assertEquals("0.0312", HumanNum.pValue(0.03123));
        assertEquals("< 0.0001", HumanNum.pValue(0.00004));
        assertEquals("0.0001", HumanNum.pValue(0.0001));
        assertEquals("n/a", HumanNum.pValue(Double.NaN));
    }

    @Test
    void numbersAreShownExactlyAsPeopleWriteThem() {
        assertEquals("0", HumanNum.exact(0.0));
        assertEquals("20", HumanNum.exact(20.0));
        assertEquals("0.25", HumanNum.exact(0.25));
        assertEquals("-1.5", HumanNum.exact(-1.5));
        assertEquals("0.000001", HumanNum.exact(1e-6));
        assertEquals("1.0E-7", HumanNum.exact(1e-7));
        assertEquals("1.0E20", HumanNum.exact(1e20));
    }
}
