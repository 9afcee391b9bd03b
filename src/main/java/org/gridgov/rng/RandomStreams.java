package org.gridgov.rng;

import ec.util.MersenneTwisterFast;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Named random streams for one replication. Each stream's seed is derived from (master seed, replication, name)
 * alone, never from creation order, so adding or removing a mechanism leaves every other mechanism's draws
 * unchanged, and two scenarios run with the same (seed, replication) share their random numbers per purpose.
 *
 * <p>The derivation is SHA-256 over a versioned, length-prefixed encoding (see {@link #derive}); changing it
 * changes every result, so a new encoding must get a new version tag.
 *
 * @param seed        master seed of the experiment
 * @param replication replication index, {@code >= 0}
 */
public record RandomStreams(long seed, int replication) implements Serializable {

    private static final String STREAM_TAG = "gridgov-stream/v1";
    private static final String KEYED_TAG = "gridgov-keyed/v1";

    /** Validates the replication index. */
    public RandomStreams {
        if (replication < 0) {
            throw new IllegalArgumentException("replication must be >= 0: " + replication);
        }
    }

    /** A new generator positioned at the start of the stream called {@code name}. */
    public MersenneTwisterFast stream(String name) {
        byte[] digest = derive(STREAM_TAG, seed, replication, name);
        ByteBuffer buffer = ByteBuffer.wrap(digest);
        int[] key = new int[digest.length / Integer.BYTES];
        for (int i = 0; i < key.length; i++) {
            key[i] = buffer.getInt();
        }
        return new MersenneTwisterFast(key);
    }

    /**
     * The counter-based stream called {@code name}. It is unrelated to {@link #stream} of the same name
     * (a different tag goes into the hash), so a mechanism may use both.
     */
    public KeyedStream keyed(String name) {
        return new KeyedStream(ByteBuffer.wrap(derive(KEYED_TAG, seed, replication, name)).getLong());
    }

    /**
     * SHA-256 of: tag length (int) and UTF-8 tag, seed (long), replication (int), name length (int) and UTF-8
     * name, all big-endian. The length prefixes make the encoding unambiguous.
     */
    static byte[] derive(String tag, long seed, int replication, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("a stream needs a non-empty name");
        }
        byte[] tagBytes = tag.getBytes(StandardCharsets.UTF_8);
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(4 + tagBytes.length + 8 + 4 + 4 + nameBytes.length);
        buffer.putInt(tagBytes.length).put(tagBytes).putLong(seed).putInt(replication)
                .putInt(nameBytes.length).put(nameBytes);
        try {
            return MessageDigest.getInstance("SHA-256").digest(buffer.array());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
