package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.gridgov.config.InputException;
import org.gridgov.model.events.CaseStateListener;
import org.gridgov.model.events.EventBus;
import org.gridgov.model.events.IssueOccurredListener;
import org.gridgov.model.events.ParkReason;
import org.gridgov.run.RunResult;
import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * The case state machine: an issue moves only along the table in {@link CaseState} (the one of ODD
 * section 3.2, see {@code OddTransitionsTest}), every other move fails loudly, every move is published,
 * and runs take every move of the table but the two that need a task of zero hours begun off duty.
 */
class CaseTransitionsTest {

    private static final int DAYS = 120;

    /** Moves that need a grid worker's task of zero hours begun off duty (ODD 3.2): in none of these runs. */
    private static final Set<String> ZERO_HOUR_MOVES = Set.of("QUEUED->CLOSING", "QUEUED->CLOSED");

    /** Follows every issue through its published moves, checking that they chain up. */
    private static final class MoveLog implements IssueOccurredListener, CaseStateListener {
        final Set<String> moves = new TreeSet<>();
        final List<Issue> issues = new ArrayList<>();
        final Map<Issue, CaseState> lastKnown = new HashMap<>();
        final List<String> broken = new ArrayList<>();

        @Override
        public void issueOccurred(double time, Issue issue) {
            issues.add(issue);
            lastKnown.put(issue, CaseState.LATENT);
        }

        @Override
        public void caseStateChanged(double time, Issue issue, CaseState from, CaseState to) {
            CaseState known = lastKnown.put(issue, to);
            if (known != from && broken.size() < 5) {
                broken.add(issue + " moved from " + from + " but was last told to be in " + known);
            }
            if (issue.state() != to && broken.size() < 5) {
                broken.add(issue + " published a move to " + to + " before making it");
            }
            moves.add(from + "->" + to);
        }
    }

    private static Set<String> table() {
        Set<String> all = new TreeSet<>();
        for (CaseState from : CaseState.values()) {
            for (CaseState to : from.next()) {
                all.add(from + "->" + to);
            }
        }
        return all;
    }

    private static MoveLog run(LoadedScenario s, int days) {
        List<MoveLog> logs = new ArrayList<>();
        RunResult r = Simulation.run(new RunSpec(s.scenario(), s.scenario().simulation().seed(), 0, days, 0, false),
                List.of(model -> {
                    MoveLog log = new MoveLog();
                    logs.add(log);
                    return log;
                }));
        MoveLog log = logs.get(0);
        assertEquals(List.of(), log.broken, s.scenario().name());
        // Every change of state was published: the last one heard is where each issue is now.
        for (Issue i : log.issues) {
            assertEquals(i.state(), log.lastKnown.get(i), () -> i + " in " + s.scenario().name());
        }
        assertTrue(r.model().ended());
        return log;
    }

    @Test
    void theShippedScenariosAndTheConservationScenarioTakeEveryMoveButTheZeroHourOnes()
            throws IOException, InputException {
        Set<String> shipped = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(System.getProperty("basedir", "."), "scenarios"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "shipped scenarios: " + files);
        for (Path f : files) {
            shipped.addAll(run(ScenarioReader.read(f, List.of()), DAYS).moves);
        }
        Set<String> expected = new TreeSet<>(table());
        expected.removeAll(ZERO_HOUR_MOVES);
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(shipped);
        // In 120 days no shipped scenario lets a case wait platform.park_after_days (60) unhandled. With a short
        // age limit and a slow dispatch, the conservation scenario parks cases waiting for dispatch or in a queue.
        // (IN_HANDLING->CLOSING: a case closed as "cannot be handled", section 7.27.)
        assertEquals(Set.of("FILED->PARKED", "QUEUED->PARKED"), missing);
        Set<String> all = new TreeSet<>(shipped);
        all.addAll(run(ModelRuns.load("conservation.yaml", "platform.park_after_days=2",
                "platform.dispatch_delay_hours=48"), DAYS).moves);
        assertEquals(expected, all);
    }

    @Test
    void theTableHasNoMoveToTheSameStateAndOnlyTheLoopsEndsAreFinal() {
        for (CaseState s : CaseState.values()) {
            assertTrue(!s.canMoveTo(s), s + " moves to itself");
        }
        assertEquals(EnumSet.of(CaseState.CLOSED, CaseState.PARKED, CaseState.RESOLVED_LOCALLY),
                EnumSet.copyOf(Stream.of(CaseState.values()).filter(CaseState::isFinal).toList()));
    }

    // Every step of the case file, with the state it moves an issue to.

    private record Step(String name, CaseState to, BiConsumer<Issue, Fixture> action) {
    }

    /** A started model for the types, cells and units an issue needs. */
    private record Fixture(GridModel model) {
        HandlingUnit unit() {
            return model.departments().values().iterator().next();
        }

        GridWorker worker() {
            return model.workers().get(0);
        }
    }

    private static final List<Step> STEPS = List.of(
            new Step("takeUpForMediation", CaseState.IN_MEDIATION, (i, f) -> i.takeUpForMediation(1)),
            new Step("mediationFailed", CaseState.LATENT, (i, f) -> i.mediationFailed(1)),
            new Step("resolveLocally", CaseState.RESOLVED_LOCALLY, (i, f) -> i.resolveLocally(ActorKind.VOLUNTEER, 1)),
            new Step("discover", CaseState.DISCOVERED, (i, f) -> i.discover("patrol", 1)),
            new Step("file", CaseState.FILED, (i, f) -> i.file(1)),
            new Step("fileForOnTheSpotFix", CaseState.QUEUED, (i, f) -> i.fileForOnTheSpotFix(1)),
            new Step("queueAt", CaseState.QUEUED, (i, f) -> i.queueAt(f.unit(), 1)),
            new Step("queueAtGridWorker", CaseState.QUEUED, (i, f) -> i.queueAtGridWorker(1)),
            new Step("returnToCommandCentre", CaseState.RETURNING, (i, f) -> i.returnToCommandCentre("x", 1)),
            new Step("backForRedispatch", CaseState.FILED, (i, f) -> i.backForRedispatch(1)),
            new Step("startHandling", CaseState.IN_HANDLING, (i, f) -> i.startHandling(f.worker(), 1)),
            new Step("passOn", CaseState.PASSED_ON, (i, f) -> i.passOn(1)),
            new Step("awaitVerification", CaseState.AWAITING_VERIFICATION, (i, f) -> i.awaitVerification(false, 1)),
            new Step("startVerification", CaseState.VERIFYING, (i, f) -> i.startVerification(1)),
            new Step("awaitClosing", CaseState.CLOSING, (i, f) -> i.awaitClosing(1)),
            new Step("reopenForRework", CaseState.FILED, (i, f) -> i.reopenForRework(1)),
            new Step("close", CaseState.CLOSED, (i, f) -> i.close(1)),
            new Step("park", CaseState.PARKED, (i, f) -> i.park(ParkReason.AGE, 1)),
            new Step("toCandidateOwner", CaseState.OWNER_CHECK, (i, f) -> i.toCandidateOwner(1)),
            new Step("disownedBy", CaseState.RETURNING, (i, f) -> i.disownedBy(ComponentOwner.CANDIDATE, 1)),
            new Step("handToOwner", CaseState.WITH_OWNER, (i, f) -> i.handToOwner(new Ownership.OutsideOwner(0), 1)));

    /** Legal steps that bring a new (latent) issue to each state. */
    private static final Map<CaseState, List<String>> PATHS = Map.ofEntries(
            Map.entry(CaseState.LATENT, List.of()),
            Map.entry(CaseState.IN_MEDIATION, List.of("takeUpForMediation")),
            Map.entry(CaseState.RESOLVED_LOCALLY, List.of("takeUpForMediation", "resolveLocally")),
            Map.entry(CaseState.DISCOVERED, List.of("discover")),
            Map.entry(CaseState.FILED, List.of("discover", "file")),
            Map.entry(CaseState.RETURNING, List.of("discover", "file", "returnToCommandCentre")),
            Map.entry(CaseState.PARKED, List.of("discover", "file", "park")),
            Map.entry(CaseState.QUEUED, List.of("discover", "file", "queueAtGridWorker")),
            Map.entry(CaseState.IN_HANDLING, List.of("discover", "file", "queueAtGridWorker", "startHandling")),
            Map.entry(CaseState.PASSED_ON, List.of("discover", "file", "queueAtGridWorker", "startHandling", "passOn")),
            Map.entry(CaseState.AWAITING_VERIFICATION,
                    List.of("discover", "file", "queueAtGridWorker", "startHandling", "awaitVerification")),
            Map.entry(CaseState.VERIFYING, List.of("discover", "file", "queueAtGridWorker", "startHandling",
                    "awaitVerification", "startVerification")),
            Map.entry(CaseState.CLOSING, List.of("discover", "file", "queueAtGridWorker", "startHandling",
                    "awaitClosing")),
            Map.entry(CaseState.CLOSED, List.of("discover", "file", "queueAtGridWorker", "startHandling",
                    "awaitClosing", "close")),
            Map.entry(CaseState.OWNER_CHECK, List.of("discover", "file", "toCandidateOwner")),
            Map.entry(CaseState.WITH_OWNER, List.of("discover", "file", "handToOwner")));

    private static Step step(String name) {
        return STEPS.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static Fixture fixture() {
        GridModel model = new GridModel(ModelRuns.load("small-city.yaml").scenario(), 1, 0, 1);
        model.start();
        return new Fixture(model);
    }

    private static int nextId = 1_000_000;

    /** A new issue brought to a state by legal steps, publishing to a bus nobody listens to. */
    private static Issue issueIn(CaseState state, Fixture f) {
        Issue issue = new Issue(nextId++, nextId, f.model().issueTypes().get(0), f.model().city().cells().get(0), 0,
                false, new EventBus());
        for (String name : PATHS.get(state)) {
            step(name).action().accept(issue, f);
        }
        assertEquals(state, issue.state());
        return issue;
    }

    @Test
    void everyStepMovesAlongTheTableAndFailsLoudlyOffIt() {
        Fixture f = fixture();
        Set<String> tried = new TreeSet<>();
        for (CaseState from : CaseState.values()) {
            for (Step step : STEPS) {
                Issue issue = issueIn(from, f);
                tried.add(from + "->" + step.to());
                if (from.canMoveTo(step.to())) {
                    step.action().accept(issue, f);
                    assertEquals(step.to(), issue.state(), step.name() + " from " + from);
                } else {
                    IllegalStateException e = assertThrows(IllegalStateException.class,
                            () -> step.action().accept(issue, f), step.name() + " from " + from);
                    String m = e.getMessage();
                    assertTrue(m.contains("case " + issue.id() + " ") && m.contains(" from " + from + " ")
                            && m.contains(" to " + step.to()), m);
                }
            }
        }
        // Every pair of states was tried, so every illegal move is refused by some step.
        assertEquals(CaseState.values().length * CaseState.values().length, tried.size());
    }

    @Test
    void aQuitPutsWorkUnderWayBackToWaitingAndLeavesWaitingWorkAlone() {
        Fixture f = fixture();
        Issue handling = issueIn(CaseState.IN_HANDLING, f);
        handling.orphaned(Activity.HANDLING, 1);
        assertEquals(CaseState.QUEUED, handling.state());
        Issue queued = issueIn(CaseState.QUEUED, f);
        queued.orphaned(Activity.ON_SPOT_FIX, 1);
        assertEquals(CaseState.QUEUED, queued.state());
        Issue verifying = issueIn(CaseState.VERIFYING, f);
        verifying.orphaned(Activity.VERIFICATION, 1);
        assertEquals(CaseState.AWAITING_VERIFICATION, verifying.state());
        Issue closed = issueIn(CaseState.CLOSED, f);
        assertThrows(IllegalStateException.class, () -> closed.orphaned(Activity.HANDLING, 1));
    }
}
