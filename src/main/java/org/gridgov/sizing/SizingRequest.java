package org.gridgov.sizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.gridgov.Version;
import org.gridgov.hash.Sha256;

/**
 * What makes a sizing's outputs what they are: the scenario file's bytes and overrides, the groups sized, the
 * targets and confidence, the search bounds, the seed, replications, days and warm-up, and the model version.
 * Its hash is written to {@code recommendation.json}, so that a command replaces another sizing's outputs only
 * when told to.
 */
public final class SizingRequest {
    private SizingRequest() {
    }

    /** SHA-256 of the request's canonical text. */
    public static String sha256(StaffedScenarios scenarios, SizingPlan plan, SimulationEvaluator.Runs runs) {
        var source = scenarios.base().source();
        List<String> lines = new ArrayList<>();
        lines.add("scenario " + source.sha256());
        source.overrides().forEach(o -> lines.add("override " + o));
        plan.groups().forEach(g -> lines.add("sized " + g.key()));
        plan.targets().forEach(t -> lines.add("target " + t.text()));
        lines.add("confidence " + plan.confidence());
        plan.ladders().forEach((g, l) -> lines.add("bounds " + g.key() + " " + l.get(0) + " " + l.get(l.size() - 1)));
        lines.add(String.format(Locale.ROOT, "runs %d %d %d %d", runs.seed(), runs.replications(), runs.days(),
                runs.warmupDays()));
        lines.add("model " + Version.get());
        return Sha256.of(String.join("\n", lines));
    }
}
