package org.gridgov.sizing;

import java.util.ArrayList;
import java.util.List;

import org.gridgov.report.Num;
import org.gridgov.scenario.DepartmentParams;
import org.gridgov.scenario.GridWorkerParams;
import org.gridgov.scenario.ParameterCatalogue;
import org.gridgov.scenario.Scenario;

/**
 * Staff sized together: the grid workers, or one department's handling staff. Its size is a head count,
 * set through the scenario parameter that decides it: {@code grid_workers.households_per_worker} (workers =
 * max(1, round(households / households per worker))) or {@code departments.NAME.staff_per_100k_residents}
 * (staff = max(1, round(x * residents / 100,000))).
 *
 * @param department the department's name, or null for the grid workers
 */
public record StaffGroup(String department) {

    public static final StaffGroup GRID_WORKERS = new StaffGroup(null);
    private static final String GRID_WORKER_PARAMETER = "grid_workers.households_per_worker";
    private static final String DEPARTMENT_PARAMETER = "departments.*.staff_per_100k_residents";
    /** The declared limits on the two parameters. */
    static final int MIN_HOUSEHOLDS_PER_WORKER = (int) ParameterCatalogue.get(GRID_WORKER_PARAMETER).min();
    static final int MAX_HOUSEHOLDS_PER_WORKER = (int) ParameterCatalogue.get(GRID_WORKER_PARAMETER).max();
    static final double MAX_STAFF_PER_100K = ParameterCatalogue.get(DEPARTMENT_PARAMETER).max();

    public static StaffGroup department(String name) {
        return new StaffGroup(name);
    }

    public boolean gridWorkers() {
        return department == null;
    }

    /** As written after --for, and in the outputs: {@code grid-workers} or {@code department:NAME}. */
    public String key() {
        return gridWorkers() ? "grid-workers" : "department:" + department;
    }

    /** For people: "grid workers" or "NAME staff". */
    public String label() {
        return label(org.gridgov.text.Texts.EN);
    }

    /** The group's name in the language of {@code t}. */
    public String label(org.gridgov.text.Texts t) {
        return gridWorkers() ? t.t("grid workers") : t.f("%s staff", department);
    }

    /** The parameter that sets the head count. */
    public String parameter() {
        return gridWorkers() ? GRID_WORKER_PARAMETER : DEPARTMENT_PARAMETER.replace("*", department);
    }

    /** The head count a scenario gives this group. */
    public int count(Scenario s) {
        if (gridWorkers()) {
            return workers(s.city().households(), s.gridWorkers().householdsPerWorker());
        }
        return params(s).staffFor(s.city().residents());
    }

    /** The largest head count the parameter's limits allow. */
    public int largest(Scenario s) {
        if (gridWorkers()) {
            return workers(s.city().households(), MIN_HOUSEHOLDS_PER_WORKER);
        }
        return staff(MAX_STAFF_PER_100K, s.city().residents());
    }

    /**
     * The parameter's value, as text, that gives exactly {@code count} staff in this scenario, or null when no
     * allowed value does (households per worker is a whole number, so some large worker counts fall between two).
     */
    public String setting(Scenario s, int count) {
        if (count < 1) {
            return null;
        }
        if (gridWorkers()) {
            int households = s.city().households();
            long nearest = Math.round((double) households / count);
            // The value closest to households / count that gives the count, the smaller one on a tie.
            for (long h : new long[] {nearest, nearest - 1, nearest + 1}) {
                if (h >= MIN_HOUSEHOLDS_PER_WORKER && h <= MAX_HOUSEHOLDS_PER_WORKER && workers(households, (int) h) == count) {
                    return Long.toString(h);
                }
            }
            return null;
        }
        params(s);
        String text = Num.format(count * 100_000.0 / s.city().residents());
        double value = Double.parseDouble(text);
        return value <= MAX_STAFF_PER_100K && staff(value, s.city().residents()) == count ? text : null;
    }

    /** {@code path=value} setting {@code count} staff, for the scenario reader. */
    public String override(Scenario s, int count) {
        String value = setting(s, count);
        if (value == null) {
            throw new IllegalArgumentException(count + " " + label() + " cannot be set exactly");
        }
        return parameter() + "=" + value;
    }

    /** The head counts from {@code min} to {@code max} that the parameter can give exactly, in increasing order. */
    public List<Integer> ladder(Scenario s, int min, int max) {
        List<Integer> counts = new ArrayList<>();
        for (int c = Math.max(1, min); c <= max; c++) {
            if (setting(s, c) != null) {
                counts.add(c);
            }
        }
        return counts;
    }

    private DepartmentParams params(Scenario s) {
        DepartmentParams d = s.departments().get(department);
        if (d == null) {
            throw new IllegalArgumentException("no department '" + department + "'");
        }
        return d;
    }

    /** As {@link DepartmentParams#staffFor}, for a value the scenario does not hold yet. */
    private static int staff(double per100k, int residents) {
        return DepartmentParams.staff(per100k, residents);
    }

    /** As the model counts them ({@link GridWorkerParams#workers}). */
    private static int workers(int households, int householdsPerWorker) {
        return GridWorkerParams.workers(households, householdsPerWorker);
    }
}
