package org.gridgov.rng;

import java.io.Serializable;

/**
 * A counter-based generator: the number for (entity, draw) depends only on the stream key, the entity and the
 * draw index, not on how many numbers were drawn before or in which order. Giving each case its id as entity
 * makes its effort, delays etc. the same in every scenario, whatever order events happen in (common random
 * numbers). Use a fixed draw index per purpose, e.g. draw 0 for the effort and 1 for the delay.
 *
 * <p>The construction is mix(mix(key + entity * G) + draw * C), with the 64-bit finaliser of SplitMix64
 * (Stafford's "variant 13" mixer; Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014). The mixer is a bijection, so distinct entities give distinct inner values, and each draw is
 * offset and mixed again, so (entity, draw) pairs collide only as often as random 64-bit values do.
 *
 * @param key the stream key, normally from {@link RandomStreams#keyed}
 */
public record KeyedStream(long key) implements Serializable {

    /** floor(2^64 / golden ratio), odd: consecutive entities land far apart before mixing. */
    private static final long ENTITY_STEP = 0x9E3779B97F4A7C15L;
    /** floor(2^64 / plastic number), odd: a second, unrelated Weyl step for the draw index. */
    private static final long DRAW_STEP = 0xC13FA9A902A6328FL;

    /** 64 well-mixed bits for (entity, draw). */
    public long bits(long entity, int draw) {
        return mix(mix(key + entity * ENTITY_STEP) + draw * DRAW_STEP);
    }

    /**
     * A uniform in the open interval (0, 1) for (entity, draw): the top 53 bits of {@link #bits} as k * 2^-53,
     * with k = 0 mapped to 2^-54, so inversion never sees 0 or 1.
     */
    public double uniform(long entity, int draw) {
        return toOpenUnit(bits(entity, draw));
    }

    static double toOpenUnit(long bits) {
        long k = bits >>> 11;
        return k == 0 ? 0x1p-54 : k * 0x1p-53;
    }

    /** SplitMix64's finaliser (Stafford variant 13): a bijection on 64-bit values with full avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
