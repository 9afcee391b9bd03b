package org.gridgov.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.gridgov.config.InputException;
import org.gridgov.config.MapNode;
import org.gridgov.config.Node;
import org.gridgov.config.ScalarNode;
import org.gridgov.config.Merge;
import org.gridgov.config.Overrides;
import org.gridgov.config.ReadContext;
import org.gridgov.config.Resolved;
import org.gridgov.config.Section;
import org.gridgov.config.Source;
import org.gridgov.config.YamlInput;
import org.gridgov.hash.Sha256;

/**
 * Loads a scenario: the built-in defaults, the scenario file merged over them, then command-line
 * overrides, all checked at once. Every problem is reported together with its file, line, key path,
 * value and what is allowed.
 */
public final class ScenarioReader {

    /** Where the built-in defaults live on the class path. */
    public static final String DEFAULTS = "/org/gridgov/scenario/defaults.yaml";

    /** Letters and digits of any script (网格改革 names a folder as well as grid-reform does). */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,79}");
    private static final String NAME_RULE = "1-80 letters (of any script), digits, '.', '_' or '-', starting with a"
            + " letter or digit (it names the output folder)";

    private ScenarioReader() {
    }

    /** Reads a scenario file with optional {@code key.path=value} overrides. */
    public static LoadedScenario read(Path file, List<String> overrides) throws InputException {
        return read(file, overrides, null);
    }

    /**
     * Reads a scenario file with optional overrides, everything they set phased in as {@code phaseIn} says (none
     * when null): the reform the file describes, from a given day.
     */
    public static LoadedScenario read(Path file, List<String> overrides, PhaseIn phaseIn) throws InputException {
        ReadContext ctx = new ReadContext();
        // Read once, then parsed and hashed from the same bytes: a FIFO cannot be opened twice.
        byte[] bytes = YamlInput.readFile(file, ctx);
        if (bytes == null) {
            return load(MapNode.empty(new Source(file.toString(), 0)), true, file.toString(), "", overrides, null, ctx);
        }
        MapNode user = YamlInput.parseBytes(bytes, file.toString(), ctx);
        boolean unreadable = ctx.hasProblems() && user.entries().isEmpty();
        return load(user, unreadable, file.toString(), unreadable ? "" : Sha256.of(bytes), overrides, phaseIn, ctx);
    }

    /** Reads a scenario from a file's bytes, already read; {@code fileName} is used in messages. */
    public static LoadedScenario readBytes(byte[] bytes, String fileName, List<String> overrides)
            throws InputException {
        return readBytes(bytes, fileName, overrides, new ReadContext());
    }

    private static LoadedScenario readBytes(byte[] bytes, String fileName, List<String> overrides, ReadContext ctx)
            throws InputException {
        MapNode user = YamlInput.parseBytes(bytes, fileName, ctx);
        boolean unreadable = ctx.hasProblems() && user.entries().isEmpty();
        return load(user, unreadable, fileName, unreadable ? "" : Sha256.of(bytes), overrides, null, ctx);
    }

    /** Reads a scenario from text, e.g. in tests; {@code fileName} is used in messages. */
    public static LoadedScenario readString(String yaml, String fileName, List<String> overrides)
            throws InputException {
        ReadContext ctx = new ReadContext();
        MapNode user = YamlInput.parseString(yaml, fileName, ctx);
        boolean unreadable = ctx.hasProblems() && user.entries().isEmpty();
        return load(user, unreadable, fileName, Sha256.of(yaml), overrides, null, ctx);
    }

    /** The built-in defaults alone. */
    public static LoadedScenario defaults() {
        try {
            return readString("", "defaults", List.of());
        } catch (InputException e) {
            throw new IllegalStateException("built-in defaults are invalid:\n" + e.getMessage(), e);
        }
    }

    /**
     * Merges and checks. A file that could not be read at all (a syntax error, say) stops here after the
     * overrides are checked, since checking the defaults in its place would only confuse; otherwise every
     * problem of the file, the overrides and the merged values is reported together.
     */
    private static LoadedScenario load(MapNode user, boolean unreadable, String file, String hash,
            List<String> overrides, PhaseIn phaseIn, ReadContext ctx) throws InputException {
        refuseExperiment(user, file, ctx);
        MapNode defaults = YamlInput.parseResource(DEFAULTS, ctx);
        MapNode merged;
        if (phaseIn == null) {
            merged = Overrides.apply(Merge.over(defaults, user), overrides, ctx);
        } else {
            // What the file and the overrides set is phased in over the defaults (docs/ODD.md 6).
            MapNode set = Overrides.apply(MapNode.empty(user.source()), overrides, ctx);
            MapNode withFile = Merge.over(defaults, phaseIn.apply(user, defaults, ctx));
            merged = Merge.over(withFile, phaseIn.apply(set, Merge.over(defaults, user), ctx));
        }
        if (unreadable) {
            ctx.throwIfProblems();
        }
        Schedules schedules = Schedules.find(merged, ctx);
        Map<String, DistrictMap> maps = new java.util.HashMap<>();
        Binder binder = new Binder(Section.root(schedules.on(merged, 0), ctx), ctx, file, maps);
        Scenario scenario = binder.scenario();
        ctx.throwIfProblems();
        scenario = scenario.withTimeline(timeline(merged, schedules, scenario, file, maps));
        List<Resolved> resolved = new ArrayList<>(ctx.resolved());
        if (binder.namedAfterFile) {
            resolved.add(0, new Resolved("name", scenario.name(), new Source(file + " (its file name)", 0)));
        }
        DistrictMap map = scenario.city().map();
        if (map != null) {
            // The map sets the city: the rectangle's keys are not in effect, and the residents are the map's.
            resolved.removeIf(r -> Binder.RECTANGLE_KEYS.stream().anyMatch(k -> r.path().equals("city." + k)
                    || r.path().startsWith("city." + k + ".")));
            resolved.add(new Resolved("city.residents", Integer.toString(scenario.city().residents()),
                    new Source(map.file() + " (its " + map.households() + " households x city.household_size)", 0)));
        }
        return new LoadedScenario(scenario, new ScenarioSource(file, hash, List.copyOf(overrides)),
                List.copyOf(resolved));
    }

    /** Keys only an experiment file has: given as a scenario, it would otherwise get a list of unknown keys. */
    private static final List<String> EXPERIMENT_KEYS = List.of("design", "scenarios", "factors", "ranges");

    private static void refuseExperiment(MapNode user, String file, ReadContext ctx) throws InputException {
        for (String key : EXPERIMENT_KEYS) {
            if (user.get(key) != null) {
                ctx.report(new Source(file, 0), "", null, "is an experiment file (it has '" + key + ":'), not a scenario;"
                        + " run it with 'gridgov experiment " + file + "', or give a scenario file here");
                ctx.throwIfProblems();
            }
        }
    }

    /**
     * The scenario in force from each day on which a scheduled value changes, read from the tree with each
     * schedule replaced by its value that day. Ramps change daily; a day on which no value changes (a ramp of a
     * whole number between two roundings, a schedule to the value it had) adds nothing, so that such a schedule
     * leaves the run as it was.
     */
    private static Timeline timeline(MapNode merged, Schedules schedules, Scenario start, String file,
            Map<String, DistrictMap> maps) {
        List<Change> changes = schedules.changes();
        java.util.TreeSet<Integer> days = new java.util.TreeSet<>();
        for (Change c : changes) {
            for (int d = Math.max(1, c.firstDay()); d <= c.lastDay(); d++) {
                if (c.valueOn(d) != c.valueOn(d - 1)) {
                    days.add(d);
                }
            }
        }
        java.util.NavigableMap<Integer, Scenario> inForce = new java.util.TreeMap<>();
        for (int day : days) {
            ReadContext quiet = new ReadContext();
            Scenario s = new Binder(Section.root(schedules.on(merged, day), quiet), quiet, file, maps)
                    .scenario();
            if (quiet.hasProblems()) {
                throw new IllegalStateException("the scenario of day " + day + " is invalid: " + quiet.problems());
            }
            inForce.put(day, s);
        }
        return changes.isEmpty() ? Timeline.NONE : new Timeline(changes, inForce);
    }

    /**
     * Turns the merged tree into records, by name ({@link RecordBinder}), collecting every problem. Values no
     * getter reads have a reader here, and a check between values (min and max, warm-up and days...) runs only
     * when reading those values found no problem, since a value that was refused is only a placeholder.
     */
    private static final class Binder {
        private final Section root;
        private final ReadContext ctx;
        private final String file;
        private final RecordBinder records;
        /** True when the scenario gives no name and is named after its file. */
        boolean namedAfterFile;
        /** Known once the departments are read: who may resolve a case type, and who may be its partner. */
        private Set<String> resolvers = Set.of();
        private Set<String> partners = Set.of();
        /** Known once the case types are read. */
        private Set<String> caseTypes = Set.of();

        /** Maps read so far, by path: the scenario of each day of a timeline shares its map. */
        private final Map<String, DistrictMap> maps;

        Binder(Section root, ReadContext ctx, String file, Map<String, DistrictMap> maps) {
            this.root = root;
            this.ctx = ctx;
            this.file = file;
            this.maps = maps;
            this.records = new RecordBinder(ctx)
                    .reader(Scenario.class, "name", (s, key, p, earlier) -> name())
                    .reader(Scenario.class, "description", (s, key, p, earlier) -> s.optionalText(key, ""))
                    .reader(Scenario.class, "caseTypes", (s, key, p, earlier) -> caseTypes(s, key, earlier))
                    .reader(CaseType.class, "department", (s, key, p, earlier) -> s.oneOf(key, resolvers))
                    .reader(CaseType.class, "effort",
                            (s, key, p, earlier) -> effort(s, key, EffortFormat.WORKING_HOURS))
                    .reader(CaseType.class, "outsideOwnerHours", (s, key, p, earlier) -> outsideOwnerHours(s, key))
                    .reader(CaseType.class, "crossDepartmentShare", (s, key, p, earlier) -> crossDepartmentShare(s))
                    .reader(CaseType.class, "crossDepartmentPartner", (s, key, p, earlier) -> partner(s))
                    .reader(NgoOrganisation.class, "caseTypes", (s, key, p, earlier) -> ngoCaseTypes(s))
                    .reader(IntRange.class,
                            (s, key, p, earlier) -> intRange(s.section(key), (int) p.min(), (int) p.max()))
                    .reader(Range.class, (s, key, p, earlier) -> range(s.section(key), p.min(), p.max()))
                    .reader(Timeline.class, (s, key, p, earlier) -> Timeline.NONE)
                    .reader(CityParams.class, "map", (s, key, p, earlier) -> map(s, key, earlier))
                    .check(SimulationParams.class, Binder::checkSimulation)
                    .check(CityParams.class, Binder::checkCity)
                    .check(Shift.class, Binder::checkShift)
                    .check(CaseType.class, Binder::checkCaseType)
                    .check(NgoParams.class, Binder::checkNgos);
        }

        Scenario scenario() {
            return records.bind(Scenario.class, root);
        }

        /** The case types, read once the departments that resolve them are known. */
        private Map<String, CaseType> caseTypes(Section s, String key, Map<String, Object> earlier) {
            @SuppressWarnings("unchecked")
            Set<String> departments = ((Map<String, DepartmentParams>) earlier.get("departments")).keySet();
            // Departments in alphabetical order, then the grid worker, who is not a department.
            Set<String> units = new LinkedHashSet<>(new TreeSet<>(departments));
            units.add(CaseType.GRID_WORKER);
            resolvers = units;
            Set<String> seconds = new TreeSet<>(departments);
            seconds.add(CaseType.NO_PARTNER);
            partners = seconds;
            Map<String, CaseType> types = records.entries(CaseType.class, s, key);
            if (types.isEmpty()) {
                s.problem(key, "needs at least one case type");
            }
            caseTypes = types.keySet();
            return types;
        }

        /**
         * The second department; a built-in partner that the scenario removed means none, since the
         * scenario's author cannot be asked to mend the defaults.
         */
        private String partner(Section s) {
            if (!s.has("cross_department_partner")) {
                return CaseType.NO_PARTNER;
            }
            if (fromDefaults(s, "cross_department_partner")) {
                Node value = s.node("cross_department_partner");
                if (value instanceof ScalarNode && !partners.contains(((ScalarNode) value).text())) {
                    return CaseType.NO_PARTNER;
                }
            }
            return s.oneOf("cross_department_partner", partners);
        }

        /** Share of cases that need a second department: none when a built-in partner was removed. */
        private double crossDepartmentShare(Section s) {
            if (!s.has("cross_department_share")) {
                return 0;
            }
            double share = s.number("cross_department_share", 0, 1);
            return partner(s).equals(CaseType.NO_PARTNER) && fromDefaults(s, "cross_department_share") ? 0 : share;
        }

        /** Whether any value under the node was set by the scenario or an override, not the built-in defaults. */
        private static boolean setByScenario(Node node) {
            if (node instanceof MapNode m) {
                return m.entries().values().stream().anyMatch(Binder::setByScenario);
            }
            return !node.source().file().equals(DEFAULTS);
        }

        /** Whether the value under {@code key} comes from the built-in defaults rather than the scenario. */
        private static boolean fromDefaults(Section s, String key) {
            Node value = s.node(key);
            return value != null && value.source().file().equals(DEFAULTS);
        }

        /**
         * An organisation's case types; a built-in organisation simply no longer takes a case type the scenario
         * removed.
         */
        private List<String> ngoCaseTypes(Section o) {
            boolean builtIn = fromDefaults(o, "case_types");
            List<String> types = new ArrayList<>();
            for (String t : o.texts("case_types")) {
                if (caseTypes.contains(t)) {
                    types.add(t);
                } else if (!builtIn) {
                    o.problem("case_types", "'" + t + "' is not a case type; allowed: " + String.join(", ",
                            new TreeSet<>(caseTypes)));
                }
            }
            return types;
        }

        private static NgoParams checkNgos(NgoParams p, Section s, Predicate<String> fine) {
            double shares = 0;
            for (NgoOrganisation org : p.organisations().values()) {
                shares += org.purchaseShare();
            }
            if (shares > 1 + 1e-9) {
                s.problem("organisations", "the organisations' purchase_share values add up to " + shares
                        + "; they must add up to at most 1");
            }
            return p;
        }

        /** The scenario's name, or its file's name without the extension when it gives none. */
        private String name() {
            if (root.has("name")) {
                String name = root.text("name");
                if (!name.isEmpty() && !NAME.matcher(name).matches()) {
                    root.problem("name", "must be " + NAME_RULE);
                }
                return name;
            }
            root.optionalText("name", null); // the key may be present as null; it is not unknown
            namedAfterFile = true;
            String stem = stem(file);
            if (!NAME.matcher(stem).matches()) {
                ctx.report(new Source(file, 0), "name", null, "missing, and the file name '" + stem
                        + "' cannot be used instead: a name must be " + NAME_RULE + "; add e.g. name: my-scenario");
            }
            return stem;
        }

        /** Problems so far: compare before and after reading values to know whether they were fine. */
        private int problems() {
            return ctx.problems().size();
        }

        private static SimulationParams checkSimulation(SimulationParams p, Section s, Predicate<String> fine) {
            if (fine.test("days") && fine.test("warmup_days") && p.warmupDays() >= p.days()) {
                s.problem("warmup_days", "must be less than days (" + p.days() + "), so from 0 to " + (p.days() - 1));
            }
            return p;
        }

        /**
         * The district map the scenario names, read once per load; its path is relative to the scenario file.
         * Null for the built-in rectangle.
         */
        private DistrictMap map(Section s, String key, Map<String, Object> earlier) {
            String given = s.optionalText(key, "");
            if (given.isBlank()) {
                return null; // the built-in rectangle
            }
            Path path = Path.of(file).getParent() == null ? Path.of(given) : Path.of(file).getParent().resolve(given);
            String shown = path.normalize().toString();
            if (maps.containsKey(shown)) {
                return maps.get(shown);
            }
            if (!given.endsWith(".geojson") && !given.endsWith(".json")) {
                s.problem(key, "must be a GeoJSON file (.geojson or .json)");
                return null;
            }
            double householdSize = earlier.get("householdSize") instanceof Double d && d > 0 ? d : 2.62;
            int before = ctx.problems().size();
            DistrictMap map = org.gridgov.scenario.geo.GeoJsonMap.read(path, shown,
                    householdSize, ctx);
            if (map == null && ctx.problems().size() == before) {
                s.problem(key, "could not be read");
            }
            maps.put(shown, map);
            return map;
        }

        /** Keys that describe the built-in rectangle; a map describes the city instead. */
        static final List<String> RECTANGLE_KEYS = List.of("residents", "households_per_cell", "cell_area_m2",
                "community", "street", "old_neighbourhood_share");

        private static CityParams checkCity(CityParams p, Section s, Predicate<String> fine) {
            if (p.map() != null) {
                for (String key : RECTANGLE_KEYS) {
                    if (s.has(key) && setByScenario(s.node(key))) {
                        s.problem(key, "describes the built-in rectangle of cells; the city is the map "
                                + p.map().file() + " (" + p.map().cells().size() + " cells, " + p.map().households()
                                + " households): remove it");
                    }
                }
                return p.sizedByMap();
            }
            boolean sizesRead = fine.test("residents") && fine.test("household_size")
                    && fine.test("households_per_cell");
            IntRange households = p.householdsPerCell();
            if (sizesRead && p.residents() / p.householdSize() < households.min()) {
                s.problem("residents", "too few for even one grid cell: at least "
                        + (long) Math.ceil(households.min() * p.householdSize()) + " are needed"
                        + " (households_per_cell.min " + households.min() + " x household_size "
                        + show(p.householdSize()) + ")");
            }
            return p;
        }

        private IntRange intRange(Section s, int min, int max) {
            int before = problems();
            int lo = s.integer("min", min, max);
            int hi = s.integer("max", min, max);
            if (problems() == before && hi < lo) {
                s.problem("max", "must be at least min (" + lo + ")");
            }
            s.finish();
            return new IntRange(lo, Math.max(lo, hi));
        }

        private Range range(Section s, double min, double max) {
            int before = problems();
            double lo = s.number("min", min, max);
            double hi = s.number("max", min, max);
            if (problems() == before && hi < lo) {
                s.problem("max", "must be at least min (" + show(lo) + ")");
            }
            s.finish();
            return new Range(lo, Math.max(lo, hi));
        }

        /** A shift must end by midnight; a refused length becomes the longest that fits. */
        private static Shift checkShift(Shift p, Section s, Predicate<String> fine) {
            double start = p.startHour();
            double hours = p.hoursPerDay();
            if (fine.test("start_hour") && fine.test("hours_per_day") && start + hours > 24) {
                s.problem("hours_per_day", "the shift would run past midnight (start_hour " + show(start) + " + "
                        + show(hours) + " hours = " + show(start + hours) + "); a shift must end by 24:00, so from"
                        + " start_hour " + show(start) + " it lasts at most " + show(24 - start) + " hours");
            }
            return new Shift(start, Math.min(hours, 24 - start), p.daysPerWeek());
        }

        private static CaseType checkCaseType(CaseType t, Section s, Predicate<String> fine) {
            if (t.crossDepartmentShare() > 0 && (t.crossDepartmentPartner().equals(CaseType.NO_PARTNER)
                    || t.crossDepartmentPartner().equals(t.department()))) {
                s.problem("cross_department_partner", "must name a department other than the case type's own ("
                        + t.department() + ") when cross_department_share is above 0");
            }
            checkOwnership(t, s, fine);
            return t;
        }

        /** Owners other than the type's department exist only for components a department resolves. */
        private static void checkOwnership(CaseType t, Section s, Predicate<String> fine) {
            boolean read = fine.test("outside_owner_share") && fine.test("unclear_owner_share") && fine.test("kind")
                    && fine.test("department");
            if (!read || !t.ownershipInDoubt()) {
                return;
            }
            String key = t.outsideOwnerShare() > 0 ? "outside_owner_share" : "unclear_owner_share";
            if (t.kind() != CaseKind.COMPONENT) {
                s.problem(key, "must be 0 for a case type of kind " + t.kind().name().toLowerCase(java.util.Locale.ROOT)
                        + ": only components (physical assets) have owners");
            } else if (t.resolvedByGridWorker()) {
                s.problem(key, "must be 0 when the grid worker resolves the type: a component whose owner may be"
                        + " someone else needs a department as its default owner");
            } else if (t.outsideOwnerShare() + t.unclearOwnerShare() > 1 + 1e-9) {
                s.problem("unclear_owner_share", "outside_owner_share " + show(t.outsideOwnerShare())
                        + " + unclear_owner_share " + show(t.unclearOwnerShare()) + " = "
                        + show(t.outsideOwnerShare() + t.unclearOwnerShare()) + "; the two must add up to at most 1"
                        + " (the rest belong to the type's department)");
            }
        }

        /**
         * An owner's fix time; a type that leaves it out (every event type) gets the default quietly, since it
         * matters only for a component with owners outside the platform.
         */
        private static Effort outsideOwnerHours(Section s, String key) {
            if (!s.has(key)) {
                try {
                    return EffortFormat.parse(CaseType.DEFAULT_OUTSIDE_OWNER_HOURS, EffortFormat.CLOCK_HOURS);
                } catch (EffortFormat.BadEffort e) {
                    throw new IllegalStateException(e);
                }
            }
            return effort(s, key, EffortFormat.CLOCK_HOURS);
        }

        /** A distribution of {@code hours} (working or clock hours) under {@code key}. */
        private static Effort effort(Section s, String key, String hours) {
            String text = s.optionalText(key, null);
            if (text == null) {
                s.problem(key, "missing; must be a distribution: " + EffortFormat.allowed(hours));
                return Effort.fixed(1);
            }
            if (text.isEmpty()) {
                return Effort.fixed(1); // blank: already reported
            }
            try {
                return EffortFormat.parse(text, hours);
            } catch (EffortFormat.BadEffort e) {
                s.problem(key, e.getMessage());
                return Effort.fixed(1);
            }
        }
    }

    /**
     * A number as a person writes it: 2, 0.25 and 3.9 rather than 2.0, 2.5E-1 and 3.8999999999999986
     * (24 - 20.1), to 10 significant digits.
     */
    static String show(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x)
                : BigDecimal.valueOf(x).round(new MathContext(10)).stripTrailingZeros().toPlainString();
    }

    private static String stem(String fileName) {
        String base = Path.of(fileName).getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
