package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Beats: contiguous, covering every cell, every post busy, and each post's load within one cell of its share. */
class PostAssignmentTest {

    @Test
    void equalCellsAreDealtOutEvenly() {
        List<int[]> beats = PostAssignment.beats(new double[] {1, 1, 1, 1, 1, 1}, 3);
        assertArrayEquals(new int[] {0, 1}, beats.get(0));
        assertArrayEquals(new int[] {2, 3}, beats.get(1));
        assertArrayEquals(new int[] {4, 5}, beats.get(2));
    }

    @Test
    void aBusyCellGetsAPostOfItsOwnAndQuietCellsAreGrouped() {
        // Loads 1, 1, 1, 1, 6 with 2 posts: the share is 5; the busy cell alone, the four quiet ones together.
        List<int[]> beats = PostAssignment.beats(new double[] {1, 1, 1, 1, 6}, 2);
        assertArrayEquals(new int[] {0, 1, 2, 3}, beats.get(0));
        assertArrayEquals(new int[] {4}, beats.get(1));
    }

    @Test
    void aCellBusierThanSeveralSharesIsShared() {
        // Share 3: the middle cell (load 7) holds the midpoints of posts 2 and 3 and its own.
        List<int[]> beats = PostAssignment.beats(new double[] {1, 7, 1}, 3);
        assertArrayEquals(new int[] {0}, beats.get(0));
        assertArrayEquals(new int[] {1}, beats.get(1));
        assertArrayEquals(new int[] {2}, beats.get(2));
        List<int[]> shared = PostAssignment.beats(new double[] {1, 10, 1}, 4);
        assertArrayEquals(new int[] {1}, shared.get(1));
        assertArrayEquals(new int[] {1}, shared.get(2));
    }

    @Test
    void morePostsThanCellsShareCellsInProportionToLoad() {
        List<int[]> beats = PostAssignment.beats(new double[] {3, 1}, 4);
        assertEquals(4, beats.size());
        assertArrayEquals(new int[] {0}, beats.get(0));
        assertArrayEquals(new int[] {0}, beats.get(1));
        assertArrayEquals(new int[] {0}, beats.get(2));
        assertArrayEquals(new int[] {1}, beats.get(3));
    }

    @Test
    void aCityWithoutLoadIsSplitByCount() {
        List<int[]> beats = PostAssignment.beats(new double[] {0, 0, 0, 0}, 2);
        assertArrayEquals(new int[] {0, 1}, beats.get(0));
        assertArrayEquals(new int[] {2, 3}, beats.get(1));
    }

    @Test
    void randomCitiesKeepEveryPropertyAndTheLoadBound() {
        SplittableRandom random = new SplittableRandom(7);
        for (int city = 0; city < 500; city++) {
            int cells = 1 + random.nextInt(120);
            int posts = 1 + random.nextInt(cells + 20);
            double[] load = new double[cells];
            double total = 0;
            double largest = 0;
            for (int c = 0; c < cells; c++) {
                load[c] = random.nextDouble() < 0.1 ? 0 : random.nextDouble(50, 1_500);
                total += load[c];
                largest = Math.max(largest, load[c]);
            }
            List<int[]> beats = PostAssignment.beats(load, posts);
            assertEquals(posts, beats.size());
            int[] postsOfCell = new int[cells];
            int last = 0;
            for (int[] beat : beats) {
                assertTrue(beat.length > 0, "every post has a cell");
                assertTrue(beat[0] >= last, "beats follow cell order");
                double sum = 0;
                for (int i = 0; i < beat.length; i++) {
                    assertTrue(i == 0 || beat[i] == beat[i - 1] + 1, "a beat is a contiguous run");
                    postsOfCell[beat[i]]++;
                    sum += load[beat[i]];
                }
                last = beat[beat.length - 1];
                if (beat.length > 1 && total > 0) {
                    assertTrue(sum <= total / posts + largest + 1e-9, "within one cell of the share");
                }
            }
            for (int c = 0; c < cells; c++) {
                assertTrue(postsOfCell[c] >= 1, "every cell has a post");
            }
        }
    }
}
