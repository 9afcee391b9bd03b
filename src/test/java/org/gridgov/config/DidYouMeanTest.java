package org.gridgov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    @Test
    void distanceCountsInsertsDeletesSubstitutionsAndSwaps() {
        assertEquals(0, DidYouMean.distance("seed", "seed"));
        assertEquals(1, DidYouMean.distance("residnts", "residents"));
        assertEquals(1, DidYouMean.distance("reisdents", "residents"));
        assertEquals(2, DidYouMean.distance("seed", "seat"));
        assertEquals(3, DidYouMean.distance("", "abc"));
        assertEquals(3, DidYouMean.distance("abc", ""));
        assertEquals(3, DidYouMean.distance("kitten", "sitting"));
    }

    @Test
    void suggestsTheClosestWhenCloseEnough() {
        List<String> keys = List.of("residents", "household_size", "old_neighbourhood_share");
        assertEquals(Optional.of("residents"), DidYouMean.closest("residnts", keys));
        assertEquals(Optional.of("household_size"), DidYouMean.closest("houshold_sise", keys));
        assertEquals(Optional.of("residents"), DidYouMean.closest("RESIDENTS", keys));
        assertEquals(Optional.empty(), DidYouMean.closest("population", keys));
        assertEquals(Optional.empty(), DidYouMean.closest("anything", List.of()));
    }

    @Test
    void thresholdIsTwoOrAThirdOfTheLength() {
        // 12 letters allow 4 edits, 6 letters only 2.
        assertEquals(Optional.of("abcdefghijkl"), DidYouMean.closest("abcdefghwxyz", List.of("abcdefghijkl")));
        assertEquals(Optional.empty(), DidYouMean.closest("abcdefghvwxyz", List.of("abcdefghijklm")));
        assertEquals(Optional.of("abcdef"), DidYouMean.closest("abcdxy", List.of("abcdef")));
        assertEquals(Optional.empty(), DidYouMean.closest("abcxyz", List.of("abcdef")));
        // Rewriting a whole short word is no suggestion.
        assertEquals(Optional.empty(), DidYouMean.closest("ab", List.of("cd")));
    }

    @Test
    void tiesGoToTheFirstCandidate() {
        assertEquals(Optional.of("mean"), DidYouMean.closest("meen", List.of("mean", "meet")));
        assertEquals(Optional.of("meet"), DidYouMean.closest("meen", List.of("meet", "mean")));
    }

    @Test
    void aNameCutShortIsRecognisedByItsStart() {
        assertEquals(Optional.of("on_time_rate"), DidYouMean.closest("on_time", List.of("resolution_rate", "on_time_rate")));
        assertEquals(Optional.of("cost_per_year"), DidYouMean.closest("cost_per", List.of("cost_per_resolution",
                "cost_per_year")), "the shortest name it begins");
        assertEquals(Optional.empty(), DidYouMean.closest("on", List.of("on_time_rate")), "too short to tell");
    }
}
