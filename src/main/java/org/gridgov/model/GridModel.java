package org.gridgov.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;

import org.gridgov.model.events.EventBus;
import org.gridgov.model.time.WorkCalendar;
import org.gridgov.rng.AliasTable;
import org.gridgov.rng.Draws;
import org.gridgov.rng.KeyedStream;
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
    /** The scenario in force now: {@link #scenario} until its first scheduled change (docs/ODD.md 6). */
    private Scenario inForce;
    private final int replication;
    private final int days;
    private final RandomStreams streams;
    final EventBus bus = new EventBus();
    final ModelDraws draws;

    private City city;
    private final List<GridWorker> workers = new ArrayList<>();
    private final Map<String, Department> departments = new LinkedHashMap<>();
    private final Map<String, Ngo> ngos = new LinkedHashMap<>();
    private final List<IssueType> types = new ArrayList<>();
    private WorkCalendar workerCalendar;
    private ResidentReporting reporting;
    SupervisionCentre supervision;
    CommandCentre command;
    private Coordination coordination;
    private Ownership ownership;
    private CommunityOrganisations community;
    PartyBranches partyBranches;
    private VolunteerTeams volunteers;
    private NeighbourhoodLearning neighbourhood;
    private InvalidReports invalidReports;
    /** The days on which a scheduled change takes effect (docs/ODD.md 6). */
    private boolean[] changesOn;
    /** When the last awareness campaign ran (NaN before the first), and which scheduling of the next is current. */
    private double lastCampaign;
    private int campaignGeneration;
    private int nextIssueId;
    private int nextStaffSerial;
    /** Time of the event being processed (before the first one, earlier than any). */
    private double clock;
    private boolean ended;
    /** Between start() and finish(): observers registered now belong to this run. */
    private boolean running;

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

    /** The scenario as written, with the values in force at the start and its schedules. */
    public Scenario scenario() { return scenario; }
    /** The scenario in force now; the one of the last day once the run has ended (docs/ODD.md 6). */
    public Scenario inForce() { return inForce; }
    public int replication() { return replication; }
    public int days() { return days; }
    /** The next number of {@link Staff#serial()}: staff are created only while the model starts or runs. */
    int newStaffSerial() {
        return nextStaffSerial++;
    }

    /** Hours simulated in all. */
    public double endTime() { return days * 24.0; }
    /** What happens in the model, for observers to register with before the first step (see {@link #start()}). */
    public EventBus bus() { return bus; }
    public City city() { return city; }
    public List<GridWorker> workers() { return Collections.unmodifiableList(workers); }
    public Map<String, Department> departments() { return Collections.unmodifiableMap(departments); }
    /** NGOs by name; one without a participation mechanism or purchased hours has no staff. */
    public Map<String, Ngo> ngos() { return Collections.unmodifiableMap(ngos); }
    /** Every unit that takes dispatched cases with its own staff: the departments, then the NGOs. */
    public List<HandlingUnit> handlingUnits() {
        List<HandlingUnit> units = new ArrayList<>(departments.values());
        units.addAll(ngos.values());
        return Collections.unmodifiableList(units);
    }
    /** Every volunteer who has joined so far, active or not. */
    public List<Volunteer> volunteers() { return volunteers.volunteers(); }
    /** Volunteers active now. */
    public int activeVolunteers() { return volunteers.active(); }
    public List<IssueType> issueTypes() { return Collections.unmodifiableList(types); }
    public WorkCalendar gridWorkerCalendar() { return workerCalendar; }
    /** Events put on the schedule so far (for benchmarks). */
    public long eventsScheduled() {
        return ((CountingSchedule) schedule).scheduled();
    }

    /**
     * How the schedule shows a time of the run, in hours since Monday 00:00 of day 1, to a viewer such as MASON's
     * Console (its raw hours otherwise). Only the display changes.
     */
    public void showTimesAs(DoubleFunction<String> format) {
        ((CountingSchedule) schedule).showTimesAs(format);
    }

    /** True once the run has reached its end time. */
    public boolean ended() { return ended; }

    ResidentReporting reporting() {
        return reporting;
    }

    Coordination coordination() {
        return coordination;
    }

    Ownership ownership() {
        return ownership;
    }

    /** A household's awareness now, with awareness campaigns and community mobilisation. */
    public double awareness(int household) {
        return reporting.awareness(household, schedule.getTime() < 0 ? 0 : schedule.getTime());
    }

    /**
     * Builds the city and its staff and schedules the first events. Observers take part in the run if they
     * register on {@link #bus()} before this (the city is built here, so they read it only when told of an
     * event) or after it and before the first step. A restart without {@link #finish()} forgets the
     * previous run's observers.
     */
    @Override
    public void start() {
        super.start();
        if (running) {
            bus.clear();
        }
        running = true;
        inForce = scenario;
        lastCampaign = Double.NaN;
        campaignGeneration = 0;
        clock = Double.NEGATIVE_INFINITY;
        ended = false;
        nextIssueId = 0;
        nextStaffSerial = 0;
        workers.clear();
        departments.clear();
        ngos.clear();
        types.clear();
        city = CityBuilder.build(scenario.city(), scenario.residents(), streams.stream("city"),
                streams.stream("households"));
        buildDepartments();
        buildNgos();
        buildWorkers(scenario.gridWorkers());
        supervision = new SupervisionCentre(this);
        command = new CommandCentre(this, new ArrayList<>(departments.values()));
        coordination = new Coordination(this);
        ownership = new Ownership(this, streams.keyed("component-ownership"), streams.keyed("outside-owner-fix"));
        community = new CommunityOrganisations(this, streams);
        partyBranches = new PartyBranches(this, streams);
        reporting = new ResidentReporting(this, city.households(), scenario.residents());
        reporting.inForce(scenario);
        neighbourhood = new NeighbourhoodLearning(scenario, city, reporting, draws, streams.stream("conversations"));
        AliasTable byHouseholds = startOccurrences();
        startInvalidReports();
        for (GridWorker w : workers) {
            w.start(0);
        }
        volunteers = new VolunteerTeams(this, scenario.volunteers(), streams.stream("volunteers"), byHouseholds,
                city.cells(), scenario.city().residents());
        volunteers.start((int) Math.round(scenario.volunteers().initialPer1000Residents()
                * scenario.city().residents() / 1000.0));
        scheduleCampaign(0);
        changesOn = new boolean[days];
        for (int day : scenario.changeDays()) {
            if (day < days) {
                changesOn[day] = true;
            }
        }
        scheduleDayEnd(1);
        at(endTime(), RUN_END_ORDER, now -> endRun());
    }

    private void buildDepartments() {
        for (DepartmentParams d : scenario.departmentList()) {
            departments.put(d.name(), new Department(this, d, calendar(d.shift()),
                    d.staffFor(scenario.city().residents())));
        }
        for (CaseType t : scenario.caseTypeList()) {
            types.add(new IssueType(types.size(), t, t.resolvedByGridWorker() ? null : departments.get(t.department()),
                    departments.get(t.crossDepartmentPartner())));
        }
    }

    /**
     * NGOs get staff only where a participation mechanism lets the government buy their services: the hours
     * bought (budget share / hourly rate) up to the hours the policy environment lets them supply.
     */
    private void buildNgos() {
        for (var org : scenario.ngos().organisations().values()) {
            WorkCalendar cal = calendar(org.shift());
            double bought = hoursBought(scenario, org.name());
            int posts = posts(bought, cal);
            ngos.put(org.name(), new Ngo(this, org, cal, posts, posts > 0 ? bought : 0));
        }
    }

    /** Service hours a year the scenario buys from an NGO. */
    private static double hoursBought(Scenario s, String ngo) {
        var p = s.ngos();
        var org = p.organisations().get(ngo);
        return p.participationMechanism()
                ? Math.min(p.purchasePer100kResidents() * org.purchaseShare() / p.hourlyRate(),
                        p.environment() * org.maxHoursPer100kResidents()) * s.city().residents() / 100_000.0
                : 0;
    }

    /** Posts that give the hours bought a year, on the NGO's shift. */
    private static int posts(double hoursBought, WorkCalendar cal) {
        return (int) Math.round(hoursBought / (cal.hoursPerWeek() * 365 / 7.0));
    }

    /** The first NGO that handles this type and has room for another case, or null. */
    Ngo ngoWithRoomFor(IssueType type) {
        for (Ngo ngo : ngos.values()) {
            if (ngo.handles(type) && ngo.hasRoom()) {
                return ngo;
            }
        }
        return null;
    }

    /** Each post gets a beat of neighbouring cells with about the same expected issues (see {@link PostAssignment}). */
    private void buildWorkers(GridWorkerParams p) {
        workerCalendar = calendar(p.shift());
        List<GridCell> cells = city.cells();
        int count = p.workersFor(city.households().count());
        List<int[]> beats = PostAssignment.beats(expectedLoad(), count);
        for (int w = 0; w < count; w++) {
            List<GridCell> assigned = beat(beats.get(w));
            GridWorker worker = new GridWorker(this, w + 1, assigned, workerCalendar);
            workers.add(worker);
            for (GridCell c : assigned) {
                c.addWorker(worker);
            }
        }
    }

    /** Each cell's expected issues (households x intensity), in walking order ({@link BeatWalk}). */
    private double[] expectedLoad() {
        List<GridCell> cells = city.cells();
        int[] walk = city.walk();
        double[] load = new double[walk.length];
        for (int i = 0; i < walk.length; i++) {
            load[i] = cells.get(walk[i]).households() * cells.get(walk[i]).intensity();
        }
        return load;
    }

    /** The cells of a beat, given by their positions in the walk. */
    private List<GridCell> beat(int[] walkPositions) {
        List<GridCell> assigned = new ArrayList<>();
        for (int i : walkPositions) {
            assigned.add(city.cells().get(city.walk()[i]));
        }
        return assigned;
    }

    /**
     * A scheduled reform takes effect at the start of a day (docs/ODD.md 6). What the model reads at use changes
     * now; what it derived from the levers is derived again; posts are created or abolished and beats redrawn;
     * Poisson processes go on at their new rates.
     */
    private void change(Scenario next, double now) {
        Scenario before = inForce;
        inForce = next;
        reporting.inForce(next);
        neighbourhood.inForce(next);
        for (Department d : departments.values()) {
            d.inForce(next);
        }
        volunteers.inForce(next.volunteers(), now);
        invalidReports.rate(invalidReportsPerHour(), now);
        if (next.residents().awarenessCampaignsPerYear() != before.residents().awarenessCampaignsPerYear()) {
            double perYear = next.residents().awarenessCampaignsPerYear();
            scheduleCampaign(Double.isNaN(lastCampaign) ? now : Math.max(now, lastCampaign + 24 * 365.0 / perYear));
        }
        int posts = next.gridWorkers().workersFor(city.households().count());
        if (posts != openPosts().size()) {
            redrawBeats(posts, now);
        }
        if (next.gridWorkers().extraDutyShare() > 0) {
            for (GridWorker w : workers) {
                w.extraDutiesResumed(now);
            }
        }
        for (Ngo ngo : ngos.values()) {
            double bought = hoursBought(next, ngo.name());
            int staff = posts(bought, ngo.calendar());
            ngo.staffChanged(staff, staff > 0 ? bought : 0, now);
        }
        bus.leversChanged(now, next);
    }

    /** Grid-worker posts not abolished, in post order. */
    private List<GridWorker> openPosts() {
        List<GridWorker> open = new ArrayList<>(workers.size());
        for (GridWorker w : workers) {
            if (!w.closed()) {
                open.add(w);
            }
        }
        return open;
    }

    /**
     * The number of grid-worker posts changes: the highest-numbered posts are abolished, or new ones created with
     * the next numbers, and every open post gets a new beat, drawn as at the start ({@link PostAssignment}).
     */
    private void redrawBeats(int posts, double now) {
        List<GridWorker> open = openPosts();
        for (int i = open.size() - 1; i >= posts; i--) {
            open.remove(i).close(now);
        }
        List<int[]> beats = PostAssignment.beats(expectedLoad(), posts);
        for (GridCell c : city.cells()) {
            c.clearWorkers();
        }
        for (int i = 0; i < posts; i++) {
            List<GridCell> beat = beat(beats.get(i));
            boolean created = i >= open.size();
            GridWorker w = created ? new GridWorker(this, workers.size() + 1, beat, workerCalendar) : open.get(i);
            for (GridCell c : beat) {
                c.addWorker(w);
            }
            if (created) {
                workers.add(w);
                bus.postOpened(now, w);
                w.start(now);
            } else {
                w.reassign(beat, now);
            }
        }
    }

    private static WorkCalendar calendar(Shift s) {
        return s.hoursPerDay() >= 24 && s.daysPerWeek() == 7
                ? WorkCalendar.ALWAYS
                : new WorkCalendar(s.startHour(), s.hoursPerDay(), s.daysPerWeek());
    }

    private AliasTable startOccurrences() {
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
        return householdTable();
    }

    private AliasTable householdTable() {
        double[] weights = new double[city.cells().size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = city.cells().get(i).households();
        }
        return new AliasTable(weights);
    }

    /** Awareness campaigns, evenly spaced over each year from the start. */
    private void scheduleCampaign(double at) {
        int mine = ++campaignGeneration;
        double perYear = inForce.residents().awarenessCampaignsPerYear();
        if (perYear <= 0 || at >= endTime()) {
            return;
        }
        at(at, now -> {
            if (mine != campaignGeneration) {
                return;
            }
            reporting.campaign(now);
            lastCampaign = now;
            scheduleCampaign(now + 24 * 365.0 / inForce.residents().awarenessCampaignsPerYear());
        });
    }

    private void startInvalidReports() {
        invalidReports = new InvalidReports(this, invalidReportsPerHour(), streams.stream("invalid-reports"));
        invalidReports.start();
    }

    private double invalidReportsPerHour() {
        var reports = inForce.publicReports();
        double paid = reports.paidReports() ? 1 + reports.paidInvalidGain() : 1;
        return inForce.residents().invalidReportsPerHouseholdYear() * paid * city.households().count()
                * reporting.access() / (24 * 365.0);
    }

    private void scheduleDayEnd(int day) {
        double at = day * 24.0;
        if (at > endTime()) {
            return;
        }
        at(at, DAY_END_ORDER, now -> {
            partyBranches.escalateOverdue(now);
            supervision.review(now);
            neighbourhood.converse();
            bus.dayEnded(day - 1, now);
            // Taking effect in the day's end event adds no event to the schedule, whose order for events at the
            // same time depends on all it holds: so the run before a change is the unreformed run, event by event.
            if (day < days && changesOn[day]) {
                change(scenario.inForceOn(day), now);
            }
            scheduleDayEnd(day + 1);
        });
    }

    /** Ends the run and lets its observers go, so that those registered from now on observe the next start(). */
    @Override
    public void finish() {
        super.finish();
        bus.clear();
        running = false;
    }

    private void endRun() {
        double end = endTime();
        for (GridWorker w : workers) {
            w.flushWork(end);
        }
        for (HandlingUnit u : handlingUnits()) {
            u.flushWork(end);
        }
        ended = true;
        schedule.clear();
    }

    /**
     * Something the model does at a time; it is told the time it runs at. It goes on the schedule itself (no wrapper
     * object per event): the schedule's time when it fires is the time it was put there for.
     */
    @FunctionalInterface
    interface Action extends Steppable {
        void run(double now);

        @Override
        default void step(SimState state) {
            GridModel model = (GridModel) state;
            double now = ((CountingSchedule) model.schedule).now();
            model.clock = now;
            run(now);
        }
    }

    /**
     * What the model does to a subject at a time; it is told the time it runs at and the number it was scheduled
     * with. Unlike an {@link Action}, which carries what it captured, one handler serves every event of its kind:
     * the schedule keeps the subject and number, so the model's most frequent events make no object each.
     */
    @FunctionalInterface
    interface Handler<T> extends CountingSchedule.Event<T> {
        void run(T subject, int number, double now);

        @Override
        default void fire(SimState state, T subject, int number) {
            GridModel model = (GridModel) state;
            double now = ((CountingSchedule) model.schedule).now();
            model.clock = now;
            run(subject, number, now);
        }
    }

    /** Schedules an action at an absolute time (not before the event being processed). */
    void at(double time, Action action) {
        at(time, 0, action);
    }

    /** Schedules {@code handler} to act on {@code subject} with {@code number} at an absolute time. */
    <T> void at(double time, Handler<T> handler, T subject, int number) {
        // As for an action: an event for the current time runs one ulp later, and is told so.
        ((CountingSchedule) schedule).scheduleOnce(time == clock ? Math.nextUp(time) : time, 0, handler, subject,
                number);
    }

    private void at(double time, int ordering, Action action) {
        // MASON moves an event for the current time one ulp later: the action is told when it really runs.
        schedule.scheduleOnce(time == clock ? Math.nextUp(time) : time, ordering, action);
    }

    void issueOccurred(IssueType type, long sequence, GridCell cell, double now) {
        long key = type.keyFor(sequence);
        CaseType spec = type.spec();
        boolean needsPartner = spec.crossDepartmentShare() > 0
                && draws.crossDepartment.uniform(key, 0) < spec.crossDepartmentShare();
        Issue issue = new Issue(nextIssueId++, key, type, cell, now, needsPartner, bus);
        issue.occurred();
        if (community.takesUp(issue)) {
            community.mediate(issue, now);
        } else {
            becomeLatent(issue, now);
        }
    }

    /** The issue is latent: patrols and residents may now discover it. */
    void becomeLatent(Issue issue, double now) {
        int round = issue.mediations();
        issue.cell.becameLatent(issue, effortToDetect(issue, round));
        reporting.issueBecameLatent(issue, round, now);
    }

    /**
     * Patrol effort (in grid-worker sweeps) it takes to notice the issue: exponential with rate -ln(1 - p),
     * so that a whole number of worker sweeps finds it as a geometric number of Bernoulli(p) trials would.
     */
    private double effortToDetect(Issue issue, int round) {
        double p = issue.type.spec().detectionProbability();
        if (p <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (p >= 1) {
            return 0;
        }
        return Math.log1p(-draws.detection.uniform(issue.key, round)) / issue.type.logMissPerSweep();
    }

    /** Resolved without becoming a case. */
    void resolveLocally(Issue issue, ActorKind by, double now) {
        issue.resolveLocally(by, now);
        neighbourhood.issueEnded(issue, now);
    }

    NeighbourhoodLearning neighbourhood() {
        return neighbourhood;
    }

    /**
     * The issue is closed or parked: those who saw or heard of it learn ({@link NeighbourhoodLearning}), and
     * every household that reported it learns from how it was dealt with: fixed and closed in time raises
     * its trust; slow, unfixed or parked lowers it.
     */
    void residentExperience(Issue issue) {
        neighbourhood.issueEnded(issue, issue.state() == CaseState.PARKED ? issue.parkedAt() : issue.closedAt());
        double rate = inForce.residents().trustLearningRate();
        if (issue.state() == CaseState.PARKED) {
            // A parked case is not closed, so nobody calls its reporters back: they hear nothing, and learn that.
            for (int i = 0; rate > 0 && i < issue.reporterCount(); i++) {
                city.households().learn(issue.reporterAt(i), false, rate);
            }
            return;
        }
        callBack(issue, rate);
    }

    /**
     * The supervision centre calls reporters of a closed case back (回访) and asks whether the issue was
     * resolved: what they answer is what they saw, and it is what moves their trust (docs/ODD.md 7.27).
     */
    private void callBack(Issue issue, double rate) {
        var reports = inForce.publicReports();
        boolean resolved = issue.fixed();
        boolean satisfied = resolved
                && issue.closedAt() - issue.discoveredAt() <= inForce.residents().satisfiedWithinHours();
        for (int i = 0; i < issue.reporterCount(); i++) {
            if (draws.callbacks.uniform(issue.key, 2 * i) >= reports.callbackShare()) {
                continue;
            }
            int household = issue.reporterAt(i);
            double at = issue.closedAt()
                    + Draws.exponential(draws.callbacks.uniform(issue.key, 2 * i + 1), reports.callbackDelayHours());
            at(at, t -> {
                bus.calledBack(t, issue, household, resolved, satisfied);
                if (rate > 0) {
                    city.households().learn(household, satisfied, rate);
                }
            });
        }
    }

    /** Who takes a task for a cell: one of its workers on the job, else a neighbour covering a vacancy. */
    GridWorker workerFor(GridCell cell) {
        GridWorker w = cell.workerForTask();
        if (w != null) {
            return w;
        }
        GridWorker cover = coveringWorker(cell.workers().get(0));
        return cover != null ? cover : cell.workers().get(0);
    }

    /**
     * The worker on the job nearest to a vacant post: of the cell nearest to the post's first cell (by the way
     * through neighbouring cells, ties to the lower cell) with a worker on the job other than the post's own, its
     * lowest-numbered such worker; null if nobody is on the job.
     */
    GridWorker coveringWorker(GridWorker vacant) {
        int home = vacant.cells().get(0).id();
        int cell = city.distances().nearest(home, c -> onTheJob(city.cells().get(c), vacant) != null);
        return cell < 0 ? null : onTheJob(city.cells().get(cell), vacant);
    }

    /** The cell's lowest-numbered worker on the job other than {@code except}, or null. */
    private static GridWorker onTheJob(GridCell cell, GridWorker except) {
        GridWorker best = null;
        for (GridWorker w : cell.workers()) {
            if (w != except && !w.vacant() && (best == null || w.number() < best.number())) {
                best = w;
            }
        }
        return best;
    }

    /** Handling effort for the issue's next handling (a rework draws afresh). */
    double sampleEffort(Issue issue) {
        return sampleEffort(issue, draws.effort);
    }

    /** Effort of the second department's handling: its own draws, independent of the first's. */
    double samplePartnerEffort(Issue issue) {
        return sampleEffort(issue, draws.partnerEffort);
    }

    private double sampleEffort(Issue issue, KeyedStream stream) {
        return sample(issue.type.spec().effort(), stream, issue.key, Draws.GAMMA_DRAWS * issue.reworks());
    }

    /** A variate of the distribution from the draws {@code block ..} of {@code key} (a gamma uses 64 of them). */
    static double sample(Effort e, KeyedStream stream, long key, int block) {
        switch (e.kind()) {
            case FIXED:
                return e.mean();
            case EXPONENTIAL:
                return Draws.exponential(stream.uniform(key, block), e.mean());
            case LOGNORMAL:
                return Draws.lognormalFromMeanSd(stream.uniform(key, block), e.mean(), e.sd());
            case GAMMA:
                return Draws.gammaFromMeanSd(stream, key, block, e.mean(), e.sd());
            default:
                throw new IllegalStateException(e.kind().name());
        }
    }
}
