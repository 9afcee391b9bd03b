package org.gridgov.scenario;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.gridgov.config.InputException;
import org.gridgov.config.MapNode;
import org.gridgov.config.Merge;
import org.gridgov.config.Overrides;
import org.gridgov.config.ReadContext;
import org.gridgov.config.Section;
import org.gridgov.config.YamlInput;

/**
 * Loads a scenario: the built-in defaults, the scenario file merged over them, then command-line
 * overrides, all checked at once. Every problem is reported together with its file, line, key path,
 * value and what is allowed.
 */
public final class ScenarioReader {

    /** Where the built-in defaults live on the class path. */
    public static final String DEFAULTS = "/org/gridgov/scenario/defaults.yaml";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final Pattern LABEL_KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private ScenarioReader() {
    }

    /** Reads a scenario file with optional {@code key.path=value} overrides. */
    public static LoadedScenario read(Path file, List<String> overrides) throws InputException {
        ReadContext ctx = new ReadContext();
        MapNode user = YamlInput.parseFile(file, ctx);
        String hash = ctx.hasProblems() ? "" : sha256(file);
        return load(user, stem(file.getFileName().toString()), file.toString(), hash, overrides, ctx);
    }

    /** Reads a scenario from text, e.g. in tests; {@code fileName} is used in messages. */
    public static LoadedScenario readString(String yaml, String fileName, List<String> overrides)
            throws InputException {
        ReadContext ctx = new ReadContext();
        MapNode user = YamlInput.parseString(yaml, fileName, ctx);
        return load(user, stem(fileName), fileName, sha256(yaml.getBytes(StandardCharsets.UTF_8)), overrides, ctx);
    }

    /** The built-in defaults alone. */
    public static LoadedScenario defaults() {
        try {
            return readString("", "defaults", List.of());
        } catch (InputException e) {
            throw new IllegalStateException("built-in defaults are invalid:\n" + e.getMessage(), e);
        }
    }

    private static LoadedScenario load(MapNode user, String stem, String file, String hash,
            List<String> overrides, ReadContext ctx) throws InputException {
        MapNode defaults = YamlInput.parseResource(DEFAULTS, ctx);
        ctx.throwIfProblems();
        MapNode merged = Merge.over(defaults, user);
        merged = Overrides.apply(merged, overrides, ctx);
        ctx.throwIfProblems();
        Scenario scenario = new Binder(Section.root(merged, ctx), stem).scenario();
        ctx.throwIfProblems();
        return new LoadedScenario(scenario, new ScenarioSource(file, hash, List.copyOf(overrides)),
                ctx.resolved());
    }

    /** Turns the merged tree into records, collecting every problem. */
    private static final class Binder {
        private final Section root;
        /** A scenario without a name is named after its file. */
        private final String defaultName;

        Binder(Section root, String defaultName) {
            this.root = root;
            this.defaultName = defaultName;
        }

        Scenario scenario() {
            String name = root.optionalText("name", defaultName);
            if (!NAME.matcher(name).matches()) {
                root.problem("name", "must be 1-80 letters, digits, '.', '_' or '-', starting with a letter or"
                        + " digit (it names the output folder)");
            }
            String description = root.optionalText("description", "");
            SimulationParams simulation = simulation(root.section("simulation"));
            CityParams city = city(root.section("city"));
            ResidentParams residents = residents(root.section("residents"));
            GridWorkerParams workers = gridWorkers(root.section("grid_workers"));
            PlatformParams platform = platform(root.section("platform"));
            Map<String, DepartmentParams> departments = new LinkedHashMap<>();
            root.entries("departments").forEach((key, s) -> {
                checkKey(root, "departments", key);
                departments.put(key, department(key, s));
            });
            Set<String> resolvers = new TreeSet<>(departments.keySet());
            resolvers.add(CaseType.GRID_WORKER);
            Map<String, CaseType> caseTypes = new LinkedHashMap<>();
            root.entries("case_types").forEach((key, s) -> {
                checkKey(root, "case_types", key);
                caseTypes.put(key, caseType(key, s, resolvers));
            });
            if (caseTypes.isEmpty()) {
                root.problem("case_types", "needs at least one case type");
            }
            root.finish();
            return new Scenario(name, description, simulation, city, residents, workers, platform, departments,
                    caseTypes);
        }

        private static void checkKey(Section parent, String collection, String key) {
            if (!LABEL_KEY.matcher(key).matches()) {
                parent.problem(collection, "name '" + key + "' must be lower-case letters, digits and '_',"
                        + " starting with a letter (at most 40)");
            }
        }

        private static SimulationParams simulation(Section s) {
            int days = s.integer("days", 1, 36_500);
            SimulationParams p = new SimulationParams(days,
                    s.longInteger("seed", Long.MIN_VALUE, Long.MAX_VALUE),
                    s.integer("warmup_days", 0, 36_499));
            if (p.warmupDays() >= days) {
                s.problem("warmup_days", "must be less than days (" + days + ")");
            }
            s.finish();
            return p;
        }

        private static CityParams city(Section s) {
            int residents = s.integer("residents", 100, 50_000_000);
            double householdSize = s.number("household_size", 1, 10);
            IntRange households = intRange(s.section("households_per_cell"), 1, 100_000);
            Range area = range(s.section("cell_area_m2"), 100, 10_000_000);
            Section community = s.section("community");
            int cc = community.integer("columns", 1, 100);
            int cr = community.integer("rows", 1, 100);
            community.finish();
            Section street = s.section("street");
            int sc = street.integer("columns", 1, 100);
            int sr = street.integer("rows", 1, 100);
            street.finish();
            CityParams p = new CityParams(residents, householdSize, households, area, cc, cr, sc, sr,
                    s.number("old_neighbourhood_share", 0, 1),
                    s.number("old_neighbourhood_factor", 0.01, 100),
                    s.number("intensity_spread", 0, 3));
            if (households.min() > 0 && residents / householdSize < households.min()) {
                s.problem("residents", "is too small for one grid cell of " + households.min()
                        + " households at " + householdSize + " persons each");
            }
            s.finish();
            return p;
        }

        private static IntRange intRange(Section s, int min, int max) {
            int lo = s.integer("min", min, max);
            int hi = s.integer("max", min, max);
            if (hi < lo) {
                s.problem("max", "must be at least min (" + lo + ")");
            }
            s.finish();
            return new IntRange(lo, Math.max(lo, hi));
        }

        private static Range range(Section s, double min, double max) {
            double lo = s.number("min", min, max);
            double hi = s.number("max", min, max);
            if (hi < lo) {
                s.problem("max", "must be at least min (" + lo + ")");
            }
            s.finish();
            return new Range(lo, Math.max(lo, hi));
        }

        private static Beta beta(Section s) {
            Beta b = new Beta(s.number("mean", 0, 1), s.positive("concentration", 10_000));
            s.finish();
            return b;
        }

        private static Shift shift(Section s) {
            double start = s.number("start_hour", 0, 23.99);
            double hours = s.positive("hours_per_day", 24);
            int days = s.integer("days_per_week", 1, 7);
            if (start + hours > 24) {
                s.problem("hours_per_day", "the shift would run past midnight (start_hour " + start
                        + " + " + hours + " h > 24); shifts must end by 24:00");
            }
            s.finish();
            return new Shift(start, Math.min(hours, 24 - start), days);
        }

        private static ResidentParams residents(Section s) {
            Beta awareness = beta(s.section("awareness"));
            Beta trust = beta(s.section("trust"));
            double delay = s.positive("report_delay_hours", 10_000);
            double invalid = s.number("invalid_reports_per_household_year", 0, 100);
            Map<String, Double> channels = new LinkedHashMap<>();
            s.entries("channels").forEach((key, c) -> {
                checkKey(s, "channels", key);
                channels.put(key, c.number("reach", 0, 1));
                c.finish();
            });
            s.finish();
            return new ResidentParams(awareness, trust, delay, invalid, channels);
        }

        private static GridWorkerParams gridWorkers(Section s) {
            GridWorkerParams p = new GridWorkerParams(
                    s.integer("households_per_worker", 10, 1_000_000),
                    shift(s.section("shift")),
                    s.number("extra_duty_share", 0, 0.9),
                    s.positive("extra_duty_task_hours", 1_000),
                    s.positive("patrol_m2_per_hour", 10_000_000),
                    s.number("filing_hours", 0, 100),
                    s.number("verification_hours", 0, 100),
                    s.number("verification_accuracy", 0, 1));
            s.finish();
            return p;
        }

        private static PlatformParams platform(Section s) {
            PlatformParams p = new PlatformParams(
                    s.number("filing_delay_hours", 0, 10_000),
                    s.number("dispatch_delay_hours", 0, 10_000),
                    s.number("urgent_delay_factor", 0, 1),
                    s.number("dispatch_accuracy", 0, 1),
                    s.number("feedback_delay_hours", 0, 10_000),
                    s.number("closing_delay_hours", 0, 10_000),
                    s.number("redispatch_delay_hours", 0, 10_000),
                    s.integer("bounce_limit", 0, 1_000),
                    s.positive("park_after_days", 36_500));
            s.finish();
            return p;
        }

        private static DepartmentParams department(String key, Section s) {
            DepartmentParams p = new DepartmentParams(key,
                    s.text("label"),
                    s.number("staff_per_100k_residents", 0.001, 100_000),
                    shift(s.section("shift")),
                    s.number("return_rate", 0, 0.99),
                    s.number("return_delay_hours", 0, 10_000),
                    s.number("defect_rate", 0, 0.99));
            s.finish();
            return p;
        }

        private static CaseType caseType(String key, Section s, Set<String> resolvers) {
            String label = s.text("label");
            CaseKind kind = s.choice("kind", CaseKind.class);
            double rate = s.number("rate_per_household_year", 0, 1_000);
            String department = s.oneOf("department", resolvers);
            Urgency urgency = s.choice("urgency", Urgency.class);
            double limit = s.positive("time_limit_hours", 100_000);
            TimeBasis basis = s.choice("time_limit_basis", TimeBasis.class);
            Effort effort = effort(s);
            CaseType t = new CaseType(key, label, kind, rate, department, urgency, limit, basis, effort,
                    s.number("on_spot_share", 0, 1),
                    s.number("on_spot_hours", 0, 100),
                    s.number("detection_probability", 0, 1),
                    s.integer("witnesses", 0, 10_000),
                    s.number("report_propensity", 0, 1));
            s.finish();
            return t;
        }

        private static Effort effort(Section s) {
            String text = s.text("effort");
            if (text.isEmpty()) {
                return Effort.fixed(1);
            }
            try {
                return EffortFormat.parse(text);
            } catch (EffortFormat.BadEffort e) {
                s.problem("effort", e.getMessage());
                return Effort.fixed(1);
            }
        }
    }

    private static String stem(String fileName) {
        String base = Path.of(fileName).getFileName().toString();
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }

    private static String sha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            return "";
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
