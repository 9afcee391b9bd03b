package org.gridgov.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A command's output folder, held for the command's whole life: an operating-system lock on
 * {@code .gridgov.lock}, which holds the holder's process id, keeps a second command out (the lock dies with
 * the process, so a killed command leaves no stale lock, only the file), and outputs are replaced as one set. A command writes its outputs into
 * {@code .staging/}; {@link #commit} then records the new set there ({@code .staging/.commit}), removes the
 * old set's completeness marker, moves each new file into place, removes the old set's other files and moves
 * the marker last. A command killed before that record leaves the old set untouched; one killed after it
 * leaves no marker, and the next command on the folder finishes the move before anything else. Opening the
 * folder also removes what a killed command left: the staging folder and temporary files.
 */
public final class OutputFolder implements AutoCloseable {
    private static final String LOCK = ".gridgov.lock";
    private static final String STAGING = ".staging";
    private static final String COMMIT = ".commit";

    private final Path dir;
    private final FileChannel lockChannel;
    private final FileChannel checkChannel;
    private final FileLock lock;
    private final List<String> cleaned;

    /** The folder is in use by another command. */
    public static final class BusyException extends IOException {
        private static final long serialVersionUID = 1L;

        BusyException(Path dir, String holder) {
            super(dir + " is in use by another gridgov command" + (holder.isEmpty() ? "" : " (process " + holder + ")")
                    + "; wait for it to finish, or choose another output folder");
        }
    }

    private OutputFolder(Path dir, FileChannel lockChannel, FileChannel checkChannel, FileLock lock,
            List<String> cleaned) {
        this.dir = dir;
        this.lockChannel = lockChannel;
        this.checkChannel = checkChannel;
        this.lock = lock;
        this.cleaned = cleaned;
    }

    /**
     * Creates the folder if needed and takes it, before any long computation, so that a folder that cannot
     * be written is found at once; then tidies what a killed command left.
     *
     * @throws BusyException if another command holds the folder
     * @throws IOException   (a {@link java.nio.file.FileSystemException} naming the path) if it cannot be written
     */
    public static OutputFolder open(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new NotDirectoryException(dir.toString());
        }
        Files.createDirectories(dir);
        Path lockFile = dir.resolve(LOCK);
        while (true) {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileChannel check = null;
            try {
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    throw new BusyException(dir, holder(lockFile));
                }
                // The holder before us deletes the lock file as it leaves: the file locked must still be the
                // one at the path, else another command may lock a new file there while we hold an old one.
                // The process id, and a token that tells this opening from another one in the same process.
                String me = ProcessHandle.current().pid() + "\n" + System.nanoTime() + "\n";
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
                // Read through a channel kept open while the lock is held: closing any channel on the file
                // would release the process's lock on it (POSIX locks).
                try {
                    check = FileChannel.open(lockFile, StandardOpenOption.READ);
                } catch (java.nio.file.NoSuchFileException e) {
                    channel.close(); // deleted by the holder before us as we opened it: try again
                    continue;
                }
                if (me.equals(read(check))) {
                    return new OutputFolder(dir, channel, check, lock, recover(dir));
                }
                lock.release();
                check.close();
                channel.close();
            } catch (IOException | RuntimeException e) {
                if (check != null) {
                    check.close();
                }
                channel.close();
                throw e;
            }
        }
    }

    private static String read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(256);
        while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
            // until the end of the file
        }
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // held by another command in this process
        }
    }

    /** The process id written in the lock file; "" if it is gone. */
    private static String holder(Path lockFile) throws IOException {
        return content(lockFile).lines().findFirst().orElse("").strip();
    }

    private static String content(Path lockFile) throws IOException {
        try {
            return new String(Files.readAllBytes(lockFile), StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            return "";
        }
    }

    public Path dir() {
        return dir;
    }

    /** What opening the folder removed or completed, left by a command that was killed; empty if nothing. */
    public List<String> cleaned() {
        return cleaned;
    }

    /** A fresh, empty staging folder for the outputs, inside this folder (so that moving out of it is a rename). */
    public Path staging() throws IOException {
        Path staging = dir.resolve(STAGING);
        deleteTree(staging);
        Files.createDirectory(staging);
        return staging;
    }

    /**
     * Replaces the folder's outputs with the staged ones.
     *
     * @param owned  every name the command writes (a folder as "charts/"): those not staged now are removed,
     *               being an earlier set's
     * @param marker the file whose presence says the set is complete; moved into place last
     */
    public void commit(List<String> owned, String marker) throws IOException {
        Path staging = dir.resolve(STAGING);
        List<String> staged = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        for (String name : owned) {
            String plain = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
            if (!plain.equals(marker)) {
                (Files.exists(staging.resolve(plain)) ? staged : stale).add(plain);
            }
        }
        if (!Files.isRegularFile(staging.resolve(marker))) {
            throw new IllegalStateException("the completeness marker " + marker + " was not staged");
        }
        Faults.reached("staged");
        // The commit point: from here on the new set wins, even over a kill.
        AtomicFile.write(staging.resolve(COMMIT), out -> out.write(marker + "\n" + String.join("/", staged) + "\n"
                + String.join("/", stale) + "\n"));
        finish(dir);
    }

    /** Moves a committed staging folder's files into place; safe to repeat after a kill. */
    private static void finish(Path dir) throws IOException {
        Path staging = dir.resolve(STAGING);
        List<String> lines = Files.readAllLines(staging.resolve(COMMIT), StandardCharsets.UTF_8);
        String marker = lines.get(0);
        Files.deleteIfExists(dir.resolve(marker));
        for (String name : names(lines.get(1))) {
            Path from = staging.resolve(name);
            if (Files.exists(from)) { // not yet moved
                Faults.reached("commit");
                if (Files.isDirectory(from)) {
                    deleteTree(dir.resolve(name));
                }
                move(from, dir.resolve(name));
            }
        }
        for (String name : names(lines.get(2))) {
            deleteTree(dir.resolve(name));
        }
        Path from = staging.resolve(marker);
        if (Files.exists(from)) {
            Faults.reached("commit");
            move(from, dir.resolve(marker));
        }
        deleteTree(staging);
    }

    private static List<String> names(String line) {
        return line.isEmpty() ? List.of() : List.of(line.split("/"));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Finishes a committed set, removes an uncommitted one and temporary files: what a killed command left. */
    private static List<String> recover(Path dir) throws IOException {
        List<String> done = new ArrayList<>();
        Path staging = dir.resolve(STAGING);
        if (Files.isRegularFile(staging.resolve(COMMIT))) {
            finish(dir);
            done.add("completed the outputs of a command interrupted while moving them into place");
        } else if (Files.exists(staging)) {
            deleteTree(staging);
            done.add("removed the unfinished outputs of an interrupted command (" + STAGING + "/)");
        }
        int temporary = 0;
        for (Path folder : List.of(dir, dir.resolve("journal"), dir.resolve("charts"))) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path f : files.filter(AtomicFile::isTemporary).toList()) {
                        temporary += Files.deleteIfExists(f) ? 1 : 0;
                    }
                }
            }
        }
        if (temporary > 0) {
            done.add("removed " + temporary + " temporary file" + (temporary == 1 ? "" : "s") + " left by an interrupted command");
        }
        return List.copyOf(done);
    }

    /** Deletes a file or a folder with everything in it; nothing if absent. */
    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(path);
            return;
        }
        try (Stream<Path> all = Files.walk(path)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Releases the folder, removing outputs staged but not committed (the command failed) and the lock file.
     */
    @Override
    public void close() throws IOException {
        try {
            Path staging = dir.resolve(STAGING);
            if (!Files.exists(staging.resolve(COMMIT))) {
                deleteTree(staging);
            }
        } finally {
            release();
        }
    }

    /** Deletes the lock file while still holding its lock (see {@link #open}), then releases it. */
    private void release() throws IOException {
        try {
            if (lock.isValid()) {
                Files.deleteIfExists(dir.resolve(LOCK));
                lock.release();
            }
        } finally {
            checkChannel.close();
            lockChannel.close();
        }
    }
}
