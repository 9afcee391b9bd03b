package org.gridgov.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.gridgov.Version;
import org.gridgov.config.DidYouMean;
import org.gridgov.config.InputException;
import org.gridgov.config.ListNode;
import org.gridgov.config.MapNode;
import org.gridgov.config.Node;
import org.gridgov.config.Problem;
import org.gridgov.config.ReadContext;
import org.gridgov.config.Resolved;
import org.gridgov.config.ScalarNode;
import org.gridgov.config.Section;
import org.gridgov.config.Source;
import org.gridgov.config.YamlInput;
import org.gridgov.hash.Sha256;
import org.gridgov.stats.sensitivity.SaltelliSample;
import org.gridgov.stats.sensitivity.MorrisDesign;
import org.gridgov.observe.Metric;
import org.gridgov.report.Num;
import org.gridgov.scenario.LoadedScenario;
import org.gridgov.scenario.PhaseIn;
import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.gridgov.scenario.SimulationParams;

/**
 * Reads an experiment file, or the arguments of {@code gridgov compare}, into an {@link Experiment}. Every
 * problem is reported at once with file, line, key path, value and what is allowed: those of the
 * experiment file, of each scenario file, and of each design point's overrides, which are checked by the
 * scenario reader exactly like {@code --set} options and reported at the line of the experiment file that
 * sets them. Scenario paths are relative to the working directory, like paths typed on the command line.
 */
public final class ExperimentReader {

    public static final String COMPARE = "compare";
    public static final String FACTORIAL = "factorial";
    public static final String LATIN_HYPERCUBE = "latin-hypercube";
    public static final String MORRIS = "morris";
    public static final String SOBOL = "sobol";
    public static final String ROBUSTNESS = "robustness";
    private static final List<String> DESIGNS = List.of(COMPARE, FACTORIAL, LATIN_HYPERCUBE, MORRIS, SOBOL, ROBUSTNESS);
    public static final int DEFAULT_REPLICATIONS = 10;
    private static final int MAX_RUNS = 1_000_000;
    /** Letters and digits of any script, as for scenario names. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,79}");

    /** Choices from the command line, which win over the file; null means "as the file says". */
    public record Settings(Long seed, Integer days, Integer warmupDays, Integer replications) {
        public static final Settings NONE = new Settings(null, null, null, null);
    }

    /** A design point before its scenario is loaded, with where each of its inputs was written. */
    private record Candidate(String label, Source labelSource, String file, String filePath, Source fileSource,
            List<String> overrides, Map<String, Source> overrideSources, Map<String, String> parameters) {
    }

    /** A metric name and where it was asked for. */
    private record MetricRef(String name, Source source, String path) {
    }

    private final ReadContext ctx;
    /** What was accepted but should change, such as a renamed metric's former id. */
    private final List<String> warnings = new ArrayList<>();
    /** Set for Latin hypercubes, whose drawn values are fractions unless a range asks for whole numbers. */
    private boolean drawsValues;
    /** When the design points' reforms take effect; null: from the start. */
    private PhaseIn phaseIn;
    /** How a morris or sobol design drew its points; null for the other designs. */
    private ExperimentPlan.Sensitivity sensitivity;
    /** How a robustness design crossed its scenarios with its sample; null for the other designs. */
    private ExperimentPlan.Robustness robustness;
    /** The folder of the experiment file being read; null for an ad-hoc comparison. */
    private Path fileFolder;
    /** Whether a missing file's problem has said how paths are resolved (once is enough). */
    private boolean pathRuleGiven;
    /** The folder the last missing file would be found from, said once for a run of files found there. */
    private Path lastFoundFrom;

    private ExperimentReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    /** Reads an experiment file. */
    public static Experiment read(Path file, Settings settings) throws InputException {
        return new ExperimentReader(new ReadContext()).readFile(file, settings);
    }

    private Experiment readFile(Path file, Settings settings) throws InputException {
        fileFolder = file.toAbsolutePath().getParent();
        // Read once, then parsed and hashed from the same bytes: a FIFO cannot be opened twice.
        byte[] bytes = YamlInput.readFile(file, ctx);
        ctx.throwIfProblems();
        MapNode root = YamlInput.parseBytes(bytes, file.toString(), ctx);
        ctx.throwIfProblems();
        Section s = Section.root(root, ctx);
        String name = s.optionalText("name", stem(file));
        if (s.has("name") && !NAME.matcher(name).matches()) {
            s.problem("name", "must be 1-80 letters (of any script), digits, '.', '_' or '-', starting with a letter or digit"
                    + " (it names the output folder)");
        }
        String description = s.optionalText("description", "");
        String design = s.has("design") ? s.oneOf("design", DESIGNS) : s.optionalText("design", COMPARE);
        Integer replications = s.has("replications") ? Integer.valueOf(s.integer("replications", 2, 100_000))
                : none(s, "replications");
        Long seed = s.has("seed") ? Long.valueOf(s.longInteger("seed", Long.MIN_VALUE, Long.MAX_VALUE)) : none(s, "seed");
        Integer days = s.has("days") ? Integer.valueOf(s.integer("days", 1, SimulationParams.MAX_DAYS)) : none(s, "days");
        Integer warmup = s.has("warmup_days") ? Integer.valueOf(s.integer("warmup_days", 0, SimulationParams.MAX_DAYS - 1))
                : none(s, "warmup_days");
        List<MetricRef> metrics = metrics(s);
        phaseIn = s.has("phase_in") ? PhaseIn.read(s.section("phase_in"), ctx) : null;
        List<Candidate> candidates = new ArrayList<>();
        String baselineLabel = null;
        Source baselineSource = null;
        switch (design) {
            case FACTORIAL -> baselineLabel = factorial(s, candidates);
            case LATIN_HYPERCUBE -> latinHypercube(s, settings.seed() != null ? settings.seed() : seed != null ? seed : 1,
                    candidates);
            case MORRIS, SOBOL -> sensitivity = sensitivityDesign(design, s,
                    settings.seed() != null ? settings.seed() : seed != null ? seed : 1, candidates);
            case ROBUSTNESS -> {
                baselineLabel = robustnessDesign(s, settings.seed() != null ? settings.seed() : seed != null ? seed : 1,
                        candidates);
                baselineSource = s.has("baseline") ? root.get("baseline").source() : null;
            }
            default -> {
                compareScenarios(s, candidates);
                if (s.has("baseline")) {
                    baselineLabel = s.text("baseline");
                    baselineSource = root.get("baseline").source();
                } else {
                    none(s, "baseline");
                }
            }
        }
        s.finish();
        Settings fromFile = new Settings(seed, days, warmup, replications);
        return build(file.toString(), Sha256.of(bytes), name, description, design, candidates, baselineLabel,
                baselineSource, metrics, merge(settings, fromFile), s);
    }

    /**
     * An ad-hoc comparison of scenario files, as {@code gridgov compare} asks for it.
     *
     * @param baseline one of {@code files}, or null for the first
     * @param metrics  metric names, or null for the headline set
     */
    public static Experiment compare(List<Path> files, Path baseline, List<String> metrics, Settings settings)
            throws InputException {
        return new ExperimentReader(new ReadContext()).compareFiles(files, baseline, metrics, settings);
    }

    private Experiment compareFiles(List<Path> files, Path baseline, List<String> metrics, Settings settings)
            throws InputException {
        List<Candidate> candidates = new ArrayList<>();
        String baselineFile = null;
        for (Path f : files) {
            String file = f.toString();
            candidates.add(new Candidate(null, null, file, "", null, List.of(), Map.of(), Map.of()));
            if (baseline != null && f.normalize().equals(baseline.normalize())) {
                baselineFile = file;
            }
        }
        if (baseline != null && baselineFile == null) {
            ctx.report(new Source("--baseline", 0), "", baseline.toString(),
                    "must be one of the scenario files compared: " + String.join(", ", files.stream().map(Path::toString).toList()));
        }
        List<MetricRef> refs = null;
        if (metrics != null) {
            refs = metrics.stream().map(m -> new MetricRef(m, new Source("--metrics", 0), "")).toList();
        }
        List<String> stems = files.stream().map(ExperimentReader::stem).toList();
        String name = "compare-" + stems.get(0) + "-vs-"
                + (stems.size() <= 4 ? String.join("-vs-", stems.subList(1, stems.size())) : (stems.size() - 1) + "-scenarios");
        if (stems.size() == 1) {
            name = "replicate-" + stems.get(0);
        }
        return build("", "", name, "", COMPARE, candidates, baselineFile, new Source("--baseline", 0), refs, settings,
                null);
    }

    /**
     * A batch of design points chosen by a search as it goes (a calibration's particles): each point is the scenario
     * with its overrides and the values given. The values come from validated ranges, so a point the scenario reader
     * refuses is a bug, not a user's error.
     *
     * @param values each point's values by key path, as the scenario reader takes them
     */
    public static Experiment batch(String name, String design, String scenarioFile, List<String> overrides,
            List<String> labels, List<Map<String, String>> values, List<String> metrics, long seed, int replications,
            int days, int warmupDays) {
        List<DesignPoint> points = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            List<String> set = new ArrayList<>(overrides);
            values.get(i).forEach((path, value) -> set.add(path + "=" + value));
            LoadedScenario l;
            try {
                l = ScenarioReader.read(Path.of(scenarioFile), set);
            } catch (InputException e) {
                throw new IllegalStateException("a point inside the validated ranges was refused: " + e.getMessage(), e);
            }
            points.add(new DesignPoint(labels.get(i), scenarioFile, l.source().sha256(), set, values.get(i), fingerprint(l)));
            scenarios.add(l.scenario());
        }
        ExperimentPlan plan = new ExperimentPlan(name, "", design, "", "", Version.get(), seed, replications, days,
                warmupDays, metrics, 0, points, null, null, null);
        return new Experiment(plan, scenarios);
    }

    // ---- the designs

    private void compareScenarios(Section s, List<Candidate> out) {
        Node node = s.node("scenarios");
        if (!(node instanceof ListNode list) || list.items().isEmpty()) {
            s.problem("scenarios", "must be a list of scenarios: a file, or {file: F, set: {key.path: value},"
                    + " label: L}");
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            Candidate c = scenarioRef(list.items().get(i), "scenarios[" + i + "]", s, true);
            if (c != null) {
                out.add(c);
            }
        }
    }

    /** A scenario given as a file, or as {file, set, label}; null (reported) if unusable. */
    private Candidate scenarioRef(Node node, String path, Section parent, boolean labelled) {
        if (node instanceof ScalarNode sc && !sc.isNull() && !sc.text().isBlank()) {
            return new Candidate(null, null, sc.text(), path, sc.source(), List.of(), Map.of(), Map.of());
        }
        if (!(node instanceof MapNode map)) {
            String shown = node instanceof ScalarNode sc && !sc.isNull() ? sc.text() : null;
            ctx.report(node == null ? parent.source() : node.source(), path, shown,
                    "must be a scenario file, or {file: F, set: {key.path: value}" + (labelled ? ", label: L}" : "}"));
            return null;
        }
        Section item = Section.at(map, path, ctx);
        String file = item.text("file");
        Node fileNode = map.get("file");
        String label = null;
        Source labelSource = null;
        if (labelled && item.has("label")) {
            label = item.text("label");
            labelSource = map.get("label").source();
            if (!NAME.matcher(label).matches()) {
                item.problem("label", "must be 1-80 letters (of any script), digits, '.', '_' or '-', starting with a letter or digit");
            }
        } else if (labelled) {
            item.optionalText("label", null);
        }
        List<String> overrides = new ArrayList<>();
        Map<String, Source> sources = new HashMap<>();
        if (item.has("set")) {
            Section set = item.section("set");
            for (String key : set.keys()) {
                Node value = set.node(key);
                String assignment = key + "=" + FlowYaml.render(value);
                overrides.add(assignment);
                sources.putIfAbsent(assignment, value.source());
            }
        } else {
            item.optionalText("set", null);
        }
        item.finish();
        Source fileSource = fileNode != null ? fileNode.source() : map.source();
        return new Candidate(label, labelSource, file, path + ".file", fileSource, overrides, sources, Map.of());
    }

    /** Reads a factorial design into candidates; returns the baseline's label. */
    private String factorial(Section s, List<Candidate> out) {
        Candidate base = scenarioRef(s.node("scenario"), "scenario", s, false);
        Section factors = s.section("factors");
        Map<String, List<String>> levels = new LinkedHashMap<>();
        Map<String, Source> sources = new HashMap<>();
        Map<String, Map<String, String>> shown = new HashMap<>();
        for (String path : factors.keys()) {
            Node node = factors.node(path);
            if (!(node instanceof ListNode list) || list.items().isEmpty()) {
                factors.problem(path, "must be a list of values, e.g. [300, 450, 600]");
                continue;
            }
            List<String> values = new ArrayList<>();
            Map<String, String> texts = new HashMap<>();
            for (int i = 0; i < list.items().size(); i++) {
                Node item = list.items().get(i);
                String value = FlowYaml.render(item);
                if (values.contains(value)) {
                    ctx.report(item.source(), "factors." + path + "[" + i + "]", value, "is listed twice");
                    continue;
                }
                values.add(value);
                texts.put(value, item instanceof ScalarNode sc ? sc.text() : value);
                sources.putIfAbsent(path + "=" + value, item.source());
            }
            levels.put(path, values);
            shown.put(path, texts);
        }
        if (factors.keys().isEmpty()) {
            s.problem("factors", "must give at least one parameter path with its values, e.g."
                    + " {grid_workers.households_per_worker: [300, 600]}");
        }
        Map<String, String> baseline = new LinkedHashMap<>();
        if (s.has("baseline")) {
            Section b = s.section("baseline");
            for (Map.Entry<String, List<String>> f : levels.entrySet()) {
                Node node = b.node(f.getKey());
                if (node == null) {
                    b.problem(f.getKey(), "missing; the baseline needs a value for every factor");
                    continue;
                }
                String value = FlowYaml.render(node);
                if (!f.getValue().contains(value)) {
                    ctx.report(node.source(), "baseline." + f.getKey(), value,
                            "must be one of the factor's values: " + String.join(", ", f.getValue()));
                }
                baseline.put(f.getKey(), value);
            }
        } else {
            none(s, "baseline");
            levels.forEach((path, values) -> baseline.put(path, values.get(0)));
        }
        if (base == null) {
            return null;
        }
        Map<String, String> shortNames = shortNames(levels.keySet());
        String baselineLabel = null;
        for (Map<String, String> point : Designs.factorial(levels)) {
            List<String> overrides = new ArrayList<>(base.overrides());
            Map<String, Source> pointSources = new HashMap<>(base.overrideSources());
            Map<String, String> parameters = new LinkedHashMap<>();
            List<String> label = new ArrayList<>();
            point.forEach((path, value) -> {
                String assignment = path + "=" + value;
                overrides.add(assignment);
                pointSources.putIfAbsent(assignment, sources.get(assignment));
                parameters.put(path, shown.get(path).get(value));
                label.add(shortNames.get(path) + "=" + shown.get(path).get(value));
            });
            String l = String.join(", ", label);
            if (point.equals(baseline)) {
                baselineLabel = l;
            }
            out.add(new Candidate(l, null, base.file(), base.filePath(), base.fileSource(), overrides, pointSources,
                    parameters));
        }
        return baselineLabel;
    }

    /**
     * Reads a Latin hypercube design into candidates: the base scenario first (the baseline), then the samples,
     * drawn from the experiment's seed (--seed, else the file's seed, else 1: the base scenario is not read yet).
     */
    private void latinHypercube(Section s, long seed, List<Candidate> out) {
        drawsValues = true;
        Candidate base = scenarioRef(s.node("scenario"), "scenario", s, false);
        int samples = s.integer("samples", 2, 10_000);
        Section ranges = s.section("ranges");
        List<Designs.Range> list = new ArrayList<>();
        Map<String, Source> sources = new HashMap<>();
        for (String path : ranges.keys()) {
            Section r = ranges.section(path);
            double min = r.number("min", -1e15, 1e15);
            double max = r.number("max", -1e15, 1e15);
            boolean whole = r.has("integer") ? r.flag("integer") : Boolean.TRUE.equals(none(r, "integer"));
            if (max <= min) {
                r.problem("max", "must be greater than min (" + Num.format(min) + ")");
            }
            list.add(new Designs.Range(path, min, max, whole));
            sources.put(path, r.source());
        }
        if (ranges.keys().isEmpty()) {
            s.problem("ranges", "must give at least one parameter path with its range, e.g."
                    + " {grid_workers.extra_duty_share: {min: 0.1, max: 0.5}}");
        }
        if (base == null || ctx.hasProblems()) {
            return;
        }
        out.add(new Candidate("base", null, base.file(), base.filePath(), base.fileSource(), base.overrides(),
                base.overrideSources(), Map.of()));
        List<Map<String, String>> points = Designs.latinHypercube(list, samples, seed);
        int width = Integer.toString(samples).length();
        for (int i = 0; i < points.size(); i++) {
            List<String> overrides = new ArrayList<>(base.overrides());
            Map<String, Source> pointSources = new HashMap<>(base.overrideSources());
            points.get(i).forEach((path, value) -> {
                String assignment = path + "=" + value;
                overrides.add(assignment);
                // A value drawn by the design is no line of the file: the range that produced it is.
                pointSources.putIfAbsent(assignment, sources.get(path));
            });
            String label = String.format("sample-%0" + width + "d", i + 1);
            out.add(new Candidate(label, null, base.file(), base.filePath(), base.fileSource(), overrides,
                    pointSources, points.get(i)));
        }
    }

    /**
     * Reads a morris or sobol design (docs/ODD.md 12): a base scenario, its uncertain inputs (a file or a mapping
     * under {@code uncertainties:}) and the design's size; draws the points on the unit cube and turns each into
     * the values it sets. Returns how the points were drawn, or null when something is wrong (reported).
     */
    private ExperimentPlan.Sensitivity sensitivityDesign(String method, Section s, long seed, List<Candidate> out) {
        Candidate base = scenarioRef(s.node("scenario"), "scenario", s, false);
        int size;
        int levels = 0;
        int candidates = 0;
        if (method.equals(MORRIS)) {
            size = s.has("trajectories") ? s.integer("trajectories", 2, 10_000) : 10;
            levels = s.has("levels") ? s.integer("levels", 2, 100) : 4;
            if (levels % 2 != 0) {
                s.problem("levels", "must be even, so that the step p / (2 (p - 1)) lands on the grid; 4 is usual");
            }
            candidates = s.has("candidates") ? s.integer("candidates", 2, 100_000) : Math.min(1000, 10 * size);
            if (candidates < size) {
                s.problem("candidates", "must be at least trajectories (" + size + "): the most spread out of them are kept");
            }
        } else {
            size = s.has("samples") ? s.integer("samples", 2, 1 << 20) : 64;
        }
        boolean secondOrder = method.equals(SOBOL) && s.has("second_order") && s.flag("second_order");
        if (method.equals(MORRIS) && s.has("second_order")) {
            s.problem("second_order", "is for sobol designs: a Morris screen's sigma already shows interactions");
        }
        List<Uncertainty> inputs = base == null ? List.of() : UncertaintyReader.read(s, "inputs", base.file(), base.overrides(), ctx);
        if (base == null || ctx.hasProblems() || inputs.isEmpty()) {
            return null;
        }
        int k = inputs.size();
        if (method.equals(SOBOL) && 2 * k > 1000) {
            s.problem("uncertainties", "a Sobol' design takes at most 500 inputs (Commons Math's direction numbers)");
            return null;
        }
        double[][] points = method.equals(MORRIS) ? MorrisDesign.of(k, size, levels, candidates, seed).points()
                : SaltelliSample.of(size, k, 0, secondOrder).points();
        int width = Integer.toString(points.length).length();
        for (int i = 0; i < points.length; i++) {
            List<String> overrides = new ArrayList<>(base.overrides());
            Map<String, Source> pointSources = new HashMap<>(base.overrideSources());
            Map<String, String> set = new LinkedHashMap<>();
            for (int j = 0; j < k; j++) {
                set.putAll(inputs.get(j).at(points[i][j]));
            }
            set.forEach((path, value) -> {
                String assignment = path + "=" + value;
                overrides.add(assignment);
                pointSources.putIfAbsent(assignment, s.source());
            });
            String label = String.format("%s-%0" + width + "d", method.equals(MORRIS) ? "m" : "s", i + 1);
            out.add(new Candidate(label, null, base.file(), base.filePath(), base.fileSource(), overrides, pointSources,
                    set));
        }
        return new ExperimentPlan.Sensitivity(method, inputs.stream().map(Uncertainty::name).toList(), size, levels,
                candidates, seed, secondOrder);
    }

    /**
     * Reads a robustness design (docs/ODD.md 12.2): the scenarios of a comparison and its baseline, crossed with a
     * Latin hypercube of the uncertain inputs, sample by sample. In each sample a scenario takes the sampled values
     * except where it sets a parameter itself (differently from the baseline): a reform's own levers are its policy,
     * not an uncertainty. Returns the baseline's label at the first sample; when a scenario cannot be read, or labels
     * or the baseline are wrong, the scenarios are left uncrossed for {@link #build} to report their problems.
     */
    private String robustnessDesign(Section s, long seed, List<Candidate> out) {
        List<Candidate> scenarios = new ArrayList<>();
        compareScenarios(s, scenarios);
        String baselineLabel = s.has("baseline") ? s.text("baseline") : none(s, "baseline");
        int samples = s.has("samples") ? s.integer("samples", 2, 100_000) : 40;
        List<String> labels = new ArrayList<>();
        List<Map<String, String>> values = new ArrayList<>();
        for (Candidate c : scenarios) {
            try {
                LoadedScenario l = ScenarioReader.read(Path.of(c.file()), c.overrides());
                labels.add(c.label() != null ? c.label() : l.scenario().name());
                Map<String, String> v = new LinkedHashMap<>();
                l.resolved().forEach(r -> v.put(r.path(), r.value()));
                values.add(v);
            } catch (InputException | java.nio.file.InvalidPathException e) {
                labels.add(null);
            }
        }
        int reference = baselineLabel == null ? 0 : labels.indexOf(baselineLabel);
        if (scenarios.isEmpty() || labels.contains(null) || new HashSet<>(labels).size() < labels.size()
                || reference < 0) {
            s.node("uncertainties"); // the scenarios' problems come first
            s.node("inputs");
            out.addAll(scenarios);
            return baselineLabel;
        }
        Candidate base = scenarios.get(reference);
        List<Uncertainty> inputs = UncertaintyReader.read(s, "inputs", base.file(), base.overrides(), ctx);
        if (ctx.hasProblems() || inputs.isEmpty()) {
            return null;
        }
        double[][] u = Designs.unitLatinHypercube(inputs.size(), samples, seed);
        int width = Integer.toString(samples).length();
        for (int i = 0; i < samples; i++) {
            Map<String, String> sampled = new LinkedHashMap<>();
            for (int j = 0; j < inputs.size(); j++) {
                sampled.putAll(inputs.get(j).at(u[i][j]));
            }
            for (int k = 0; k < scenarios.size(); k++) {
                Candidate c = scenarios.get(k);
                List<String> overrides = new ArrayList<>(c.overrides());
                Map<String, Source> pointSources = new HashMap<>(c.overrideSources());
                Map<String, String> set = new LinkedHashMap<>();
                Map<String, String> own = values.get(k);
                Map<String, String> baseline = values.get(reference);
                sampled.forEach((path, value) -> {
                    if (Objects.equals(own.get(path), baseline.get(path))) {
                        String assignment = path + "=" + value;
                        overrides.add(assignment);
                        pointSources.putIfAbsent(assignment, s.source());
                        set.put(path, value);
                    }
                });
                out.add(new Candidate(String.format("%s@s%0" + width + "d", labels.get(k), i + 1), null, c.file(),
                        c.filePath(), c.fileSource(), overrides, pointSources, set));
            }
        }
        robustness = new ExperimentPlan.Robustness(labels, reference, inputs.stream().map(Uncertainty::axis).toList(),
                samples, seed);
        return out.get(reference).label();
    }

    private List<MetricRef> metrics(Section s) {
        Node node = s.node("metrics");
        if (node == null || node instanceof ScalarNode sc && sc.isNull()) {
            return null;
        }
        if (!(node instanceof ListNode list) || list.items().isEmpty()) {
            s.problem("metrics", "must be a list of metric names, e.g. [resolution_rate, mean_hours_to_close]");
            return null;
        }
        List<MetricRef> refs = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            String path = "metrics[" + i + "]";
            if (item instanceof ScalarNode sc && !sc.isNull() && !sc.text().isBlank()) {
                refs.add(new MetricRef(sc.text(), sc.source(), path));
            } else {
                ctx.report(item.source(), path, null, "must be a metric name");
            }
        }
        return refs;
    }

    // ---- loading and checking the design points

    private Experiment build(String file, String sha, String name, String description, String design,
            List<Candidate> candidates, String baselineRef, Source baselineSource, List<MetricRef> metricRefs,
            Settings settings, Section root) throws InputException {
        List<LoadedScenario> loaded = new ArrayList<>();
        boolean allLoaded = true;
        for (Candidate c : candidates) {
            try {
                loaded.add(ScenarioReader.read(Path.of(c.file()), c.overrides()));
            } catch (InputException e) {
                relocate(e.problems(), c);
                loaded.add(null);
                allLoaded = false;
            } catch (java.nio.file.InvalidPathException e) {
                report(c, "is not a usable file name");
                loaded.add(null);
                allLoaded = false;
            }
        }
        List<String> labels = labels(candidates, loaded);
        int baseline = baseline(baselineRef, baselineSource, candidates, labels, loaded);
        if (phaseIn != null && allLoaded && baseline >= 0 && baseline < loaded.size()) {
            phaseIn(candidates, loaded, baseline);
            allLoaded = loaded.stream().allMatch(java.util.Objects::nonNull);
        }
        Scenario reference = baseline >= 0 && baseline < loaded.size() && loaded.get(baseline) != null
                ? loaded.get(baseline).scenario() : ScenarioReader.defaults().scenario();
        long seed = settings.seed() != null ? settings.seed() : reference.simulation().seed();
        int days = settings.days() != null ? settings.days() : reference.simulation().days();
        int warmup = settings.warmupDays() != null ? settings.warmupDays() : reference.simulation().warmupDays();
        int replications = settings.replications() != null ? settings.replications() : DEFAULT_REPLICATIONS;
        if (warmup >= days) {
            Source where = root != null && root.has("warmup_days") ? null : new Source(file.isEmpty() ? "--warmup" : file, 0);
            if (where == null) {
                root.problem("warmup_days", "must be less than days (" + days + ")");
            } else {
                ctx.report(where, "warmup_days", Integer.toString(warmup), "must be less than days (" + days + ")");
            }
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (loaded.get(i) != null) {
                relocate(loaded.get(i).scenario().timeline().problemsInRunOf(days), candidates.get(i));
            }
        }
        if ((long) candidates.size() * replications > MAX_RUNS) {
            ctx.report(new Source(file.isEmpty() ? "--replications" : file, 0), "", null, candidates.size()
                    + " design points x " + replications + " replications is more than " + MAX_RUNS + " runs");
        }
        List<String> metrics = checkMetrics(metricRefs, allLoaded ? loaded : null, labels);
        ctx.throwIfProblems();

        List<DesignPoint> points = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            LoadedScenario l = loaded.get(i);
            points.add(new DesignPoint(labels.get(i), c.file(), l.source().sha256(), c.overrides(), c.parameters(),
                    fingerprint(l), l.scenario().description()));
            scenarios.add(l.scenario());
        }
        ExperimentPlan plan = new ExperimentPlan(name, description, design, file, sha, Version.get(), seed,
                replications, days, warmup, metrics, baseline, points,
                phaseIn == null ? null : new ExperimentPlan.Phase(phaseIn.firstDay(), phaseIn.lastDay()), sensitivity,
                robustness);
        return new Experiment(plan, scenarios, warnings);
    }

    /**
     * Reads every design point but the baseline again, with what it sets phased in from the baseline's values
     * (docs/ODD.md 6); then each must be the baseline until the reform starts, so a value the baseline sets and a
     * design point leaves at its default is a problem, not a reform in force from day 0. In a robustness design each
     * point's baseline is the baseline scenario of its own sample.
     */
    private void phaseIn(List<Candidate> candidates, List<LoadedScenario> loaded, int baseline) {
        for (int i = 0; i < candidates.size(); i++) {
            int reference = robustness == null ? baseline
                    : robustness.point(i / robustness.scenarios().size(), robustness.reference());
            if (i == reference) {
                continue;
            }
            Map<String, Resolved> base = new LinkedHashMap<>();
            loaded.get(reference).resolved().forEach(r -> base.put(r.path(), r));
            PhaseIn from = phaseIn.from(base.values().stream().collect(java.util.stream.Collectors.toMap(Resolved::path,
                    Resolved::value)));
            Candidate c = candidates.get(i);
            try {
                LoadedScenario l = ScenarioReader.read(Path.of(c.file()), c.overrides(), from);
                loaded.set(i, l);
                for (Resolved r : l.resolved()) {
                    Resolved b = base.get(r.path());
                    if (b != null && PhaseIn.runSetting(r.path()) == null && !PhaseIn.sameValue(b.value(), r.value())) {
                        ctx.report(r.source(), r.path(), r.value(), "differs from the baseline's " + b.value() + " ("
                                + b.source().describe() + ") before phase_in " + phaseIn.describe() + " starts: every"
                                + " design point is the baseline until then, so give it the baseline's value here");
                    }
                }
            } catch (InputException e) {
                relocate(e.problems(), c);
                loaded.set(i, null);
            }
        }
    }

    /** Moves problems of overrides and of unreadable scenario files to the experiment's lines that caused them. */
    private void relocate(List<Problem> problems, Candidate c) {
        for (Problem p : problems) {
            String f = p.source().file();
            Source at = f.startsWith("--set ") ? c.overrideSources().get(f.substring("--set ".length())) : null;
            if (at != null) {
                String hint = drawsValues && p.message().startsWith("must be a whole number")
                        ? " (add integer: true to its range)" : "";
                ctx.report(new Problem(at, p.path(), p.value(), p.message() + hint));
            } else if (f.equals(c.file()) && p.source().line() == 0 && c.fileSource() != null) {
                report(c, p.message());
            } else {
                ctx.report(p);
            }
        }
    }

    private void report(Candidate c, String message) {
        String hint = "";
        if (message.startsWith(YamlInput.NOT_FOUND) && !Path.of(c.file()).isAbsolute()) {
            message = YamlInput.NOT_FOUND; // the experiment's own rule follows
            // The rule once; then, for each file, the folder it would be found from, if there is one nearby.
            hint = pathRuleGiven ? "" : " (paths in an experiment file are relative to the working directory, "
                    + Path.of("").toAbsolutePath() + ")";
            pathRuleGiven = true;
            Optional<Path> base = foundFrom(c.file());
            if (base.isPresent() && !base.get().equals(lastFoundFrom)) {
                hint += "; it is there from " + base.get() + ": run gridgov in that folder";
            }
            lastFoundFrom = base.orElse(null);
        }
        Source at = c.fileSource() != null ? c.fileSource() : new Source(c.file(), 0);
        ctx.report(new Problem(at, c.filePath(), c.fileSource() != null ? c.file() : null, message + hint));
    }

    /** The experiment file's folder or one of its parents from which {@code relative} names a file. */
    private Optional<Path> foundFrom(String relative) {
        for (Path base = fileFolder; base != null; base = base.getParent()) {
            if (Files.isRegularFile(base.resolve(relative))) {
                return Optional.of(base);
            }
        }
        return Optional.empty();
    }

    /** Labels as given, else the scenario's name; each must be unique. */
    private List<String> labels(List<Candidate> candidates, List<LoadedScenario> loaded) {
        List<String> labels = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            String label = c.label() != null ? c.label() : loaded.get(i) != null ? loaded.get(i).scenario().name() : c.file();
            Integer before = first.putIfAbsent(label, i);
            if (before != null && loaded.get(i) != null) {
                if (c.fileSource() == null) {
                    ctx.report(new Problem(new Source(c.file(), 0), "name", label, "is also the name of "
                            + candidates.get(before).file() + "; scenarios compared need distinct names"));
                } else {
                    Source at = c.labelSource() != null ? c.labelSource() : c.fileSource();
                    ctx.report(new Problem(at, c.filePath().replace(".file", ""), label, "this label is already used"
                            + " by scenarios[" + before + "]; give each scenario a distinct label (label: L)"));
                }
            }
            labels.add(label);
        }
        return labels;
    }

    private int baseline(String ref, Source source, List<Candidate> candidates, List<String> labels,
            List<LoadedScenario> loaded) {
        if (ref == null) {
            return 0;
        }
        for (int i = 0; i < candidates.size(); i++) {
            if (labels.get(i).equals(ref) || candidates.get(i).file().equals(ref) && candidates.get(i).label() == null) {
                return i;
            }
        }
        if (source != null && source.file().equals("--baseline")) {
            return 0; // reported already
        }
        if (loaded.stream().allMatch(l -> l != null)) {
            String hint = DidYouMean.closest(ref, labels).map(c -> "; did you mean '" + c + "'?").orElse("");
            ctx.report(new Problem(source, "baseline", ref, "must be the label of one of the scenarios: "
                    + String.join(", ", labels) + hint));
        }
        return 0;
    }

    private List<String> checkMetrics(List<MetricRef> refs, List<LoadedScenario> loaded, List<String> labels) {
        if (refs == null) {
            return MetricNames.HEADLINE;
        }
        List<List<String>> produced = new ArrayList<>();
        if (loaded != null) {
            for (LoadedScenario l : loaded) {
                produced.add(MetricNames.of(l.scenario()));
            }
        } else {
            produced.add(MetricNames.of(ScenarioReader.defaults().scenario()));
        }
        Set<String> all = new LinkedHashSet<>();
        produced.forEach(all::addAll);
        Set<String> seen = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (MetricRef m : refs) {
            String name = Metric.current(m.name(), w -> warnings.add(new Problem(m.source(), m.path(), m.name(), w).format()));
            if (!seen.add(name)) {
                ctx.report(m.source(), m.path(), m.name(), "is listed twice");
            } else if (!all.contains(name)) {
                String hint = DidYouMean.closest(name, all).map(c -> "did you mean '" + c + "'?")
                        .orElse("the metrics (those of metrics.csv written by gridgov run) are: " + String.join(", ", all));
                ctx.report(m.source(), m.path(), m.name(), "unknown metric; " + hint);
            } else {
                for (int i = 0; loaded != null && i < produced.size(); i++) {
                    if (!produced.get(i).contains(name)) {
                        ctx.report(m.source(), m.path(), m.name(), "is not produced by scenario '" + labels.get(i) + "'");
                    }
                }
                names.add(name);
            }
        }
        return names;
    }

    /** Each path's last key, or the whole path where two paths share their last key: short, unambiguous labels. */
    private static Map<String, String> shortNames(Set<String> paths) {
        Map<String, Integer> count = new HashMap<>();
        paths.forEach(p -> count.merge(p.substring(p.lastIndexOf('.') + 1), 1, Integer::sum));
        Map<String, String> names = new LinkedHashMap<>();
        for (String p : paths) {
            String last = p.substring(p.lastIndexOf('.') + 1);
            names.put(p, count.get(last) == 1 ? last : p);
        }
        return names;
    }

    /** A hash of every parameter as resolved: equal hashes, equal runs. */
    private static String fingerprint(LoadedScenario l) {
        StringBuilder b = new StringBuilder();
        for (Resolved r : l.resolved()) {
            b.append(r.path()).append('=').append(r.value()).append('\n');
        }
        if (l.scenario().city().map() != null) {
            // The map's content, not only its name: a map edited in place is another city.
            b.append("city.map.sha256=").append(l.scenario().city().map().sha256()).append('\n');
        }
        return Sha256.of(b.toString());
    }

    private static Settings merge(Settings cli, Settings file) {
        return new Settings(cli.seed() != null ? cli.seed() : file.seed(),
                cli.days() != null ? cli.days() : file.days(),
                cli.warmupDays() != null ? cli.warmupDays() : file.warmupDays(),
                cli.replications() != null ? cli.replications() : file.replications());
    }

    /** Marks an optional key that is absent as read (so it is allowed), and gives null. */
    private static <T> T none(Section s, String key) {
        s.optionalText(key, null);
        return null;
    }

    private static String stem(Path file) {
        String base = file.getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
