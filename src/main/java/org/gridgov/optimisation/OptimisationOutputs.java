package org.gridgov.optimisation;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.gridgov.Version;
import org.gridgov.experiment.ExperimentPlan;
import org.gridgov.experiment.Uncertainty;
import org.gridgov.report.AtomicFile;
import org.gridgov.report.Csv;
import org.gridgov.report.Json;
import org.gridgov.report.Num;
import org.gridgov.report.SearchExecution;
import org.gridgov.stats.Estimate;
import org.gridgov.stats.moea.Nsga2;
import org.gridgov.text.Texts;

/**
 * Writes an optimisation's outputs (docs/ODD.md 12.4): {@code evaluations.csv} (every candidate, tidy, across
 * generations), {@code front.csv} (the final front on its fresh runs, with the {@code --set} lines that reproduce
 * each point), {@code convergence.csv} (hypervolume per generation), charts, {@code report.html} and, last,
 * {@code manifest.json}. They depend only on the inputs and the runs, whatever the number of threads (the manifest's
 * execution section aside).
 */
public final class OptimisationOutputs {

    public static final String MARKER = "manifest.json";
    public static final List<String> FILES = List.of("evaluations.csv", "front.csv", "convergence.csv", "report.html",
            "charts/", MARKER);

    private final OptimisationResult r;
    private final OptimisationPlan plan;

    private OptimisationOutputs(OptimisationResult result) {
        this.r = result;
        this.plan = result.plan();
    }

    /** Writes every output; report.html and its charts in the language of {@code texts}, the rest in English. */
    public static void write(Path dir, OptimisationResult result, SearchExecution execution, Texts texts)
            throws IOException {
        OptimisationOutputs w = new OptimisationOutputs(result);
        AtomicFile.write(dir.resolve("evaluations.csv"), w::evaluations);
        AtomicFile.write(dir.resolve("front.csv"), w::front);
        AtomicFile.write(dir.resolve("convergence.csv"), w::convergence);
        OptimisationPage.write(dir, result, texts);
        AtomicFile.write(dir.resolve(MARKER), out -> out.write(Json.render(w.manifest(execution))));
    }

    /** A lever's value at u in full: what a run sets (for a scale, the factor on each member's value). */
    static String value(Uncertainty lever, double u) {
        ExperimentPlan.Axis a = lever.axis();
        double v = a.at(u);
        return a.kind().equals(ExperimentPlan.Axis.VALUES) ? a.values().get((int) v) : Num.format(v);
    }

    /** The {@code --set} options that reproduce a point, e.g. {@code --set grid_workers.monthly_pay=4300}. */
    static String setOptions(Map<String, String> values) {
        return values.entrySet().stream().map(e -> "--set " + e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }

    private void evaluations(Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("candidate", "generation", "evaluations", "runs", "feasible",
                "violation", "in_final_front"));
        plan.levers().forEach(l -> header.add(l.name()));
        header.addAll(plan.metrics());
        Csv csv = new Csv(out, header);
        List<Integer> front = r.front().stream().map(Nsga2.Candidate::id).toList();
        for (Nsga2.Candidate c : r.search().evaluated()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(c.id()), Integer.toString(c.born()),
                    Integer.toString(c.evaluations()), Integer.toString(r.behind().get(c.id())),
                    Boolean.toString(c.feasible()), Num.format(c.violation()), Boolean.toString(front.contains(c.id()))));
            for (int j = 0; j < plan.levers().size(); j++) {
                row.add(value(plan.levers().get(j), c.point()[j]));
            }
            r.means().get(c.id()).values().forEach(v -> row.add(Num.format(v)));
            csv.row(row.toArray(String[]::new));
        }
    }

    private void front(Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("candidate", "kept", "dominated_by", "misses"));
        plan.levers().forEach(l -> header.add(l.name()));
        for (String m : plan.metrics()) {
            header.addAll(List.of(m, m + "_low", m + "_high"));
        }
        header.add("set");
        Csv csv = new Csv(out, header);
        for (OptimisationResult.FinalPoint p : r.finalPoints()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p.candidate().id()), Boolean.toString(p.kept()),
                    p.dominatedBy().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                    String.join(" ", p.failed())));
            for (int j = 0; j < plan.levers().size(); j++) {
                row.add(value(plan.levers().get(j), p.candidate().point()[j]));
            }
            for (String m : plan.metrics()) {
                Estimate e = p.estimates().get(m);
                row.addAll(List.of(Num.format(e.mean()), Num.format(e.low()), Num.format(e.high())));
            }
            row.add(setOptions(p.values()));
            csv.row(row.toArray(String[]::new));
        }
    }

    private void convergence(Writer out) throws IOException {
        Csv csv = new Csv(out, List.of("generation", "candidates_evaluated", "front_size", "feasible_in_front",
                "hypervolume"));
        for (OptimisationResult.Generation g : r.convergence()) {
            csv.row(Integer.toString(g.generation()), Integer.toString(g.evaluated()), Integer.toString(g.frontSize()),
                    Integer.toString(g.feasible()), Num.format(g.hypervolume()));
        }
    }

    private Map<String, Object> manifest(SearchExecution execution) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gridgov_version", Version.get());
        m.put("command", "optimise");
        m.put("name", plan.name());
        m.put("description", plan.description());
        m.put("scenario", plan.scenarioFile());
        m.put("overrides", plan.overrides());
        m.put("levers_file", plan.leversFile());
        m.put("levers_sha256", plan.leversSha256());
        m.put("levers", plan.levers().stream().map(l -> l.name() + " " + l.describe()).toList());
        m.put("objectives", plan.objectives().stream().map(Objective::text).toList());
        m.put("constraints", plan.bounds().stream().map(t -> t.text()).toList());
        m.put("method", "NSGA-II (Deb et al. 2002); first front re-evaluated every " + plan.reevaluateEvery()
                + " generations; final front re-run on fresh random numbers; docs/ODD.md 12.4");
        m.put("population", plan.population());
        m.put("generations", plan.generations());
        m.put("replications", plan.replications());
        m.put("final_replications", plan.finalReplications());
        m.put("seed", plan.seed());
        m.put("final_seed", plan.seed() + OptimisationPlan.FINAL_SEED_OFFSET);
        m.put("days", plan.days());
        m.put("warmup_days", plan.warmupDays());
        m.put("warm_start_points", plan.warmStart().size());
        m.put("candidates", r.search().evaluated().size());
        m.put("runs", r.runs());
        m.put("feasible", r.feasible());
        m.put("front_kept", r.finalPoints().stream().filter(OptimisationResult.FinalPoint::kept).count());
        m.put("files", FILES);
        m.put("execution", execution.map());
        return m;
    }
}
