package org.gridgov.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.gridgov.config.JsonInput;
import org.gridgov.config.ListNode;
import org.gridgov.config.MapNode;
import org.gridgov.config.Node;
import org.gridgov.config.ReadContext;
import org.gridgov.config.ScalarNode;

/**
 * What makes a run's outputs what they are: the scenario file's bytes, the overrides, the seed, the days, the
 * warm-up asked for ({@code -1}: chosen from the data) and the model version. A command reads it from the
 * {@code summary.json} of a folder's complete outputs, so that it replaces another run's outputs only when told
 * to, while running the same run again simply writes the same files.
 *
 * @param scenario the scenario's name, for messages
 * @param scenarioSha256 SHA-256 of the scenario file's bytes
 */
public record RunIdentity(String scenario, String scenarioSha256, List<String> overrides, long seed, int days,
        int warmup, String modelVersion) {

    public RunIdentity {
        overrides = List.copyOf(overrides);
    }

    /**
     * The run whose outputs {@code dir} holds, from its {@code summary.json}; empty when there is none. A summary
     * that cannot be read gives an identity that matches no run: its folder is not replaced unasked either.
     */
    public static Optional<RunIdentity> in(Path dir) {
        Path summary = dir.resolve(RunReport.MARKER);
        if (!Files.isRegularFile(summary)) {
            return Optional.empty();
        }
        ReadContext ctx = new ReadContext();
        MapNode root = JsonInput.parseFile(summary, ctx);
        try {
            MapNode warmup = (MapNode) root.get("warmup");
            boolean fromData = Boolean.parseBoolean(text(warmup.get("from_data")));
            List<String> overrides = new ArrayList<>();
            for (Node o : ((ListNode) root.get("overrides")).items()) {
                overrides.add(text(o));
            }
            return Optional.of(new RunIdentity(text(root.get("scenario")), text(root.get("scenario_sha256")), overrides,
                    Long.parseLong(text(root.get("seed"))), Integer.parseInt(text(root.get("simulated_days"))),
                    fromData ? -1 : Integer.parseInt(text(warmup.get("days"))), text(root.get("model_version"))));
        } catch (RuntimeException e) {
            // Damaged, or written by a version without these fields.
            return Optional.of(new RunIdentity("(unreadable summary.json)", "", List.of(), 0, 0, 0, ""));
        }
    }

    private static String text(Node node) {
        return ((ScalarNode) Objects.requireNonNull(node)).text();
    }

    /** The run in words: {@code q-city-baseline, seed 1, 365 days, warm-up chosen from the data, no overrides}. */
    public String describe() {
        return scenario + ", seed " + seed + ", " + days + " days, "
                + (warmup < 0 ? "warm-up chosen from the data" : warmup + " days' warm-up")
                + (overrides.isEmpty() ? ", no overrides" : ", overrides " + String.join(" ", overrides))
                + (modelVersion.isEmpty() ? "" : ", model " + modelVersion);
    }
}
