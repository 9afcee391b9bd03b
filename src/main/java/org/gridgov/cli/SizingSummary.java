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
import org.gridgov.text.Texts;

/** What {@code gridgov size} prints when it is done: the recommendation, or why there is none. */
final class SizingSummary {
    private SizingSummary() {
    }

    static void print(PrintWriter out, SizingOutcome o, Path dir, double seconds, Texts t) {
        SizingResult r = o.result();
        double confidence = o.plan().confidence();
        String level = Num.format(confidence * 100) + "%";
        out.println(t.f("%s: the smallest staffing that meets every target with one-sided %s confidence (%d replications"
                + " x %d days)", o.base().name(), level, o.runs().replications(), o.runs().days()));
        r.recommended().counts().forEach((g, c) -> out.println(t.f("  %-22s %d (%s %s; --set %s)", g.label(t), c,
                show(o.perUnit(g, c)), t.t(SizingOutcome.perUnitName(g).replace('_', ' ')), g.override(o.base(), c))));
        Estimate cost = r.atRecommended().estimate(SizingOutcome.COST, confidence);
        out.println(t.f("  %-22s %,.0f CNY a year (bounds %,.0f to %,.0f)", t.t("cost"), cost.mean(), cost.low(),
                cost.high()));
        out.printf(Locale.ROOT, "  %-32s %s%n", t.t("target"), t.t("at the recommendation: mean (deciding bound)"));
        for (var target : o.plan().targets()) {
            Estimate e = r.atRecommended().estimate(target.metric(), confidence);
            out.println(t.f("  %-32s %s (%s %s) met", target.text(), show(e.mean()), t.t(target.side()),
                    show(target.bound(e))));
        }
        if (r.stepBelow().isEmpty()) {
            out.printf(Locale.ROOT, "  %-22s  %s%n", t.t("one step below"),
                    t.t("none: every group is at the lower bound of the search"));
        }
        for (Map.Entry<StaffGroup, Evaluation> b : r.stepBelow().entrySet()) {
            List<SizingResult.Miss> misses = r.misses(b.getValue());
            String what = misses.isEmpty() ? t.t("meets every target too (the search's verdicts differ; see frontier.csv)")
                    : t.f("misses %s", String.join(t.t(", "), misses.stream().map(m -> t.f("%s (%s bound %s)",
                            m.target().text(), t.t(m.target().side()), show(m.bound()))).toList()));
            out.printf(Locale.ROOT, "  %-22s %s%n", t.t("one step below"), t.f("%s %d: %s", b.getKey().label(t),
                    b.getValue().staffing().count(b.getKey()), what));
        }
        out.printf(Locale.ROOT, "  %-22s %s%n", t.t("search"), t.f("%s, %d runs in %s%s", staffings(r.evaluated().size(), t),
                r.evaluated().size() * o.runs().replications(), ProgressBar.clock(seconds),
                o.plan().groups().size() > 1 ? t.f(", %d coordinate passes", r.passes()) : ""));
        out.printf(Locale.ROOT, "  %-22s %s%n", t.t("outputs"), t.f("%s (%s)", dir, String.join(t.t(", "), SizingOutputs.FILES)));
        out.flush();
    }

    static void printInfeasible(PrintWriter err, SizingOutcome o, Path dir, double seconds, Texts t) {
        SizingResult r = o.result();
        err.println(t.f("gridgov size: no staffing within the search bounds meets every target. At the largest tried,"
                + " %s:", describe(r.atRecommended(), t)));
        for (SizingResult.Miss m : r.misses(r.atRecommended())) {
            err.println("  " + m.describe(t));
        }
        err.println(t.f("Raise --max-staff, size more groups (--for all) or relax the targets. %s simulated in %s;"
                + " outputs in %s", staffings(r.evaluated().size(), t), ProgressBar.clock(seconds), dir));
        err.flush();
    }

    private static String staffings(int n, Texts t) {
        return n == 1 ? t.f("%d staffing", n) : t.f("%d staffings", n);
    }

    private static String describe(Evaluation e, Texts t) {
        return String.join(t.t(", "), e.staffing().counts().entrySet().stream()
                .map(x -> x.getKey().label(t) + " " + x.getValue()).toList());
    }

    static String show(double x) {
        return HumanNum.fourDigits(x);
    }
}
