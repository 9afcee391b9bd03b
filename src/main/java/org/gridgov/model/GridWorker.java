package org.gridgov.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.model.time.WorkCalendar;
import org.gridgov.rng.Draws;
import org.gridgov.scenario.GridWorkerParams;
import org.gridgov.scenario.TurnoverParams;

/**
 * A grid worker's post: patrols the assigned cells, discovers issues, fixes minor ones on the spot, files
 * the rest, verifies handled cases on site, handles cases assigned to the grid, and loses hours to duties
 * assigned from above. Sustained overload and low pay make the worker quit; the post then stays vacant,
 * its grids unpatrolled and its tasks covered by a neighbour, until a replacement starts.
 *
 * <p>Event-driven: the worker is scheduled only when an activity ends. Work is counted in working hours
 * on the shift calendar, so an activity started near the end of a shift finishes the next working day.
 * Patrol is what the worker does when nothing else is queued, and any task interrupts it. Queued work
 * goes in order: what was just found on patrol, then duties from above, then case work, first come
 * first served.
 *
 * <p>A scheduled reform (docs/ODD.md 6) may redraw the post's beat ({@link #reassign}) or abolish the post
 * ({@link #close}); the worker reads the grid-worker parameters in force whenever it uses them.
 */
public final class GridWorker implements Staff, java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** The end of an activity and the arrival at a task's cell, for the version of the activity they belong to. */
    private static final GridModel.Handler<GridWorker> FINISH = (w, v, t) -> w.finish(v, t);
    private static final GridModel.Handler<GridWorker> ARRIVE = (w, v, t) -> w.arrived(v, t);

    /** The discovery channel of issues found on patrol. */
    public static final String PATROL_CHANNEL = ActorKind.GRID_WORKER.discoveryChannel();
    public static final String UNIT = ActorKind.GRID_WORKER.label();

    private final GridModel model;
    private final int number;
    private final int serial;
    private List<GridCell> cells;
    private final WorkCalendar calendar;

    private final ArrayDeque<WorkerTask> foundOnPatrol = new ArrayDeque<>();
    private final ArrayDeque<WorkerTask> extraDuties = new ArrayDeque<>();
    private final ArrayDeque<WorkerTask> caseWork = new ArrayDeque<>();

    private WorkerTask current;
    /** True while on the way to the current task's cell. */
    private boolean travelling;
    /** Where the worker is, or is going: the cell of the last sweep or task (docs/ODD.md 7.3). */
    private GridCell at;
    private double activityStart;
    private int patrolIndex;
    private double patrolLeft;
    /** Invalidates the scheduled end of an interrupted activity. */
    private int version;
    private int extraDutiesAssigned;
    /** True while an activity's consequences are being settled; new tasks then just queue. */
    private boolean settling;
    private boolean vacant;
    /** True once a reform has abolished the post. */
    private boolean closed;
    /** True when duties from above stopped because their share was 0; a reform may raise it again. */
    private boolean dutiesPaused;
    /** Which person holds the post (0 for the first); a new hire gets fresh extra duties and checks. */
    private int tenure;
    private double loadHours;
    private double loadSince;
    private int loadChecks;

    GridWorker(GridModel model, int number, List<GridCell> cells, WorkCalendar calendar) {
        this.model = model;
        this.number = number;
        this.serial = model.newStaffSerial();
        this.cells = List.copyOf(cells);
        this.calendar = calendar;
        this.at = this.cells.get(0);
    }

    /** The grid-worker parameters in force now. */
    private GridWorkerParams params() {
        return model.inForce().gridWorkers();
    }

    @Override public ActorKind kind() { return ActorKind.GRID_WORKER; }
    @Override public String unit() { return UNIT; }
    @Override public int number() { return number; }
    @Override public int serial() { return serial; }
    @Override public WorkCalendar calendar() { return calendar; }
    public List<GridCell> cells() { return cells; }
    /** The activity under way (patrol when no task is). */
    public Activity activity() {
        return current == null ? Activity.PATROL : travelling ? Activity.TRAVEL : current.activity;
    }
    /** The cell the worker is in, or on the way to. */
    public GridCell location() { return at; }
    /** The cell being patrolled or last patrolled. */
    public GridCell patrolCell() { return cells.get(patrolIndex); }
    /** True while the post is empty after a quit, and for good once it is abolished. */
    public boolean vacant() { return vacant; }
    /** True once a reform has abolished the post. */
    public boolean closed() { return closed; }

    int queuedTasks() {
        return foundOnPatrol.size() + extraDuties.size() + caseWork.size() + (current == null ? 0 : 1);
    }

    void start(double now) {
        dutiesPaused = false;
        loadSince = now;
        loadHours = 0;
        scheduleNextExtraDuty(now, tenure);
        scheduleLoadCheck(now, tenure);
        startNext(now);
    }

    /** Queues a verification of a handled case. */
    void verify(Issue issue, double now) {
        enqueue(caseWork, new WorkerTask(Activity.VERIFICATION, params().verificationHours(), issue), now);
    }

    /** Queues the handling of a case dispatched to the grid. */
    void handle(Issue issue, double hours, double now) {
        issue.queueAtGridWorker(now);
        enqueue(caseWork, new WorkerTask(Activity.HANDLING, hours, issue), now);
    }

    private void enqueue(ArrayDeque<WorkerTask> queue, WorkerTask task, double now) {
        queue.add(task);
        if (current == null && !settling && !vacant) {
            interruptPatrol(now);
            startNext(now);
        }
    }

    private void interruptPatrol(double now) {
        double worked = calendar.workingHoursBetween(activityStart, now);
        patrolLeft = Math.max(0, patrolLeft - worked);
        version++;
        if (worked > 0) {
            model.bus.workDone(this, Activity.PATROL, activityStart, now, worked);
        }
        if (patrolLeft <= 0) {
            // Interrupted just as the sweep ended: it still counts.
            completeSweep(now);
        }
    }

    private void completeSweep(double now) {
        patrolLeft = 0;
        GridCell cell = patrolCell();
        patrolIndex = (patrolIndex + 1) % cells.size();
        for (Issue issue : cell.sweepCompleted(1)) {
            discovered(issue, now);
        }
    }

    private void startNext(double now) {
        current = foundOnPatrol.poll();
        if (current == null) {
            current = extraDuties.poll();
        }
        if (current == null) {
            current = caseWork.poll();
        }
        activityStart = now;
        int v = ++version;
        if (current != null) {
            GridCell place = placeOf(current);
            double trip = place == null ? 0 : tripHours(place);
            if (place != null) {
                at = place;
            }
            if (trip > 0) {
                travelling = true;
                model.at(calendar.addWorkingHours(now, trip), ARRIVE, this, v);
            } else {
                startTask(v, now);
            }
        } else {
            if (patrolLeft <= 0) {
                // A new sweep: the walk to the cell is part of patrol.
                GridCell next = patrolCell();
                patrolLeft = tripHours(next) + next.areaM2() / params().patrolM2PerHour();
                at = next;
            }
            double end = calendar.addWorkingHours(now, patrolLeft);
            model.at(end, FINISH, this, v);
        }
    }

    /** Where a task is done: in the case's cell, for work on a case on site; null for work done anywhere. */
    private static GridCell placeOf(WorkerTask task) {
        switch (task.activity) {
            case ON_SPOT_FIX:
            case HANDLING:
            case VERIFICATION:
                return task.issue.cell;
            default:
                return null;
        }
    }

    /** Working hours of the trip from where the worker is to {@code cell}. */
    private double tripHours(GridCell cell) {
        return model.city().metres(at, cell) / 1000.0 / params().travelKmPerHour();
    }

    private void startTask(int v, double now) {
        beginTask(current, now);
        double end = calendar.addWorkingHours(now, current.hours);
        model.at(end, FINISH, this, v);
    }

    /** At the task's cell: the trip counts as travel, and the task begins. */
    private void arrived(int v, double now) {
        if (v != version) {
            return;
        }
        double hours = calendar.workingHoursBetween(activityStart, now);
        loadHours += hours;
        model.bus.workDone(this, Activity.TRAVEL, activityStart, now, hours);
        travelling = false;
        activityStart = now;
        startTask(v, now);
    }

    private void beginTask(WorkerTask task, double now) {
        Issue issue = task.issue;
        switch (task.activity) {
            case ON_SPOT_FIX:
            case HANDLING:
                // Off duty, the work waits for the next shift; the case stays queued until then, so nobody
                // is told of a start that has not happened yet (or never happens, if the run ends first).
                double start = calendar.nextOnDuty(now);
                if (start > now) {
                    model.at(start, t -> startHandling(issue, t));
                } else {
                    startHandling(issue, now);
                }
                break;
            case VERIFICATION:
                issue.startVerification(now);
                break;
            default:
                break;
        }
    }

    private void startHandling(Issue issue, double now) {
        if (issue.state() != CaseState.QUEUED || current == null || current.issue != issue) {
            return; // a zero-hour task begun off duty is already done, or the worker quit before starting
        }
        issue.startHandling(this, now);
    }

    private void finish(int v, double now) {
        if (v != version) {
            return;
        }
        WorkerTask done = current;
        double hours = calendar.workingHoursBetween(activityStart, now);
        settling = true;
        if (done == null) {
            model.bus.workDone(this, Activity.PATROL, activityStart, now, hours);
            completeSweep(now);
        } else {
            loadHours += hours;
            model.bus.workDone(this, done.activity, activityStart, now, hours);
            complete(done, now);
        }
        settling = false;
        current = null;
        startNext(now);
    }

    /** Found on patrol: fix it on the spot when it is minor enough, else file it. */
    private void discovered(Issue issue, double now) {
        issue.discover(PATROL_CHANNEL, now);
        double u = model.draws.onSpot.uniform(issue.key, 0);
        if (u < params().onSpotShare(issue.type.spec())) {
            double hours = Draws.exponential(model.draws.onSpot.uniform(issue.key, 1), issue.type.spec().onSpotHours());
            foundOnPatrol.add(new WorkerTask(Activity.ON_SPOT_FIX, hours, issue));
            issue.fileForOnTheSpotFix(now);
        } else {
            foundOnPatrol.add(new WorkerTask(Activity.FILING, params().filingHours(), issue));
        }
    }

    private void complete(WorkerTask task, double now) {
        Issue issue = task.issue;
        switch (task.activity) {
            case FILING:
                model.supervision.reportReceived(issue, now);
                break;
            case ON_SPOT_FIX:
                issue.handled(UNIT, this, now);
                model.supervision.close(issue, now);
                break;
            case HANDLING:
                issue.handled(UNIT, this, now);
                model.supervision.closeAfterFeedback(issue, now);
                break;
            case VERIFICATION:
                boolean caught = issue.defective() && model.draws.verification.uniform(issue.key, issue.reworks())
                        < params().effectiveVerificationAccuracy();
                issue.verified(this, !caught, now);
                model.supervision.verified(issue, !caught, now);
                break;
            case EXTRA_DUTY:
                break;
            default:
                throw new IllegalStateException("unexpected task " + task.activity);
        }
    }

    /** Duties from above arrive at random in working time, so they take the configured share of hours. */
    private void scheduleNextExtraDuty(double now, int holder) {
        if (params().extraDutyShare() <= 0) {
            dutiesPaused = true;
            return;
        }
        int k = extraDutiesAssigned++;
        double meanGap = params().extraDutyTaskHours() / params().extraDutyShare();
        double gap = Draws.exponential(model.draws.extraDuty.uniform(number, 2 * k), meanGap);
        double hours = Draws.exponential(model.draws.extraDuty.uniform(number, 2 * k + 1), params().extraDutyTaskHours());
        double at = calendar.addWorkingHours(calendar.nextOnDuty(now), gap);
        model.at(at, t -> {
            if (vacant || holder != tenure) {
                return;
            }
            enqueue(extraDuties, new WorkerTask(Activity.EXTRA_DUTY, hours, null), t);
            scheduleNextExtraDuty(t, holder);
        });
    }

    /**
     * Every load-memory period the worker weighs quitting: the quit rate rises with recent overload and
     * with pay below the reference (see {@link TurnoverParams}).
     */
    private void scheduleLoadCheck(double now, int holder) {
        TurnoverParams turnover = params().turnover();
        if (turnover.baseQuitsPerYear() <= 0) {
            return;
        }
        double at = now + turnover.loadMemoryDays() * 24.0;
        model.at(at, t -> {
            if (vacant || holder != tenure) {
                return;
            }
            double onDuty = calendar.workingHoursBetween(loadSince, t);
            double load = onDuty > 0 ? Math.min(1, (loadHours + workInProgress(t)) / onDuty) : 0;
            double payFactor = Math.pow(Math.max(1, turnover.referenceMonthlyPay() / params().monthlyPay()), turnover.payElasticity());
            double overload = Math.exp(turnover.overloadFactor() * Math.max(0, load - turnover.overloadThreshold()));
            double ratePerYear = turnover.baseQuitsPerYear() * payFactor * overload;
            double quitProbability = 1 - Math.exp(-ratePerYear * turnover.loadMemoryDays() / 365.0);
            loadHours = -workInProgress(t);
            loadSince = t;
            if (model.draws.turnover.uniform(number, loadChecks++) < quitProbability) {
                quit(t);
            } else {
                scheduleLoadCheck(t, holder);
            }
        });
    }

    /** Working hours of the task under way so far (patrol is not load). */
    private double workInProgress(double now) {
        return current == null ? 0 : calendar.workingHoursBetween(activityStart, now);
    }

    /** A reform raised the share of duties from above: if they had stopped, they start again now. */
    void extraDutiesResumed(double now) {
        if (dutiesPaused && !vacant) {
            dutiesPaused = false;
            scheduleNextExtraDuty(now, tenure);
        }
    }

    /**
     * A reform redrew the beats: the worker patrols {@code beat} from now on. A sweep under way goes on when its
     * cell stays in the beat, so that frequent small redraws (a ramp in the number of posts) do not keep the
     * worker from the rest of the beat; otherwise the sweep so far counts and patrol starts on the new beat.
     */
    void reassign(List<GridCell> beat, double now) {
        int keep = beat.indexOf(patrolCell());
        if (keep >= 0) {
            cells = List.copyOf(beat);
            patrolIndex = keep;
            return;
        }
        boolean patrolling = current == null && !vacant && !settling;
        if (patrolling) {
            interruptPatrol(now);
        }
        cells = List.copyOf(beat);
        patrolIndex = 0;
        patrolLeft = 0;
        if (patrolling) {
            startNext(now);
        }
    }

    /**
     * A reform abolished the post: the holder leaves as after a quit, but nobody is hired; work waiting for a
     * hire goes to the nearest worker on the job.
     */
    void close(double now) {
        if (!vacant) {
            vacate(now, true);
        } else {
            closed = true;
            model.bus.postClosed(now, this, false);
            GridWorker cover = model.coveringWorker(this);
            List<WorkerTask> waiting = new ArrayList<>(foundOnPatrol);
            waiting.addAll(caseWork);
            foundOnPatrol.clear();
            caseWork.clear();
            for (WorkerTask task : waiting) {
                if (cover != null) {
                    cover.takeOver(task, now);
                }
            }
        }
    }

    /** The worker quits: the post falls vacant and its work goes to neighbours until a new hire starts. */
    private void quit(double now) {
        vacate(now, false);
        double hired = now + params().turnover().hiringDelayDays() * 24;
        model.at(hired, t -> {
            if (closed) {
                return;
            }
            vacant = false;
            model.bus.workerHired(t, this);
            start(t);
        });
    }

    /** The holder leaves (quits, or the post is abolished): the work goes to the nearest worker on the job. */
    private void vacate(double now, boolean abolished) {
        List<WorkerTask> orphaned = new ArrayList<>();
        double worked = calendar.workingHoursBetween(activityStart, now);
        if (current == null) {
            interruptPatrol(now);
        } else {
            version++;
            if (worked > 0) {
                model.bus.workDone(this, activity(), activityStart, now, worked);
            }
            if (current.activity != Activity.EXTRA_DUTY) {
                // Left on the way, the task is all still to do.
                double left = travelling ? current.hours : Math.max(0, current.hours - worked);
                orphaned.add(new WorkerTask(current.activity, left, current.issue));
            }
            current = null;
            travelling = false;
        }
        orphaned.addAll(foundOnPatrol);
        orphaned.addAll(caseWork);
        foundOnPatrol.clear();
        caseWork.clear();
        extraDuties.clear();
        vacant = true;
        closed = abolished;
        tenure++;
        activityStart = now;
        if (abolished) {
            model.bus.postClosed(now, this, true);
        } else {
            model.bus.workerQuit(now, this);
        }
        GridWorker cover = model.coveringWorker(this);
        for (WorkerTask task : orphaned) {
            // With nobody to cover, the work waits for the new hire (an abolished post has someone to cover).
            (cover != null ? cover : this).takeOver(task, now);
        }
    }

    /** Takes over a task from a vacant post. */
    void takeOver(WorkerTask task, double now) {
        ArrayDeque<WorkerTask> queue = task.activity == Activity.FILING || task.activity == Activity.ON_SPOT_FIX
                ? foundOnPatrol : caseWork;
        if (task.issue != null && task.activity != Activity.FILING) {
            task.issue.orphaned(task.activity, now);
        }
        enqueue(queue, task, now);
    }

    /** Reports the work in progress when the run ends. */
    void flushWork(double end) {
        if (vacant) {
            return;
        }
        double hours = calendar.workingHoursBetween(activityStart, end);
        if (hours > 0) {
            model.bus.workDone(this, activity(), activityStart, end, hours);
        }
        activityStart = end;
    }

    @Override
    public String toString() {
        return "grid worker " + number;
    }
}
