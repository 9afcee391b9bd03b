package org.gridgov.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.config.InputException;
import org.gridgov.config.JsonInput;
import org.gridgov.config.ListNode;
import org.gridgov.config.MapNode;
import org.gridgov.config.Node;
import org.gridgov.config.ReadContext;
import org.gridgov.config.ScalarNode;
import org.gridgov.config.Section;
import org.gridgov.report.Json;
import org.gridgov.scenario.SimulationParams;

/** The plan as JSON, kept in the journal ({@code journal/plan.json}), and read back for resuming and merging. */
final class PlanFile {
    private static final String FORMAT = "gridgov-experiment-plan 1";

    private PlanFile() {
    }

    static String render(ExperimentPlan plan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("name", plan.name());
        m.put("description", plan.description());
        m.put("design", plan.design());
        m.put("experiment_file", plan.experimentFile());
        m.put("experiment_sha256", plan.experimentSha256());
        m.put("model_version", plan.modelVersion());
        m.put("seed", Long.toString(plan.seed())); // text: a JSON number loses digits beyond 2^53
        m.put("replications", plan.replications());
        m.put("days", plan.days());
        m.put("warmup_days", plan.warmupDays());
        m.put("metrics", plan.metrics());
        m.put("baseline", plan.baseline());
        if (plan.phaseIn() != null) {
            m.put("phase_in", List.of(plan.phaseIn().firstDay(), plan.phaseIn().lastDay()));
        }
        if (plan.sensitivity() != null) {
            ExperimentPlan.Sensitivity gsa = plan.sensitivity();
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("method", gsa.method());
            g.put("inputs", gsa.inputs());
            g.put("size", gsa.size());
            g.put("levels", gsa.levels());
            g.put("candidates", gsa.candidates());
            g.put("seed", Long.toString(gsa.seed()));
            if (gsa.secondOrder()) {
                g.put("second_order", true); // absent in plans from before it existed: false
            }
            m.put("sensitivity", g);
        }
        if (plan.robustness() != null) {
            ExperimentPlan.Robustness rob = plan.robustness();
            Map<String, Object> g = new LinkedHashMap<>();
            g.put("scenarios", rob.scenarios());
            g.put("reference", rob.reference());
            List<Object> axes = new ArrayList<>();
            for (ExperimentPlan.Axis a : rob.inputs()) {
                Map<String, Object> axis = new LinkedHashMap<>();
                axis.put("name", a.name());
                axis.put("kind", a.kind());
                axis.put("low", a.low());
                axis.put("high", a.high());
                axis.put("whole", a.whole());
                axis.put("values", a.values());
                axes.add(axis);
            }
            g.put("inputs", axes);
            g.put("samples", rob.samples());
            g.put("seed", Long.toString(rob.seed()));
            m.put("robustness", g);
        }
        List<Object> points = new ArrayList<>();
        for (DesignPoint p : plan.points()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("label", p.label());
            point.put("scenario_file", p.scenarioFile());
            point.put("sha256", p.sha256());
            point.put("overrides", p.overrides());
            point.put("parameters", new LinkedHashMap<String, Object>(p.parameters()));
            point.put("fingerprint", p.fingerprint());
            if (!p.description().isEmpty()) {
                point.put("description", p.description()); // absent in plans from before it existed: ""
            }
            points.add(point);
        }
        m.put("points", points);
        return Json.render(m);
    }

    /** Reads a plan file; any problem (a damaged or foreign file) is reported with its place. */
    static ExperimentPlan read(Path file) throws InputException {
        ReadContext ctx = new ReadContext();
        MapNode root = JsonInput.parseFile(file, ctx);
        ctx.throwIfProblems();
        Section s = Section.root(root, ctx);
        if (!FORMAT.equals(text(s, "format", ctx))) {
            s.problem("format", "must be '" + FORMAT + "': this is not a plan written by this version of gridgov");
        }
        String name = text(s, "name", ctx);
        String description = text(s, "description", ctx);
        String design = text(s, "design", ctx);
        String experimentFile = text(s, "experiment_file", ctx);
        String sha = text(s, "experiment_sha256", ctx);
        String version = text(s, "model_version", ctx);
        long seed = 0;
        try {
            seed = Long.parseLong(text(s, "seed", ctx));
        } catch (NumberFormatException e) {
            s.problem("seed", "must be a whole number");
        }
        int replications = s.integer("replications", 1, Integer.MAX_VALUE);
        int days = s.integer("days", 1, SimulationParams.MAX_DAYS);
        int warmup = s.integer("warmup_days", SimulationParams.WARMUP_FROM_DATA, SimulationParams.MAX_DAYS - 1);
        List<String> metrics = s.texts("metrics");
        int baseline = s.integer("baseline", 0, Integer.MAX_VALUE);
        ExperimentPlan.Phase phaseIn = null;
        if (s.has("phase_in")) {
            List<Long> days2 = s.integers("phase_in", 0, SimulationParams.MAX_DAYS - 1);
            if (days2.size() == 2) {
                phaseIn = new ExperimentPlan.Phase(days2.get(0).intValue(), days2.get(1).intValue());
            } else {
                s.problem("phase_in", "must be two days");
            }
        }
        ExperimentPlan.Sensitivity sensitivity = null;
        if (s.has("sensitivity")) {
            Section g = s.section("sensitivity");
            long gsaSeed = 0;
            try {
                gsaSeed = Long.parseLong(text(g, "seed", ctx));
            } catch (NumberFormatException e) {
                g.problem("seed", "must be a whole number");
            }
            sensitivity = new ExperimentPlan.Sensitivity(text(g, "method", ctx), g.texts("inputs"),
                    g.integer("size", 2, Integer.MAX_VALUE), g.integer("levels", 0, 1000),
                    g.integer("candidates", 0, Integer.MAX_VALUE), gsaSeed, g.has("second_order") && g.flag("second_order"));
            g.finish();
        }
        ExperimentPlan.Robustness robustness = s.has("robustness") ? robustness(s.section("robustness"), ctx) : null;
        List<DesignPoint> points = new ArrayList<>();
        if (s.node("points") instanceof ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                if (list.items().get(i) instanceof MapNode map) {
                    Section p = Section.at(map, "points[" + i + "]", ctx);
                    Map<String, String> parameters = new LinkedHashMap<>();
                    Section ps = p.section("parameters");
                    for (String key : ps.keys()) {
                        parameters.put(key, text(ps, key, ctx));
                    }
                    points.add(new DesignPoint(text(p, "label", ctx), text(p, "scenario_file", ctx),
                            text(p, "sha256", ctx), p.texts("overrides"), parameters, text(p, "fingerprint", ctx),
                            p.optionalText("description", "")));
                    p.finish();
                }
            }
        }
        if (points.isEmpty() || baseline >= points.size()) {
            s.problem("points", "must list the design points, and baseline must be one of them");
        }
        s.finish();
        ctx.throwIfProblems();
        return new ExperimentPlan(name, description, design, experimentFile, sha, version, seed, replications, days, warmup,
                metrics, baseline, points, phaseIn, sensitivity, robustness);
    }

    private static ExperimentPlan.Robustness robustness(Section g, ReadContext ctx) {
        List<String> scenarios = g.texts("scenarios");
        int reference = g.integer("reference", 0, Integer.MAX_VALUE);
        List<ExperimentPlan.Axis> axes = new ArrayList<>();
        if (g.node("inputs") instanceof ListNode list) {
            for (int i = 0; i < list.items().size(); i++) {
                if (list.items().get(i) instanceof MapNode map) {
                    Section a = Section.at(map, "robustness.inputs[" + i + "]", ctx);
                    axes.add(new ExperimentPlan.Axis(text(a, "name", ctx), text(a, "kind", ctx),
                            a.number("low", -Double.MAX_VALUE, Double.MAX_VALUE),
                            a.number("high", -Double.MAX_VALUE, Double.MAX_VALUE), a.flag("whole"), a.texts("values")));
                    a.finish();
                }
            }
        }
        int samples = g.integer("samples", 2, Integer.MAX_VALUE);
        long seed = 0;
        try {
            seed = Long.parseLong(text(g, "seed", ctx));
        } catch (NumberFormatException e) {
            g.problem("seed", "must be a whole number");
        }
        g.finish();
        if (reference >= scenarios.size()) {
            g.problem("reference", "must be one of the scenarios");
            return null;
        }
        return new ExperimentPlan.Robustness(scenarios, reference, axes, samples, seed);
    }

    /** Text as written, empty text allowed. */
    private static String text(Section s, String key, ReadContext ctx) {
        Node node = s.node(key);
        if (node instanceof ScalarNode sc && !sc.isNull()) {
            return sc.text();
        }
        s.problem(key, "missing; must be text");
        return "";
    }
}
