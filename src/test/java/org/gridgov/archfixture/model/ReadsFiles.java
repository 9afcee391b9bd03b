package org.gridgov.archfixture.model;

/** Violates the core rule with a fully qualified name and no import; Serializable and the strings are legal. */
public final class ReadsFiles implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    // java.net.URI in a comment is not a use.
    String text = "java.awt.Color in a string is not a use";

    String read() throws Exception {
        return java.nio.file.Files.readString(null);
    }
}
