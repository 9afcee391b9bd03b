package org.gridgov.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either the old content or the complete new one, never half a file:
 * the content goes to a temporary file in the same folder, is flushed to disk, then renamed over the
 * target.
 */
public final class AtomicFile {

    /** Writes text content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes binary content. */
    @FunctionalInterface
    public interface BinaryContent {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFile() {
    }

    /** Temporary files are private; a finished output should have the usual rw-r--r--. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** Writes UTF-8 text to {@code target} atomically. */
    public static void write(Path target, Content content) throws IOException {
        writeBinary(target, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            content.writeTo(w);
            w.flush();
        });
    }

    /**
     * Writes bytes to {@code target} atomically. A failure while writing (a full disk, say) is a
     * {@link FileSystemException} naming {@code target}, and leaves no temporary file behind.
     */
    public static void writeBinary(Path target, BinaryContent content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX);
        try {
            readableByAll(tmp);
            try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING);
                    OutputStream out = new java.io.BufferedOutputStream(
                            Faults.wrap(java.nio.channels.Channels.newOutputStream(channel)), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            } catch (FileSystemException e) {
                throw e;
            } catch (IOException e) {
                // The stream's exception names no file ("No space left on device"): name the one being written.
                FileSystemException named = new FileSystemException(target.toString(), null, reason(e));
                named.initCause(e);
                throw named;
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        Faults.reached("file");
    }

    /**
     * Makes sure {@code target} can be written, before a long computation rather than after it: creates its
     * folder, removes temporary files an interrupted write of it left, and tries a temporary file there.
     */
    public static void prepare(Path target) throws IOException {
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "it is a folder, not a file");
        }
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String leftover = "." + target.getFileName() + ".";
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> isTemporary(f) && f.getFileName().toString().startsWith(leftover)).toList()) {
                Files.deleteIfExists(f);
            }
        }
        try {
            Files.delete(Files.createTempFile(dir, leftover, TEMP_SUFFIX));
        } catch (FileSystemException e) {
            FileSystemException named = new FileSystemException(dir.toString(), null, e.getReason());
            named.initCause(e);
            throw named;
        }
    }

    /** True for the name of a temporary file this class writes (and a killed process may leave). */
    public static boolean isTemporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /** The innermost message of an exception and its causes (ImageIO wraps the stream's). */
    private static String reason(Throwable e) {
        String reason = e.getMessage();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                reason = t.getMessage();
            }
        }
        return reason;
    }
}
