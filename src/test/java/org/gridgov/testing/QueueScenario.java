package org.gridgov.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An M/M/c queue inside the model, for sizing tests: 1,000 households in 2 cells of 500; one case type
 * occurring as a Poisson process at {@code lambda} per hour over the city, never seen by grid workers
 * (detection 0) and reported by its one witness with certainty (awareness, trust, propensity and channel
 * reach 1, no learning) after a mean 36 s; dispatched without error to one department, "desk", always on
 * duty, exponential effort of mean 1 h, no returns, defects, parking or second departments; every mechanism
 * of issue 3 switched off (community organisations, volunteers, NGOs, party building, turnover, campaigns),
 * and no report is vague (each is filed at once, section 7.27).
 * A grid worker for every 20 households keeps the workers who verify the desk's work far from saturation,
 * which would flag the run unstable.
 * Independent report delays keep the arrivals at the desk Poisson, so the desk is M/M/c with mu = 1 (its
 * staff count c is what {@code gridgov size --for department:desk} sets). Shared by the experiment and
 * sizing tests, which check their statistics against Erlang C on it.
 */
public final class QueueScenario {
    public static final int HOUSEHOLDS = 1000;
    public static final int RESIDENTS = 2620;

    private QueueScenario() {
    }

    /** The scenario's YAML text, with the desk at {@code staff} (the search overrides it). */
    public static String yaml(String name, double lambda, int staff) {
        double staffPer100k = staff * 100_000.0 / RESIDENTS;
        double rate = lambda * 24 * 365 / HOUSEHOLDS;
        return """
                name: %s
                description: an M/M/c queue at %s arrivals per hour
                simulation: {days: 30, seed: 1, warmup_days: 5}
                city:
                  residents: %d
                  household_size: 2.62
                  households_per_cell: {min: 500, max: 500}
                  old_neighbourhood_share: 0
                  intensity_spread: 0
                residents:
                  awareness: {mean: 1, concentration: 1}
                  trust: {mean: 1, concentration: 1}
                  report_delay_hours: 0.01
                  invalid_reports_per_household_year: 0
                  trust_learning_rate: 0
                  seen_learning_rate: 0
                  conversations_per_year: 0
                  awareness_campaigns_per_year: 0
                  channels: {hotline: {reach: 1}, walk_in: ~}
                grid_workers:
                  households_per_worker: 20
                  extra_duty_share: 0
                  turnover: {base_quits_per_year: 0}
                platform: {dispatch_accuracy: 1, park_after_days: 36500}
                public_reports: {vague_share: 0}
                community_organisations: {vitality: 0}
                volunteers: {initial_per_1000_residents: 0, recruitment_per_1000_residents_year: 0}
                ngos: {participation_mechanism: false}
                party_building: {strength: 0}
                departments:
                  sanitation: ~
                  municipal: ~
                  urban_management: ~
                  justice: ~
                  emergency: ~
                  civil_affairs: ~
                  police: ~
                  desk:
                    label: One queue
                    staff_per_100k_residents: %s
                    shift: {start_hour: 0, hours_per_day: 24, days_per_week: 7}
                    return_rate: 0
                    return_delay_hours: 1
                    defect_rate: 0
                case_types:
                  sanitation: ~
                  municipal_facilities: ~
                  illegal_construction: ~
                  neighbourhood_dispute: ~
                  safety_hazard: ~
                  social_service: ~
                  public_order: ~
                  job:
                    label: A job
                    kind: event
                    rate_per_household_year: %s
                    department: desk
                    urgency: normal
                    time_limit_hours: 10000
                    time_limit_basis: calendar
                    effort: exponential(mean=1)
                    on_spot_share: 0
                    on_spot_hours: 0
                    detection_probability: 0
                    witnesses: 1
                    report_propensity: 1
                    self_governance_share: 0
                    cross_department_share: 0
                    cross_department_partner: none
                """.formatted(name, lambda, RESIDENTS, staffPer100k, rate);
    }

    /**
     * A small levers file for {@code gridgov optimise} on the desk: three staffings (3, 4 and 5 staff), cost against
     * waiting, one generation of four candidates after the first.
     */
    public static final String LEVERS = """
            name: desk
            levers:
              departments.desk.staff_per_100k_residents: {values: [114.5038168, 152.6717557, 190.8396947]}
            objectives: [cost_per_year, mean_department_wait_hours]
            population: 4
            generations: 1
            replications: 2
            final_replications: 3
            """;

    public static Path write(Path dir, String name, double lambda, int staff) {
        try {
            Path file = dir.resolve(name + ".yaml");
            Files.writeString(file, yaml(name, lambda, staff));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
