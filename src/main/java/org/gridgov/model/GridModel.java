package org.gridgov.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.model.events.EventBus;
import org.gridgov.model.time.WorkCalendar;
import org.gridgov.rng.AliasTable;
import org.gridgov.rng.Draws;
import org.gridgov.rng.RandomStreams;
import org.gridgov.scenario.CaseType;
import org.gridgov.scenario.DepartmentParams;
import org.gridgov.scenario.Effort;
import org.gridgov.scenario.GridWorkerParams;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.Shift;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The city's grid governance system on MASON's schedule: issues occur in grid cells, are discovered by
 * grid workers' patrols and residents' reports, filed, dispatched, handled, verified and closed.
 *
 * <p>Time is in hours from Monday 00:00 of day 0. Scheduling is event-driven: an agent is on the
 * schedule only when it has something to do. Everything that happens is published on {@link #bus()};
 * the model itself keeps no statistics. Randomness comes from named streams derived from (seed,
 * replication, name), never from MASON's shared generator, except to break exact ties in the schedule.
 */
public final class GridModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** Ordering of the end-of-day event: after everything else at midnight. */
    private static final int DAY_END_ORDER = 1;
    private static final int RUN_END_ORDER = 2;

    private final Scenario scenario;
    private final int replication;
    private final int days;
    private final RandomStreams streams;
    final EventBus bus = new EventBus();
    final ModelDraws draws;

    private City city;
    private final List<GridWorker> workers = new ArrayList<>();
    private final Map<String, Department> departments = new LinkedHashMap<>();
    private final List<IssueType> types = new ArrayList<>();
    private WorkCalendar workerCalendar;
    private ResidentReporting reporting;
    SupervisionCentre supervision;
    CommandCentre command;
    private int nextIssueId;
    private boolean ended;

    /**
     * @param scenario the validated scenario
     * @param seed master seed (overrides the scenario's)
     * @param replication replication number: a different, independent set of streams for the same seed
     * @param days days to simulate
     */
    public GridModel(Scenario scenario, long seed, int replication, int days) {
        super(seed, new CountingSchedule());
        this.scenario = scenario;
        this.replication = replication;
        this.days = days;
        this.streams = new RandomStreams(seed, replication);
        this.draws = new ModelDraws(streams);
        this.random = streams.stream("schedule");
    }

    public Scenario scenario() { return scenario; }
    public int replication() { return replication; }
    public int days() { return days; }
    /** Hours simulated in all. */
    public double endTime() { return days * 24.0; }
    /** What happens in the model, for observers to register with before {@link #start()}. */
    public EventBus bus() { return bus; }
    public City city() { return city; }
    public List<GridWorker> workers() { return Collections.unmodifiableList(workers); }
    public Map<String, Department> departments() { return Collections.unmodifiableMap(departments); }
    public List<IssueType> issueTypes() { return Collections.unmodifiableList(types); }
    public WorkCalendar gridWorkerCalendar() { return workerCalendar; }
    /** Events put on the schedule so far (for benchmarks). */
    public long eventsScheduled() {
        return ((CountingSchedule) schedule).scheduled();
    }

    /** True once the run has reached its end time. */
    public boolean ended() { return ended; }

    ResidentReporting reporting() {
        return reporting;
    }

    /**
     * Builds the city and its staff and schedules the first events. Observers register on {@link #bus()}
     * after this and before the first step; a restart forgets the previous run's observers.
     */
    @Override
    public void start() {
        super.start();
        bus.clear();
        ended = false;
        nextIssueId = 0;
        workers.clear();
        departments.clear();
        types.clear();
        city = CityBuilder.build(scenario.city(), scenario.residents(), streams.stream("city"),
                streams.stream("households"));
        buildDepartments();
        buildWorkers(scenario.gridWorkers());
        supervision = new SupervisionCentre(this, scenario.platform());
        command = new CommandCentre(this, scenario.platform(), new ArrayList<>(departments.values()));
        reporting = new ResidentReporting(this, city.households(), scenario.residents());
        startOccurrences();
        startInvalidReports();
        for (GridWorker w : workers) {
            w.start(0);
        }
        scheduleDayEnd(1);
        schedule.scheduleOnce(endTime(), RUN_END_ORDER, state -> endRun());
    }

    private void buildDepartments() {
        for (DepartmentParams d : scenario.departmentList()) {
            departments.put(d.name(), new Department(this, d, calendar(d.shift()),
                    d.staffFor(scenario.city().residents())));
        }
        for (CaseType t : scenario.caseTypeList()) {
            types.add(new IssueType(types.size(), t, t.resolvedByGridWorker() ? null : departments.get(t.department())));
        }
    }

    /** Workers get contiguous runs of cells; when there are more workers than cells, cells share them. */
    private void buildWorkers(GridWorkerParams p) {
        workerCalendar = calendar(p.shift());
        List<GridCell> cells = city.cells();
        int households = city.households().count();
        int count = Math.max(1, (int) Math.round((double) households / p.householdsPerWorker()));
        for (int w = 0; w < count; w++) {
            List<GridCell> assigned = new ArrayList<>();
            if (count <= cells.size()) {
                int from = (int) ((long) w * cells.size() / count);
                int to = (int) ((long) (w + 1) * cells.size() / count);
                assigned.addAll(cells.subList(from, to));
            } else {
                assigned.add(cells.get((int) ((long) w * cells.size() / count)));
            }
            GridWorker worker = new GridWorker(this, w + 1, assigned, workerCalendar, p);
            workers.add(worker);
            for (GridCell c : assigned) {
                c.addWorker(worker);
            }
        }
    }

    private static WorkCalendar calendar(Shift s) {
        return s.hoursPerDay() >= 24 && s.daysPerWeek() == 7
                ? WorkCalendar.ALWAYS
                : new WorkCalendar(s.startHour(), s.hoursPerDay(), s.daysPerWeek());
    }

    private void startOccurrences() {
        List<GridCell> cells = city.cells();
        double[] weights = new double[cells.size()];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = cells.get(i).households() * cells.get(i).intensity();
            total += weights[i];
        }
        AliasTable table = new AliasTable(weights);
        for (IssueType type : types) {
            new OccurrenceProcess(this, type, table, total, streams.stream("occurrence/" + type.name())).start();
        }
    }

    private void startInvalidReports() {
        double perHour = scenario.residents().invalidReportsPerHouseholdYear() * city.households().count()
                * reporting.access() / (24 * 365.0);
        if (reporting.access() > 0) {
            new InvalidReports(this, perHour, scenario.platform().filingDelayHours(),
                    streams.stream("invalid-reports")).start();
        }
    }

    private void scheduleDayEnd(int day) {
        double at = day * 24.0;
        if (at > endTime()) {
            return;
        }
        schedule.scheduleOnce(at, DAY_END_ORDER, (Steppable) state -> {
            supervision.review(at);
            bus.dayEnded(day - 1, at);
            scheduleDayEnd(day + 1);
        });
    }

    private void endRun() {
        double end = endTime();
        for (GridWorker w : workers) {
            w.flushWork(end);
        }
        for (Department d : departments.values()) {
            d.flushWork(end);
        }
        ended = true;
        schedule.clear();
    }

    /** Schedules an action at an absolute time. */
    void at(double time, Steppable action) {
        schedule.scheduleOnce(time, action);
    }

    void issueOccurred(IssueType type, long sequence, GridCell cell, double now) {
        Issue issue = new Issue(nextIssueId++, type.keyFor(sequence), type, cell, now);
        bus.issueOccurred(now, issue);
        long sweeps = Draws.geometricTrials(draws.detection.uniform(issue.key, 0),
                type.spec().detectionProbability());
        cell.issueOccurred(issue, sweeps);
        reporting.issueOccurred(issue, now);
    }

    void issueDiscovered(Issue issue, String channel, double now) {
        issue.state = CaseState.DISCOVERED;
        issue.channel = channel;
        issue.discoveredAt = now;
        issue.cell.issueDiscovered();
        bus.issueDiscovered(now, issue, channel);
    }

    /** Handling effort for the issue's next handling (a rework draws afresh). */
    double sampleEffort(Issue issue) {
        Effort e = issue.type.spec().effort();
        int block = Draws.GAMMA_DRAWS * issue.reworks;
        switch (e.kind()) {
            case FIXED:
                return e.mean();
            case EXPONENTIAL:
                return Draws.exponential(draws.effort.uniform(issue.key, block), e.mean());
            case LOGNORMAL:
                return Draws.lognormalFromMeanSd(draws.effort.uniform(issue.key, block), e.mean(), e.sd());
            case GAMMA:
                return Draws.gammaFromMeanSd(draws.effort, issue.key, block, e.mean(), e.sd());
            default:
                throw new IllegalStateException(e.kind().name());
        }
    }
}
