package org.gridgov.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.run.RunResult;
import org.gridgov.scenario.LoadedScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Components have owners (ODD section 7.26). The two levers that make a component's owner known cut the
 * disputes over it and the cases parked because nobody accepts it, and owners outside the platform fix
 * what they are handed to their own timetable, whatever the city's staff.
 *
 * <p>The lever tests follow {@link LeverEffectsTest}: the small city ({@code small-city.yaml}, 20,000
 * residents) with the defaults' component owners (20% outside the platform, 10% not on record), R = 10
 * replications of a year after a 30-day warm-up, each policy paired with Q City as found on the same (seed,
 * replication), so both see the same components and per-case draws (common random numbers); the 99%
 * Student-t interval of the mean paired difference must lie below zero and be at most half as wide as the
 * effect. A year, not LeverEffectsTest's half year, because parking for no owner is rare: about 11 cases a
 * year at this size (of about 900 components). Measured differences (policy minus Q City as found) are given with each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComponentOwnershipTest {

    private static final long SEED = 20_261_203;
    private static final int R = 10;
    private static final int DAYS = 365;
    private static final int WARMUP = 30;
    private static final double LEVEL = 0.99;

    private final Map<List<String>, PairedReplications> samples = new HashMap<>();

    private PairedReplications policy(String... overrides) {
        return samples.computeIfAbsent(List.of(overrides), o -> PairedReplications.run(
                ModelRuns.load("small-city.yaml", overrides), SEED, R, DAYS, WARMUP));
    }

    private static MeanInterval assertLowers(PairedReplications policy, PairedReplications baseline,
            String quantity, String contrast) {
        MeanInterval d = MeanInterval.of(policy.minus(baseline, quantity), LEVEL);
        System.out.println(contrast + ": " + quantity + " " + d);
        assertTrue(d.upper() < 0, quantity + " should fall, " + contrast + ": " + d);
        assertTrue(d.halfWidth() <= Math.abs(d.mean()) / 2,
                "interval too wide to size the effect on " + quantity + ", " + contrast + ": " + d);
        return d;
    }

    /**
     * An asset registry that puts 90% of the unrecorded components on record (platform-upgrade.yaml): fewer
     * components go round candidate owners. Measured (99% intervals): ownership disputes -56.6 +- 14.1 a year
     * (Q City as found 63.5), cases parked for no owner -8.8 +- 3.6 (as found 9.8).
     */
    @Test
    void anAssetRegistryCutsOwnershipDisputesAndComponentsParkedForNoOwner() {
        PairedReplications registry = policy("component_ownership.asset_registry=0.9");
        String contrast = "asset registry 0.9 minus none";
        assertLowers(registry, policy(), "ownership_disputes", contrast);
        assertLowers(registry, policy(), "cases_parked_for_no_owner", contrast);
    }

    /**
     * The linkage mechanism makes the type's department the default owner of a component not on record, so no
     * candidate is asked: no disputes, nothing parked for no owner, and the owner is confirmed when the case is
     * first routed. Measured (99% intervals): disputes -63.5 +- 13.7 a year (to 0), parked for no owner
     * -9.8 +- 3.3 (to 0), mean time to confirm ownership -38.9 +- 5.6 h (to about the dispatch delay).
     */
    @Test
    void linkageAssignsADefaultOwnerSoNothingIsDisputedOrParkedForNoOwner() {
        PairedReplications linkage = policy("coordination.linkage=true");
        String contrast = "linkage minus none";
        assertLowers(linkage, policy(), "ownership_disputes", contrast);
        assertLowers(linkage, policy(), "cases_parked_for_no_owner", contrast);
        assertLowers(linkage, policy(), "mean_hours_to_confirm_ownership", contrast);
        for (int rep = 0; rep < R; rep++) {
            assertEquals(0, linkage.replication(rep).get("ownership_disputes"), "disputes, replication " + rep);
            assertEquals(0, linkage.replication(rep).get("cases_parked_for_no_owner"), "parked, replication " + rep);
        }
    }

    /** Every component owned outside the platform, whose owner fixes it in gamma(mean 30 h, sd 20 h) clock hours. */
    private static final String[] ALL_OUTSIDE = {"case_types.municipal_facilities.outside_owner_share=1",
        "case_types.municipal_facilities.unclear_owner_share=0",
        "case_types.municipal_facilities.outside_owner_hours=gamma(mean=30, sd=20)"};
    private static final double OWNER_MEAN_HOURS = 30;

    /**
     * The owners' fix time is their own: the mean measured from hand-over to fix is the mean of the type's
     * distribution in clock hours (30 h; in the municipal department's working hours it would be about four
     * times as long), within the 99% interval over replications of each one's mean (each from ~800 fixes,
     * sd 20 h, so a standard error of ~0.7 h per replication). Measured: 29.86 +- 0.72 h.
     */
    @Test
    void ownersOutsideThePlatformFixToTheirOwnTimetable() {
        PairedReplications outside = policy(ALL_OUTSIDE);
        MeanInterval mean = MeanInterval.of(outside.values("mean_outside_owner_fix_hours"), LEVEL);
        System.out.println("outside owners' mean fix hours " + mean);
        assertTrue(mean.contains(OWNER_MEAN_HOURS), "mean fix hours " + mean + " should hold " + OWNER_MEAN_HOURS);
        for (int rep = 0; rep < R; rep++) {
            assertEquals(1, outside.replication(rep).get("share_components_with_outside_owners"), 1e-12);
        }
    }

    /**
     * Neither the city's staff nor its deadlines move an outside owner: with the municipal department cut
     * from 13 posts per 100,000 residents to 1, every component fixed by its owner in both runs took the same
     * time, up to rounding (the fix time is drawn for the case, common random numbers), and the command
     * centre sent one reminder for each whole week the owner had it.
     */
    @Test
    void theCitysStaffDoNotMoveAnOutsideOwnersTimetableAndTheCityChasesWeekly() {
        LoadedScenario asFound = ModelRuns.load("small-city.yaml", ALL_OUTSIDE);
        String[] cut = java.util.Arrays.copyOf(ALL_OUTSIDE, ALL_OUTSIDE.length + 1);
        cut[ALL_OUTSIDE.length] = "departments.municipal.staff_per_100k_residents=1";
        Map<Long, Double> fixHours = fixHoursByKey(ModelRuns.run(asFound, SEED, 0, 120, 0, true));
        Map<Long, Double> fixHoursCut = fixHoursByKey(ModelRuns.run(ModelRuns.load("small-city.yaml", cut), SEED, 0,
                120, 0, true));
        int common = 0;
        for (Map.Entry<Long, Double> e : fixHours.entrySet()) {
            Double other = fixHoursCut.get(e.getKey());
            if (other != null) {
                // Hand-over and fix times differ between the runs: their difference only up to rounding.
                assertEquals(e.getValue(), other, 1e-9 * e.getValue(), "fix hours of issue key " + e.getKey());
                common++;
            }
        }
        assertTrue(common > 100, "components fixed by their owners in both runs: " + common);
    }

    /** Hand-over to fix of every component its outside owner fixed, by issue key; checks the reminders. */
    private static Map<Long, Double> fixHoursByKey(RunResult run) {
        Map<Long, Double> hours = new HashMap<>();
        double week = 7 * 24.0;
        for (Issue i : run.measurement().cases().issues()) {
            if (i.owner() == ComponentOwner.OUTSIDE && !Double.isNaN(i.handledAt())) {
                double h = i.handledAt() - i.handlingStartedAt();
                hours.put(i.key(), h);
                assertEquals((int) Math.floor(h / week), i.chases(), "reminders to the owner of " + i);
                assertEquals(ActorKind.OUTSIDE_OWNER.label(), i.handler(), i.toString());
            }
        }
        return hours;
    }
}
