package org.gridgov.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridgov.Version;
import org.gridgov.model.Activity;
import org.gridgov.model.CaseState;
import org.gridgov.model.Issue;
import org.gridgov.observe.DailySeries;
import org.gridgov.observe.Stability;
import org.gridgov.observe.Warmup;
import org.gridgov.observe.Metrics;
import org.gridgov.observe.Workload;
import org.gridgov.run.RunResult;
import org.gridgov.scenario.DistrictMap;
import org.gridgov.scenario.ScenarioSource;

/**
 * Writes the outputs of one run into a folder: {@code summary.json}, {@code metrics.csv},
 * {@code daily.csv}, {@code cases.csv} (when cases were kept) and {@code workload.csv}. Each file is
 * written atomically, and nothing in them depends on the clock, so the same scenario and seed give
 * byte-identical files.
 */
public final class RunReport {

    public static final List<String> CASE_COLUMNS = List.of("case_id", "type", "kind", "cell", "community", "street",
            "urgency", "occurred", "discovered", "filed", "dispatched", "handling_started", "handled", "verified",
            "closed", "parked", "deadline", "channel", "handler", "dispatches", "bounces", "reworks", "defective",
            "on_time", "final_state", "cross_department", "escalated",
            "owner", "ownership_disputes", "chases", "cannot_be_handled", "fixed");

    /** The file whose presence says that a folder holds a run's complete outputs; written last. */
    public static final String MARKER = "summary.json";

    private static final List<Activity> ACTIVITIES = List.of(Activity.values());
    /** Every cell's polygon with its results, made from the run's cases. */
    public static final String CELLS = "cells.geojson";

    private RunReport() {
    }

    /** Writes every output file of the run into {@code dir}, creating it if needed. */
    public static void write(Path dir, RunResult result, ScenarioSource source) throws IOException {
        AtomicFile.write(dir.resolve("metrics.csv"), out -> metrics(out, result.metrics()));
        AtomicFile.write(dir.resolve("daily.csv"), out -> daily(out, result.measurement().daily()));
        AtomicFile.write(dir.resolve("workload.csv"), out -> workload(out, result.measurement().workload()));
        if (result.measurement().cases() != null) {
            AtomicFile.write(dir.resolve("cases.csv"), out -> cases(out, result.measurement().cases().issues()));
            AtomicFile.write(dir.resolve(CELLS), out -> CellsGeoJson.write(out, result));
        } else {
            // An earlier run's cases would contradict this run's summary.
            java.nio.file.Files.deleteIfExists(dir.resolve("cases.csv"));
            java.nio.file.Files.deleteIfExists(dir.resolve(CELLS));
        }
        // The summary goes last: its presence says the run's outputs are complete.
        AtomicFile.write(dir.resolve(MARKER), out -> out.write(Json.render(summary(result, source))));
    }

    static Map<String, Object> summary(RunResult result, ScenarioSource source) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("scenario", result.spec().scenario().name());
        s.put("description", result.spec().scenario().description());
        s.put("scenario_file", source.file());
        s.put("scenario_sha256", source.sha256());
        s.put("overrides", new ArrayList<>(source.overrides()));
        DistrictMap map = result.spec().scenario().city().map();
        if (map != null) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", map.file());
            m.put("sha256", map.sha256());
            m.put("cells", map.cells().size());
            s.put("map", m);
        }
        s.put("seed", result.spec().seed());
        s.put("replication", result.spec().replication());
        s.put("model_version", Version.get());
        s.put("simulated_days", result.spec().days());
        Warmup warmup = result.measurement().warmup();
        s.put("warmup_days", warmup.days());
        Map<String, Object> w = new LinkedHashMap<>();
        w.put("days", warmup.days());
        w.put("rule", warmup.rule());
        w.put("from_data", warmup.fromData());
        w.put("settled", warmup.settled());
        if (warmup.searchedFrom() > 0) {
            w.put("searched_from_day", warmup.searchedFrom());
        }
        s.put("warmup", w);
        Stability stability = result.measurement().stability();
        s.put("unstable", stability.unstable());
        s.put("instability", new ArrayList<>(stability.findings()));
        s.put("metrics", new LinkedHashMap<>(result.metrics().asMap()));
        return s;
    }

    private static void metrics(java.io.Writer out, Metrics metrics) throws IOException {
        Csv csv = new Csv(out, List.of("metric", "value"));
        for (Map.Entry<String, Double> e : metrics.asMap().entrySet()) {
            csv.row(e.getKey(), Num.format(e.getValue()));
        }
    }

    private static void daily(java.io.Writer out, DailySeries daily) throws IOException {
        Csv csv = new Csv(out, DailySeries.COLUMNS);
        String[] row = new String[DailySeries.COLUMNS.size()];
        for (int d = 0; d < daily.days(); d++) {
            for (int c = 0; c < row.length; c++) {
                row[c] = Num.fixed(daily.value(DailySeries.COLUMNS.get(c), d), 4);
            }
            csv.row(row);
        }
    }

    private static void workload(java.io.Writer out, Workload workload) throws IOException {
        List<String> header = new ArrayList<>(List.of("staff_type", "unit", "id", "hours_on_duty"));
        for (Activity a : ACTIVITIES) {
            header.add("hours_" + lower(a));
        }
        header.addAll(List.of("load_hours", "utilization", "cases_handled", "verifications"));
        Csv csv = new Csv(out, header);
        for (Workload.Account a : workload.accounts()) {
            List<String> row = new ArrayList<>(header.size());
            row.add(a.staff().kind().label());
            row.add(a.staff().unit());
            row.add(Integer.toString(a.staff().number()));
            row.add(Num.fixed(a.hoursOnDuty(), 4));
            for (Activity activity : ACTIVITIES) {
                row.add(Num.fixed(a.hours(activity), 4));
            }
            row.add(Num.fixed(a.loadHours(), 4));
            row.add(Num.fixed(a.utilization(), 6));
            row.add(Integer.toString(a.casesHandled()));
            row.add(Integer.toString(a.verifications()));
            csv.row(row.toArray(new String[0]));
        }
    }

    private static void cases(java.io.Writer out, List<Issue> issues) throws IOException {
        Csv csv = new Csv(out, CASE_COLUMNS);
        String[] row = new String[CASE_COLUMNS.size()];
        for (Issue i : issues) {
            int c = 0;
            row[c++] = Integer.toString(i.id());
            row[c++] = i.type().name();
            row[c++] = lower(i.type().spec().kind());
            row[c++] = Integer.toString(i.cell().id());
            row[c++] = Integer.toString(i.cell().community());
            row[c++] = Integer.toString(i.cell().street());
            row[c++] = lower(i.type().spec().urgency());
            row[c++] = Num.fixed(i.occurredAt(), 4);
            row[c++] = Num.fixed(i.discoveredAt(), 4);
            row[c++] = Num.fixed(i.filedAt(), 4);
            row[c++] = Num.fixed(i.firstDispatchedAt(), 4);
            row[c++] = Num.fixed(i.handlingStartedAt(), 4);
            row[c++] = Num.fixed(i.handledAt(), 4);
            row[c++] = Num.fixed(i.verifiedAt(), 4);
            row[c++] = Num.fixed(i.closedAt(), 4);
            row[c++] = Num.fixed(i.parkedAt(), 4);
            row[c++] = Num.fixed(i.deadline(), 4);
            row[c++] = i.channel();
            row[c++] = i.handler();
            row[c++] = Integer.toString(i.dispatches());
            row[c++] = Integer.toString(i.bounces());
            row[c++] = Integer.toString(i.reworks());
            row[c++] = i.handler() == null ? null : Boolean.toString(i.defective());
            row[c++] = Boolean.toString(i.onTime());
            row[c++] = lower(i.state());
            row[c++] = Boolean.toString(i.crossDepartment());
            row[c++] = Boolean.toString(i.escalated());
            row[c++] = i.owner() == null ? null : lower(i.owner());
            row[c++] = Integer.toString(i.ownershipDisputes());
            row[c++] = Integer.toString(i.chases());
            row[c++] = Boolean.toString(i.cannotBeHandled());
            // Fixed is known once the case is closed (or parked: not fixed); empty while it is open.
            boolean ended = i.state() == CaseState.CLOSED || i.state() == CaseState.PARKED;
            row[c++] = ended ? Boolean.toString(i.fixed()) : null;
            csv.row(row);
        }
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
