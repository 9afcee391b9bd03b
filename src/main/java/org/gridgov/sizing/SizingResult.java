package org.gridgov.sizing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.stats.Estimate;
import org.gridgov.text.HumanNum;
import org.gridgov.text.Texts;

/**
 * What a search found.
 *
 * @param recommended the smallest staffing found that meets every target; when none does, the largest tried
 * @param feasible    whether {@code recommended} meets every target
 * @param atRecommended its evaluation
 * @param stepBelow   per group, the evaluation with that group one step lower (absent at the lower bound)
 * @param evaluated   every staffing simulated, in the order the search asked for them
 * @param passes      coordinate-wise passes (1 for one group, 0 when the targets were never met)
 */
public record SizingResult(Staffing recommended, boolean feasible, Evaluation atRecommended,
        Map<StaffGroup, Evaluation> stepBelow, List<Evaluation> evaluated, int passes, List<Target> targets,
        double confidence) {

    public SizingResult {
        stepBelow = Collections.unmodifiableMap(new LinkedHashMap<>(stepBelow));
        evaluated = List.copyOf(evaluated);
        targets = List.copyOf(targets);
    }

    /** A target missed, by how much. */
    public record Miss(Target target, Estimate estimate, double bound, double shortfall) {

        /** e.g. "p90_hours_to_close<=72 is missed by 0.02: its upper bound is 72.02 (mean 71.37)". */
        public String describe() {
            return describe(Texts.EN);
        }

        /** The miss in the language of {@code t}. */
        public String describe(Texts t) {
            if (Double.isNaN(bound)) {
                return t.f("%s cannot be judged: %s could be computed in only %d replications", target.text(),
                        target.metric(), estimate.n());
            }
            return t.f("%s is missed by %s: its %s bound is %s (mean %s)", target.text(), HumanNum.fourDigits(shortfall),
                    t.t(target.side()), HumanNum.fourDigits(bound), HumanNum.fourDigits(estimate.mean()));
        }
    }

    /** The targets an evaluation misses. */
    public List<Miss> misses(Evaluation e) {
        List<Miss> m = new ArrayList<>();
        for (Target t : targets) {
            Estimate est = e.estimate(t.metric(), confidence);
            if (!t.metBy(est)) {
                m.add(new Miss(t, est, t.bound(est), t.shortfall(est)));
            }
        }
        return m;
    }

    public boolean meets(Evaluation e) {
        return misses(e).isEmpty();
    }

    /**
     * The frontier along one group: the staffings evaluated that differ from the recommendation only in that
     * group, by increasing head count.
     */
    public List<Evaluation> frontier(StaffGroup g) {
        return evaluated.stream().filter(e -> e.staffing().differsAtMostIn(recommended, g))
                .sorted(Comparator.comparingInt(e -> e.staffing().count(g))).toList();
    }
}
