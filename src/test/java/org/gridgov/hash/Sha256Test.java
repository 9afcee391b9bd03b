package org.gridgov.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Known SHA-256 values (FIPS 180-2 examples, sha256sum). */
class Sha256Test {

    @Test
    void knownDigests() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256.of(new byte[0]));
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Sha256.of("abc"));
        // Text is hashed as UTF-8: "网格" is 6 bytes.
        assertEquals(Sha256.of(new byte[] {(byte) 0xe7, (byte) 0xbd, (byte) 0x91, (byte) 0xe6, (byte) 0xa0, (byte) 0xbc}),
                Sha256.of("网格"));
    }
}
