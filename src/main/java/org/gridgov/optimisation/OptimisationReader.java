package org.gridgov.optimisation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.config.InputException;
import org.gridgov.config.ListNode;
import org.gridgov.config.Node;
import org.gridgov.config.ReadContext;
import org.gridgov.config.ScalarNode;
import org.gridgov.config.Section;
import org.gridgov.config.Source;
import org.gridgov.experiment.MetricNames;
import org.gridgov.experiment.SearchFile;
import org.gridgov.experiment.Uncertainty;
import org.gridgov.experiment.UncertaintyReader;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.sizing.SizingException;
import org.gridgov.sizing.Target;

/**
 * Reads a levers file, the scenario it optimises and the command line's choices into an {@link OptimisationPlan}.
 * Every problem is reported at once, with file, line and key path for what the file says and the option for what
 * the command line says.
 */
public final class OptimisationReader {

    public static final int DEFAULT_POPULATION = 24;
    public static final int DEFAULT_GENERATIONS = 10;
    public static final int DEFAULT_REPLICATIONS = 2;
    public static final int DEFAULT_REEVALUATE_EVERY = 3;
    public static final int DEFAULT_FINAL_REPLICATIONS = 20;

    /** Choices from the command line, which win over the file; null (or empty lists) means "as the file says". */
    public record Settings(List<String> objectives, List<String> constraints, Double budget, Integer population,
            Integer generations, Integer replications, Integer finalReplications, Long seed, Integer days,
            Integer warmupDays, Path warmStart) {
        public static final Settings NONE = new Settings(List.of(), List.of(), null, null, null, null, null, null, null,
                null, null);
    }

    private OptimisationReader() {
    }

    public static OptimisationPlan read(Path scenario, List<String> overrides, Path leversFile, Settings settings)
            throws InputException {
        ReadContext ctx = new ReadContext();
        SearchFile in = SearchFile.open(scenario, overrides, leversFile, ctx);
        LoadedScenario base = in.base();
        Section s = in.root();
        List<Uncertainty> levers = base == null ? List.of()
                : UncertaintyReader.mapping(s, "levers", scenario.toString(), overrides, ctx);
        if (base == null) {
            s.node("levers");
        }
        List<String> metrics = base == null ? List.of() : MetricNames.of(base.scenario());
        List<Objective> objectives = objectives(s, settings.objectives(), metrics, base != null, ctx);
        List<Target> constraints = constraints(s, settings.constraints(), metrics, base != null, ctx);
        Double fileBudget = s.has("budget") ? Double.valueOf(s.positive("budget", 1e15)) : none(s, "budget", null);
        double budget = settings.budget() != null ? settings.budget() : fileBudget != null ? fileBudget : Double.NaN;
        if (settings.budget() != null && !(settings.budget() > 0)) {
            ctx.report(new Source("--budget", 0), "", Double.toString(settings.budget()),
                    "must be a cost a year in CNY, greater than 0");
        }
        Integer population = in.whole("population", 4, 10_000);
        Integer generations = in.whole("generations", 0, 10_000);
        Integer replications = in.whole("replications", 1, 1000);
        Integer again = in.whole("reevaluate_every", 0, 10_000);
        Integer finals = in.whole("final_replications", 2, 10_000);
        SearchFile.RunLength run = in.runLength(settings.seed(), settings.days(), settings.warmupDays(), leversFile,
                ctx);
        s.finish();
        ctx.throwIfProblems();
        List<double[]> start = settings.warmStart() == null ? List.of()
                : WarmStart.read(settings.warmStart(), levers, ctx);
        ctx.throwIfProblems();
        return new OptimisationPlan(in.name(), in.description(), leversFile.toString(), in.sha256(), scenario.toString(),
                overrides, levers, objectives, constraints, budget, SearchFile.first(settings.population(), population,
                DEFAULT_POPULATION), SearchFile.first(settings.generations(), generations, DEFAULT_GENERATIONS),
                SearchFile.first(settings.replications(), replications, DEFAULT_REPLICATIONS),
                SearchFile.first(null, again, DEFAULT_REEVALUATE_EVERY), SearchFile.first(settings.finalReplications(), finals,
                DEFAULT_FINAL_REPLICATIONS), run.seed(), run.days(), run.warmupDays(), start);
    }

    /** The command line's objectives if it gives any, else the file's; at least one, each with a direction. */
    private static List<Objective> objectives(Section s, List<String> cli, List<String> metrics, boolean check,
            ReadContext ctx) {
        List<String> written = strings(s, "objectives", ctx);
        boolean fromCli = !cli.isEmpty();
        List<String> texts = fromCli ? cli : written;
        List<Objective> out = new ArrayList<>();
        if (texts.isEmpty()) {
            s.problem("objectives", "must list at least one metric to improve, e.g. [cost_per_year, p90_hours_to_close,"
                    + " mean_trust_end] (or give --objective)");
            return out;
        }
        for (int i = 0; i < texts.size() && check; i++) {
            try {
                Objective o = Objective.parse(texts.get(i), metrics);
                if (out.stream().anyMatch(x -> x.metric().equals(o.metric()))) {
                    throw new IllegalArgumentException("is listed twice");
                }
                out.add(o);
            } catch (IllegalArgumentException e) {
                where(s, fromCli, "--objective", "objectives", i, texts.get(i), e.getMessage(), ctx);
            }
        }
        return out;
    }

    private static List<Target> constraints(Section s, List<String> cli, List<String> metrics, boolean check,
            ReadContext ctx) {
        List<String> written = strings(s, "constraints", ctx);
        boolean fromCli = !cli.isEmpty();
        List<String> texts = fromCli ? cli : written;
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < texts.size() && check; i++) {
            try {
                Target t = Target.parse(texts.get(i), "--constraint");
                t.checkMetric(metrics);
                out.add(t);
            } catch (SizingException e) {
                String message = e.getMessage().substring(e.getMessage().indexOf("': ") + 3);
                where(s, fromCli, "--constraint", "constraints", i, texts.get(i), message, ctx);
            }
        }
        return out;
    }

    /** Reports a problem at the option, or at the file's list item. */
    private static void where(Section s, boolean fromCli, String option, String key, int i, String text, String message,
            ReadContext ctx) {
        if (fromCli) {
            ctx.report(new Source(option, 0), "", text, message);
        } else {
            Node item = ((ListNode) s.node(key)).items().get(i);
            ctx.report(item.source(), key + "[" + i + "]", text, message);
        }
    }

    /** A list of texts, or an empty list when the key is absent. */
    private static List<String> strings(Section s, String key, ReadContext ctx) {
        Node node = s.node(key);
        if (node == null || node instanceof ScalarNode sc && sc.isNull()) {
            return List.of();
        }
        if (!(node instanceof ListNode list)) {
            s.problem(key, "must be a list, e.g. [" + (key.equals("objectives") ? "cost_per_year, p90_hours_to_close"
                    : "'resolution_rate>=0.95'") + "]");
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            if (list.items().get(i) instanceof ScalarNode sc && !sc.isNull()) {
                out.add(sc.text());
            } else {
                ctx.report(list.items().get(i).source(), key + "[" + i + "]", null, "must be a text");
            }
        }
        return out;
    }

    private static <T> T none(Section s, String key, T value) {
        s.optionalText(key, null);
        return value;
    }

}
