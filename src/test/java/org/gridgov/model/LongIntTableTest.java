package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class LongIntTableTest {

    @Test
    void keepsWhatAHashMapKeepsThroughGrowthAndReplacement() {
        LongIntTable table = new LongIntTable();
        Map<Long, Integer> expected = new HashMap<>();
        SplittableRandom random = new SplittableRandom(7);
        // Cell pairs (a << 32 | b) as Distances stores them, many sharing low bits, with replacements.
        for (int i = 0; i < 20_000; i++) {
            long a = random.nextInt(300);
            long b = random.nextInt(300);
            long key = a << 32 | b;
            int value = random.nextInt(1_000_000);
            table.put(key, value);
            expected.put(key, value);
        }
        assertEquals(expected.size(), table.size());
        expected.forEach((k, v) -> assertEquals(v, table.get(k, -1), "key " + k));
        for (long k = 0; k < 5_000; k++) {
            long key = (k + 400) << 32 | k; // none of these was stored
            assertEquals(-1, table.get(key, -1));
        }
    }

    @Test
    void zeroIsAKeyLikeAnyOtherAndNegativeKeysAreRefused() {
        LongIntTable table = new LongIntTable();
        assertEquals(-1, table.get(0, -1));
        table.put(0, 42);
        assertEquals(42, table.get(0, -1));
        assertThrows(IllegalArgumentException.class, () -> table.put(-1, 1));
    }
}
