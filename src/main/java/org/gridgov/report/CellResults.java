package org.gridgov.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.model.City;
import org.gridgov.model.GridCell;
import org.gridgov.model.GridWorker;
import org.gridgov.model.Households;
import org.gridgov.model.Issue;
import org.gridgov.model.Staff;
import org.gridgov.observe.Workload;
import org.gridgov.run.RunResult;

/**
 * What happened in each grid cell during a run, as {@code cells.geojson} and {@code map.png} give it. Counts are over
 * the measured window, as in metrics.csv, so that they add up to its issues_occurred, cases_filed and cases_closed;
 * latent issues and trust are at the end of the run. NaN where a cell has no value (no case closed, no worker).
 */
public final class CellResults {
    /** Cases filed per 1,000 of the cell's households: a rate that compares cells of different sizes. */
    public static final String CASES_PER_1000_HOUSEHOLDS = "cases_per_1000_households";

    private final Map<String, double[]> values = new LinkedHashMap<>();

    private CellResults(RunResult result) {
        City city = result.model().city();
        double from = result.measurement().warmup().days() * 24.0;
        double end = result.model().endTime();
        int n = city.cells().size();
        double[] occurred = new double[n];
        double[] filed = new double[n];
        double[] closed = new double[n];
        double[] hoursToClose = new double[n];
        for (Issue issue : result.measurement().cases().issues()) {
            int c = issue.cell().id();
            if (within(issue.occurredAt(), from, end)) {
                occurred[c]++;
            }
            if (within(issue.filedAt(), from, end)) {
                filed[c]++;
            }
            // Closed as a case (filed first), as cases_closed counts; an issue settled locally was never filed.
            if (within(issue.closedAt(), from, end) && !Double.isNaN(issue.filedAt())) {
                closed[c]++;
                hoursToClose[c] += issue.closedAt() - issue.filedAt();
            }
        }
        Map<Staff, Workload.Account> accounts = new HashMap<>();
        for (Workload.Account a : result.measurement().workload().accounts()) {
            accounts.put(a.staff(), a);
        }
        Households households = city.households();
        double[] meanHours = new double[n];
        double[] latent = new double[n];
        double[] trust = new double[n];
        double[] workers = new double[n];
        double[] utilisation = new double[n];
        double[] perThousand = new double[n];
        for (GridCell cell : city.cells()) {
            int c = cell.id();
            meanHours[c] = closed[c] == 0 ? Double.NaN : hoursToClose[c] / closed[c];
            latent[c] = cell.latentIssues();
            double sum = 0;
            for (int h = cell.firstHousehold(); h < cell.firstHousehold() + cell.households(); h++) {
                sum += households.trust(h);
            }
            trust[c] = sum / cell.households();
            workers[c] = cell.workers().size();
            utilisation[c] = utilisation(cell, accounts);
            perThousand[c] = 1000.0 * filed[c] / cell.households();
        }
        List<double[]> columns = List.of(occurred, filed, closed, meanHours, latent, trust, workers, utilisation);
        for (int i = 0; i < CellsGeoJson.RESULTS.size(); i++) {
            values.put(CellsGeoJson.RESULTS.get(i), columns.get(i));
        }
        values.put(CASES_PER_1000_HOUSEHOLDS, perThousand);
    }

    /** The results of a run that kept its cases (not one with --no-cases). */
    public static CellResults of(RunResult result) {
        return new CellResults(result);
    }

    /** The mean utilisation of the cell's grid workers who were on duty; NaN without any. */
    private static double utilisation(GridCell cell, Map<Staff, Workload.Account> accounts) {
        double sum = 0;
        int on = 0;
        for (GridWorker w : cell.workers()) {
            Workload.Account a = accounts.get(w);
            if (a != null && a.hoursOnDuty() > 0) {
                sum += a.utilization();
                on++;
            }
        }
        return on == 0 ? Double.NaN : sum / on;
    }

    private static boolean within(double t, double from, double end) {
        return t >= from && t <= end;
    }

    /** The names of the results: {@link CellsGeoJson#RESULTS}, then {@link #CASES_PER_1000_HOUSEHOLDS}. */
    public static List<String> names() {
        return java.util.stream.Stream.concat(CellsGeoJson.RESULTS.stream(), java.util.stream.Stream.of(
                CASES_PER_1000_HOUSEHOLDS)).toList();
    }

    /** Every cell's value of the result, by cell id; not to be changed. */
    public double[] values(String name) {
        double[] v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no cell result " + name);
        }
        return v;
    }
}
