package org.gridgov.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridgov.report.Num;
import org.gridgov.sizing.Evaluation;
import org.gridgov.sizing.SizingOutcome;
import org.gridgov.sizing.SizingOutputs;
import org.gridgov.sizing.SizingResult;
import org.gridgov.sizing.StaffGroup;
import org.gridgov.stats.Estimate;
import org.gridgov.text.HumanNum;

/** What {@code gridgov size} prints when it is done: the recommendation, or why there is none. */
final class SizingSummary {
    private SizingSummary() {
    }

    static void print(PrintWriter out, SizingOutcome o, Path dir, double seconds) {
        SizingResult r = o.result();
        double confidence = o.plan().confidence();
        String level = Num.format(confidence * 100) + "%";
        out.printf(Locale.ROOT, "%s: the smallest staffing that meets every target with one-sided %s confidence"
                + " (%d replications x %d days)%n", o.base().name(), level, o.runs().replications(), o.runs().days());
        r.recommended().counts().forEach((g, c) -> out.printf(Locale.ROOT, "  %-22s %d (%s %s; --set %s)%n", g.label(), c,
                show(o.perUnit(g, c)), SizingOutcome.perUnitName(g).replace('_', ' '), g.override(o.base(), c)));
        Estimate cost = r.atRecommended().estimate(SizingOutcome.COST, confidence);
        out.printf(Locale.ROOT, "  %-22s %,.0f CNY a year (bounds %,.0f to %,.0f)%n", "cost", cost.mean(), cost.low(),
                cost.high());
        out.printf(Locale.ROOT, "  %-32s %s%n", "target", "at the recommendation: mean (deciding bound)");
        for (var t : o.plan().targets()) {
            Estimate e = r.atRecommended().estimate(t.metric(), confidence);
            out.printf(Locale.ROOT, "  %-32s %s (%s %s) met%n", t.text(), show(e.mean()), t.side(), show(t.bound(e)));
        }
        if (r.stepBelow().isEmpty()) {
            out.printf(Locale.ROOT, "  one step below          none: every group is at the lower bound of the search%n");
        }
        for (Map.Entry<StaffGroup, Evaluation> b : r.stepBelow().entrySet()) {
            List<SizingResult.Miss> misses = r.misses(b.getValue());
            String what = misses.isEmpty() ? "meets every target too (the search's verdicts differ; see frontier.csv)"
                    : "misses " + String.join(", ", misses.stream().map(m -> m.target().text() + " (" + m.target().side()
                            + " bound " + show(m.bound()) + ")").toList());
            out.printf(Locale.ROOT, "  one step below         %s %d: %s%n", b.getKey().label(),
                    b.getValue().staffing().count(b.getKey()), what);
        }
        out.printf(Locale.ROOT, "  search                 %s, %d runs in %s%s%n", staffings(r.evaluated().size()),
                r.evaluated().size() * o.runs().replications(), ProgressBar.clock(seconds),
                o.plan().groups().size() > 1 ? ", " + r.passes() + " coordinate passes" : "");
        out.printf(Locale.ROOT, "  outputs                %s (%s)%n", dir, String.join(", ", SizingOutputs.FILES));
        out.flush();
    }

    static void printInfeasible(PrintWriter err, SizingOutcome o, Path dir, double seconds) {
        SizingResult r = o.result();
        err.printf(Locale.ROOT, "gridgov size: no staffing within the search bounds meets every target. At the largest"
                + " tried, %s:%n", describe(o, r.atRecommended()));
        for (SizingResult.Miss m : r.misses(r.atRecommended())) {
            err.println("  " + m.describe());
        }
        err.printf(Locale.ROOT, "Raise --max-staff, size more groups (--for all) or relax the targets. %s simulated"
                + " in %s; outputs in %s%n", staffings(r.evaluated().size()), ProgressBar.clock(seconds), dir);
        err.flush();
    }

    private static String staffings(int n) {
        return n + (n == 1 ? " staffing" : " staffings");
    }

    private static String describe(SizingOutcome o, Evaluation e) {
        return String.join(", ", e.staffing().counts().entrySet().stream()
                .map(x -> x.getKey().label() + " " + x.getValue()).toList());
    }

    static String show(double x) {
        return HumanNum.fourDigits(x);
    }
}
