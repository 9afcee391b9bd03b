package org.gridgov.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.config.DidYouMean;
import org.gridgov.config.InputException;
import org.gridgov.config.MapNode;
import org.gridgov.config.Node;
import org.gridgov.config.ReadContext;
import org.gridgov.config.ScalarNode;
import org.gridgov.config.Section;
import org.gridgov.config.YamlInput;
import org.gridgov.report.Num;
import org.gridgov.scenario.Parameter;
import org.gridgov.scenario.ParameterCatalogue;
import org.gridgov.scenario.ScenarioReader;

/**
 * Reads the uncertain inputs of a design or a calibration (docs/ODD.md 12): the file named under
 * {@code uncertainties:}, or the mapping written there, resolved against the base scenario's values, and the
 * ones a list (such as {@code inputs:}) selects from it. Problems go to the caller's context.
 */
public final class UncertaintyReader {

    private UncertaintyReader() {
    }

    /** The uncertain inputs, from the file named under {@code uncertainties:} or the mapping written there. */
    public static List<Uncertainty> read(Section s, String selector, String baseFile, List<String> baseOverrides,
            ReadContext ctx) {
        Node node = s.node("uncertainties");
        MapNode list;
        if (node instanceof ScalarNode sc && !sc.isNull()) {
            Path file = Path.of(sc.text());
            byte[] bytes = YamlInput.readFile(file, ctx);
            if (bytes == null) {
                return List.of();
            }
            MapNode root = YamlInput.parseBytes(bytes, file.toString(), ctx);
            Section u = Section.root(root, ctx);
            u.optionalText("name", "");
            u.optionalText("description", "");
            Node inner = u.node("uncertainties");
            u.finish();
            if (!(inner instanceof MapNode m)) {
                ctx.report(root.source(), "uncertainties", null, "must map parameter key paths (or patterns with *) to"
                        + " ranges, e.g. {grid_workers.extra_duty_share: {min: 0.15, max: 0.45, why: ...}}");
                return List.of();
            }
            list = m;
        } else if (node instanceof MapNode m) {
            list = m;
        } else {
            s.problem("uncertainties", "must name an uncertainties file, e.g. experiments/q-city-uncertainties.yaml, or map"
                    + " parameter key paths to ranges, e.g. {grid_workers.extra_duty_share: {min: 0.15, max: 0.45}}");
            return List.of();
        }
        List<Uncertainty> inputs = declared(list, "uncertainties", baseFile, baseOverrides, ctx);
        if (s.has(selector) && !ctx.hasProblems()) {
            inputs = selected(s, selector, inputs, ctx);
        }
        if (inputs.isEmpty() && !ctx.hasProblems()) {
            s.problem("uncertainties", "must give at least one uncertain input");
        }
        return inputs;
    }

    /**
     * The ranges written under {@code key} as a mapping, such as an optimisation's levers: each a range, a scale on
     * a group, or a list of values, like an uncertain input.
     */
    public static List<Uncertainty> mapping(Section s, String key, String baseFile, List<String> baseOverrides,
            ReadContext ctx) {
        if (!(s.node(key) instanceof MapNode list) || list.entries().isEmpty()) {
            s.problem(key, "must map parameter key paths (or patterns with *) to ranges, e.g."
                    + " {grid_workers.households_per_worker: {min: 300, max: 600}, platform.upgraded: {values: [false,"
                    + " true]}}");
            return List.of();
        }
        return declared(list, key, baseFile, baseOverrides, ctx);
    }

    private static List<Uncertainty> declared(MapNode list, String key, String baseFile, List<String> baseOverrides,
            ReadContext ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        try {
            ScenarioReader.read(Path.of(baseFile), baseOverrides).resolved()
                    .forEach(r -> values.put(r.path(), r.value()));
        } catch (InputException | java.nio.file.InvalidPathException e) {
            return List.of(); // the base scenario's own problems are reported when the design points are loaded
        }
        List<Uncertainty> inputs = new ArrayList<>();
        Section all = Section.at(list, key, ctx);
        for (String pattern : all.keys()) {
            Uncertainty u = uncertainty(all.section(pattern), pattern, values);
            if (u != null) {
                inputs.add(u);
            }
        }
        all.finish();
        return inputs;
    }

    /**
     * The inputs an experiment names under {@code inputs:}, in its order: a Sobol' analysis of those a Morris screen
     * kept draws on the same declarations instead of restating their ranges.
     */
    private static List<Uncertainty> selected(Section s, String selector, List<Uncertainty> declared,
            ReadContext ctx) {
        Map<String, Uncertainty> byName = new LinkedHashMap<>();
        declared.forEach(u -> byName.put(u.name(), u));
        List<Uncertainty> chosen = new ArrayList<>();
        List<String> names = s.texts(selector);
        for (int i = 0; i < names.size(); i++) {
            Uncertainty u = byName.get(names.get(i));
            if (u == null) {
                ctx.report(s.source(), selector + "[" + i + "]", names.get(i), "is not an input of the uncertainties"
                        + DidYouMean.closest(names.get(i), byName.keySet()).map(c -> "; did you mean '" + c + "'?")
                                .orElse(""));
            } else if (chosen.contains(u)) {
                ctx.report(s.source(), selector + "[" + i + "]", names.get(i), "is named twice");
            } else {
                chosen.add(u);
            }
        }
        return chosen;
    }

    /** One uncertain input: a range, a scale on a group, or a list of values. */
    private static Uncertainty uncertainty(Section u, String pattern, Map<String, String> values) {
        String why = u.optionalText("why", "");
        String source = u.optionalText("source", "");
        Map<String, Double> base = new LinkedHashMap<>();
        Map<String, Boolean> whole = new LinkedHashMap<>();
        Map<String, double[]> bounds = new LinkedHashMap<>();
        List<String> texts = new ArrayList<>();
        for (Map.Entry<String, String> v : values.entrySet()) {
            if (Parameter.matches(pattern, v.getKey())) {
                Parameter p = ParameterCatalogue.get(v.getKey());
                base.put(v.getKey(), parse(v.getValue()));
                whole.put(v.getKey(), p.whole());
                bounds.put(v.getKey(), new double[] {p.min(), p.max()});
                texts.add(v.getValue());
            }
        }
        int kinds = (u.has("min") || u.has("max") ? 1 : 0) + (u.has("scale") ? 1 : 0) + (u.has("values") ? 1 : 0);
        String problem = kinds != 1 ? "give one of min and max (a range), scale: {min, max} (a factor on the base"
                + " values) or values: [...] (a list)"
                : base.isEmpty() ? "'" + pattern + "' is no parameter of the scenario (a key path such as"
                + " grid_workers.extra_duty_share, or a pattern such as case_types.*.detection_probability)" : null;
        if (problem != null) {
            u.problem(u.has("values") && kinds == 1 ? "values" : u.has("scale") && kinds == 1 ? "scale" : "min", problem);
            for (String key : List.of("min", "max", "scale", "values")) {
                u.node(key); // reported once above, not again as unknown keys
            }
            u.finish();
            return null;
        }
        Uncertainty made;
        if (u.has("values")) {
            List<String> list = u.texts("values");
            if (list.size() < 2) {
                u.problem("values", "must list at least two values");
            }
            made = new Uncertainty(pattern, base, whole, bounds, Uncertainty.Kind.VALUES, 0, 0, list, why, source);
        } else if (u.has("scale")) {
            Section scale = u.section("scale");
            double lo = scale.number("min", 0, 1e6);
            double hi = scale.number("max", 0, 1e6);
            scale.finish();
            if (hi <= lo) {
                scale.problem("max", "must be greater than min (" + Num.format(lo) + "): a factor range such as"
                        + " {min: 0.8, max: 1.2}");
                u.finish();
                return null;
            }
            for (Map.Entry<String, Double> b : base.entrySet()) {
                if (Double.isNaN(b.getValue())) {
                    u.problem("scale", b.getKey() + " = " + values.get(b.getKey()) + " is not a number to scale");
                }
            }
            made = new Uncertainty(pattern, base, whole, bounds, Uncertainty.Kind.SCALE, lo, hi, List.of(), why, source);
        } else {
            double[] b = bounds.values().iterator().next();
            double min = u.number("min", b[0], b[1]);
            double max = u.number("max", b[0], b[1]);
            if (max <= min) {
                u.problem("max", "must be greater than min (" + Num.format(min) + ")");
            }
            made = new Uncertainty(pattern, base, whole, bounds, Uncertainty.Kind.RANGE, min, max, List.of(), why, source);
        }
        u.finish();
        return made;
    }

    private static double parse(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

}
