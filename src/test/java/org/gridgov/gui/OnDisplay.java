package org.gridgov.gui;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Java main class in its own JVM with a display: under {@code xvfb-run -a} when it is on the
 * PATH, else on the display in DISPLAY. Without either there is no display to test on.
 */
final class OnDisplay {

    /** What a finished process printed, and its exit code. */
    record Result(int exitCode, String out, String err) {
    }

    private OnDisplay() {
    }

    /** True when {@link #run} can give a display. */
    static boolean available() {
        return xvfbRun().isPresent() || System.getenv("DISPLAY") != null;
    }

    private static Optional<Path> xvfbRun() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path p = Path.of(dir, "xvfb-run");
            if (!dir.isEmpty() && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Runs {@code mainClass} with the built and test classes and their dependencies, waiting at most {@code seconds}. */
    static Result run(String mainClass, List<String> args, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        xvfbRun().ifPresent(x -> {
            command.add(x.toString());
            command.add("-a");
            command.add("-s");
            command.add("-screen 0 1600x1000x24");
        });
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(String.join(File.pathSeparator, "target/classes", "target/test-classes",
                System.getProperty("java.class.path")));
        command.add(mainClass);
        command.addAll(args);
        Path out = Files.createTempFile("gridgov-gui", ".out");
        Path err = Files.createTempFile("gridgov-gui", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError("still running after " + seconds + " s: " + command
                        + "\nstderr:\n" + Files.readString(err));
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
