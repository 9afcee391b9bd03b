package org.gridgov.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

import org.gridgov.report.OutputFolder;

/**
 * A failure to read or write a file, told in one line that names the path and the cause. The exit code
 * says whose it is to fix: {@link Main#BAD_INPUT} for the place the user chose (permission denied, not a
 * folder, a read-only file system, a folder in use), 1 for the machine (no space left, an I/O error).
 */
record IoFailure(String message, int exitCode) {

    /** The I/O failure behind {@code e} (itself or one of its causes), or null if there is none. */
    static IoFailure of(Throwable e) {
        IOException first = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutputFolder.BusyException busy) {
                return new IoFailure(busy.getMessage(), Main.BAD_INPUT);
            }
            if (t instanceof FileSystemException f) {
                return describe(f); // it names the path
            }
            if (t instanceof IOException io && first == null) {
                first = io;
            }
        }
        return first == null ? null : describe(first);
    }

    private static IoFailure describe(IOException e) {
        String path = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
        String cause = cause(e);
        String lower = cause.toLowerCase(Locale.ROOT);
        boolean users = e instanceof AccessDeniedException || e instanceof FileAlreadyExistsException
                || e instanceof NotDirectoryException || e instanceof NoSuchFileException
                || lower.contains("permission denied") || lower.contains("folder") || lower.contains("read-only")
                || lower.contains("operation not permitted");
        String where = path != null ? "cannot write " + path + ": " : "input/output failure: ";
        return new IoFailure(where + cause, users ? Main.BAD_INPUT : 1);
    }

    /** The cause in a few words: the operating system's reason, or what the exception type says. */
    private static String cause(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "it is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way: part of the path is not a folder";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        String reason = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (reason == null || reason.isBlank()) {
            return e.getClass().getSimpleName();
        }
        if (reason.equals("Not a directory")) {
            return "a file is in the way: part of the path is not a folder";
        }
        return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
