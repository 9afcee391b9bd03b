package org.gridgov.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.gridgov.run.RunResult;
import org.gridgov.scenario.LoadedScenario;

/**
 * Replications 0..R-1 of one policy, each reduced at once to named numbers: every metric of the run plus
 * a few quantities only the per-case records show. Two policies sampled with the same seed, R, length and
 * warm-up see common random numbers, replication by replication, so {@link #minus} pairs them.
 */
final class PairedReplications {

    /** Mean hours from filing to close of cross-department cases closed in the window (dispatched ones). */
    static final String CROSS_DEPARTMENT_HOURS_TO_CLOSE = "cross_department_hours_to_close";
    /** Share of the social-service cases closed in the window (dispatched ones) that civil affairs handled. */
    static final String SOCIAL_SERVICE_SHARE_BY_CIVIL_AFFAIRS = "social_service_share_by_civil_affairs";
    /** Share of the social-service cases closed in the window (dispatched ones) that an NGO handled. */
    static final String SOCIAL_SERVICE_SHARE_BY_NGOS = "social_service_share_by_ngos";
    /** Neighbourhood disputes filed as cases in the window. */
    static final String DISPUTES_FILED = "neighbourhood_disputes_filed";
    /** Cases closed on the spot as a share of cases closed. */
    static final String ON_SPOT_SHARE = "share_closed_on_spot";

    private final List<Map<String, Double>> byReplication;

    private PairedReplications(List<Map<String, Double>> byReplication) {
        this.byReplication = byReplication;
    }

    /** Runs replications 0..r-1 of the scenario, two at a time. */
    static PairedReplications run(LoadedScenario s, long seed, int r, int days, int warmupDays) {
        return new PairedReplications(IntStream.range(0, r).parallel()
                .mapToObj(rep -> measure(ModelRuns.run(s, seed, rep, days, warmupDays, true), warmupDays))
                .toList());
    }

    private static Map<String, Double> measure(RunResult run, int warmupDays) {
        Map<String, Double> values = new HashMap<>(run.metrics().asMap());
        double from = warmupDays * 24.0;
        int social = 0;
        int socialByCivilAffairs = 0;
        int socialByNgos = 0;
        int disputes = 0;
        int cross = 0;
        double crossHours = 0;
        for (Issue i : run.measurement().cases().issues()) {
            String type = i.type().name();
            if (type.equals("neighbourhood_dispute") && i.filedAt() >= from) {
                disputes++;
            }
            boolean closedDispatched = i.state() == CaseState.CLOSED && i.closedAt() >= from
                    && !Double.isNaN(i.firstDispatchedAt());
            if (!closedDispatched) {
                continue;
            }
            if (type.equals("social_service")) {
                social++;
                socialByCivilAffairs += "civil_affairs".equals(i.handler()) ? 1 : 0;
                socialByNgos += i.handlingUnit() instanceof Ngo ? 1 : 0;
            }
            if (i.crossDepartment()) {
                cross++;
                crossHours += i.closedAt() - i.filedAt();
            }
        }
        values.put(SOCIAL_SERVICE_SHARE_BY_CIVIL_AFFAIRS, (double) socialByCivilAffairs / social);
        values.put(SOCIAL_SERVICE_SHARE_BY_NGOS, (double) socialByNgos / social);
        values.put(DISPUTES_FILED, (double) disputes);
        values.put(CROSS_DEPARTMENT_HOURS_TO_CLOSE, crossHours / cross);
        values.put(ON_SPOT_SHARE, values.get("cases_closed_on_spot") / values.get("cases_closed"));
        return values;
    }

    int replications() {
        return byReplication.size();
    }

    /** One replication's numbers. */
    Map<String, Double> replication(int rep) {
        return byReplication.get(rep);
    }

    /** A quantity in every replication. */
    double[] values(String name) {
        double[] xs = new double[byReplication.size()];
        for (int rep = 0; rep < xs.length; rep++) {
            Double v = byReplication.get(rep).get(name);
            if (v == null) {
                throw new IllegalArgumentException("no quantity '" + name + "'");
            }
            xs[rep] = v;
        }
        return xs;
    }

    /** Replication by replication, this policy's quantity minus the other's. */
    double[] minus(PairedReplications other, String name) {
        if (other.replications() != replications()) {
            throw new IllegalArgumentException("unpaired: " + replications() + " and " + other.replications());
        }
        return ModelRuns.minus(values(name), other.values(name));
    }
}
