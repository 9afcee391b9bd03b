package org.gridgov.experiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Scenario and experiment files for tests, written into a temporary folder. */
final class TestScenarios {

    /** Erlang C's assumptions hold for the one department; see {@link #erlangC}. */
    static final int SERVERS = 3;
    static final double ARRIVALS_PER_HOUR = 2;
    static final double SERVICE_RATE = 1;
    static final int HOUSEHOLDS = 1000;

    private TestScenarios() {
    }

    static Path write(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An M/M/c queue inside the model: 1,000 households in 2 cells of 500; one case type occurring as a
     * Poisson process (2 per hour over the city), never seen by grid workers (detection 0) and reported by
     * its one witness with certainty (awareness, trust, propensity and channel reach 1) after a mean 36 s;
     * dispatched without error to one department of 3 staff always on duty, exponential effort of mean 1 h,
     * no returns, no defects, no parking. Every case reaches the department, in a Poisson stream (delays
     * that are independent of each other keep it Poisson), so utilisation is lambda / (c mu) = 2/3.
     */
    static Path erlangC(Path dir) {
        double staffPer100k = SERVERS * 100_000.0 / (HOUSEHOLDS * 2.62);
        double rate = ARRIVALS_PER_HOUR * 24 * 365 / HOUSEHOLDS;
        return write(dir, "erlang-c.yaml", """
                name: erlang-c
                description: an M/M/3 queue
                simulation: {days: 30, seed: 1, warmup_days: 5}
                city:
                  residents: 2620
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
                  channels: {hotline: {reach: 1}, walk_in: ~}
                grid_workers: {extra_duty_share: 0}
                platform: {dispatch_accuracy: 1, park_after_days: 36500}
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
                """.formatted(staffPer100k, rate));
    }

    /** Q City at a small size, for fast runs of the whole machinery. */
    static Path small(Path dir, String name, int householdsPerWorker) {
        return write(dir, name + ".yaml", """
                name: %s
                description: a small Q City
                simulation: {days: 20, seed: 1, warmup_days: 2}
                city: {residents: 6000}
                grid_workers: {households_per_worker: %d}
                """.formatted(name, householdsPerWorker));
    }
}
