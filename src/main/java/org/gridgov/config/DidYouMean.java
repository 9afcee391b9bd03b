package org.gridgov.config;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Suggests the word the user probably meant. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * The candidate closest to {@code word} (ignoring case) by Damerau-Levenshtein distance, if it
     * is close enough: at most max(2, length/3) edits, and not a complete rewrite of the word.
     * Ties go to the earliest candidate. Failing that, the shortest candidate the word (3 letters or more)
     * begins, so that a name cut short is still recognised.
     */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        boolean close = bestDistance <= Math.max(2, w.length() / 3) && bestDistance < w.length();
        if (close) {
            return Optional.of(best);
        }
        // A word that is the start of a longer name (on_time for on_time_rate): the shortest such name.
        return w.length() < 3 ? Optional.empty() : candidates.stream()
                .filter(c -> c.toLowerCase(Locale.ROOT).startsWith(w))
                .min(Comparator.comparingInt(String::length));
    }

    /** Edits (insert, delete, substitute, swap two adjacent letters) turning a into b; "optimal string alignment". */
    static int distance(String a, String b) {
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
            }
            int[] t = before;
            before = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
