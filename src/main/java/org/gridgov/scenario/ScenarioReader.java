package org.gridgov.scenario;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,79}");
    private static final Pattern LABEL_KEY = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final String NAME_RULE = "1-80 letters, digits, '.', '_' or '-', starting with a letter or"
            + " digit (it names the output folder)";

    private ScenarioReader() {
    }

    /** Reads a scenario file with optional {@code key.path=value} overrides. */
    public static LoadedScenario read(Path file, List<String> overrides) throws InputException {
        ReadContext ctx = new ReadContext();
        MapNode user = YamlInput.parseFile(file, ctx);
        boolean unreadable = ctx.hasProblems() && user.entries().isEmpty();
        String hash = unreadable ? "" : Sha256.ofFileOrEmpty(file);
        return load(user, unreadable, file.toString(), hash, overrides, ctx);
    }

    /** Reads a scenario from text, e.g. in tests; {@code fileName} is used in messages. */
    public static LoadedScenario readString(String yaml, String fileName, List<String> overrides)
            throws InputException {
        ReadContext ctx = new ReadContext();
        MapNode user = YamlInput.parseString(yaml, fileName, ctx);
        boolean unreadable = ctx.hasProblems() && user.entries().isEmpty();
        return load(user, unreadable, fileName, Sha256.of(yaml), overrides, ctx);
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
            List<String> overrides, ReadContext ctx) throws InputException {
        MapNode defaults = YamlInput.parseResource(DEFAULTS, ctx);
        MapNode merged = Overrides.apply(Merge.over(defaults, user), overrides, ctx);
        if (unreadable) {
            ctx.throwIfProblems();
        }
        Binder binder = new Binder(Section.root(merged, ctx), ctx, file);
        Scenario scenario = binder.scenario();
        ctx.throwIfProblems();
        List<Resolved> resolved = new ArrayList<>(ctx.resolved());
        if (binder.namedAfterFile) {
            resolved.add(0, new Resolved("name", scenario.name(), new Source(file + " (its file name)", 0)));
        }
        return new LoadedScenario(scenario, new ScenarioSource(file, hash, List.copyOf(overrides)),
                List.copyOf(resolved));
    }

    /**
     * Turns the merged tree into records, collecting every problem. A check between values (min and max,
     * warm-up and days...) runs only when reading those values found no problem, since a value that was
     * refused is only a placeholder.
     */
    private static final class Binder {
        private final Section root;
        private final ReadContext ctx;
        private final String file;
        /** True when the scenario gives no name and is named after its file. */
        boolean namedAfterFile;

        Binder(Section root, ReadContext ctx, String file) {
            this.root = root;
            this.ctx = ctx;
            this.file = file;
        }

        Scenario scenario() {
            String name = name();
            String description = root.optionalText("description", "");
            SimulationParams simulation = simulation(root.section("simulation"));
            CityParams city = city(root.section("city"));
            ResidentParams residents = residents(root.section("residents"));
            GridWorkerParams workers = gridWorkers(root.section("grid_workers"));
            PlatformParams platform = platform(root.section("platform"));
            Map<String, DepartmentParams> departments = new LinkedHashMap<>();
            root.entries("departments").forEach((key, s) -> {
                checkKey(s, key);
                departments.put(key, department(key, s));
            });
            // Departments in alphabetical order, then the grid worker, who is not a department.
            Set<String> resolvers = new LinkedHashSet<>(new TreeSet<>(departments.keySet()));
            resolvers.add(CaseType.GRID_WORKER);
            Map<String, CaseType> caseTypes = new LinkedHashMap<>();
            Set<String> partners = new TreeSet<>(departments.keySet());
            partners.add(CaseType.NO_PARTNER);
            root.entries("case_types").forEach((key, s) -> {
                checkKey(s, key);
                caseTypes.put(key, caseType(key, s, resolvers, partners));
            });
            if (caseTypes.isEmpty()) {
                root.problem("case_types", "needs at least one case type");
            }
            CommunityParams community = community(root.section("community_organisations"));
            VolunteerParams volunteers = volunteers(root.section("volunteers"));
            NgoParams ngos = ngos(root.section("ngos"), caseTypes.keySet());
            PartyBuildingParams party = partyBuilding(root.section("party_building"));
            CoordinationParams coordination = coordination(root.section("coordination"));
            FundingParams funding = funding(root.section("funding"));
            root.finish();
            return new Scenario(name, description, simulation, city, residents, workers, platform, departments,
                    caseTypes, community, volunteers, ngos, party, coordination, funding);
        }

        /**
         * The second department; a built-in partner that the scenario removed means none, since the
         * scenario's author cannot be asked to mend the defaults.
         */
        private String partner(Section s, Set<String> partners) {
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
        private double crossDepartmentShare(Section s, Set<String> partners) {
            if (!s.has("cross_department_share")) {
                return 0;
            }
            double share = s.number("cross_department_share", 0, 1);
            return partner(s, partners).equals(CaseType.NO_PARTNER) && fromDefaults(s, "cross_department_share")
                    ? 0 : share;
        }

        /** Whether the value under {@code key} comes from the built-in defaults rather than the scenario. */
        private boolean fromDefaults(Section s, String key) {
            Node value = s.node(key);
            return value != null && value.source().file().equals(DEFAULTS);
        }

        private CommunityParams community(Section s) {
            CommunityParams p = new CommunityParams(
                    s.number("vitality", 0, 1),
                    s.number("mobilisation", 0, 1),
                    s.positive("mediation_hours", 10_000),
                    s.number("mediation_success", 0, 1));
            s.finish();
            return p;
        }

        private VolunteerParams volunteers(Section s) {
            VolunteerParams p = new VolunteerParams(
                    s.number("initial_per_1000_residents", 0, 1_000),
                    s.number("recruitment_per_1000_residents_year", 0, 1_000),
                    s.number("team_building", 0, 1),
                    s.number("recognition", 0, 1),
                    s.number("quits_per_year", 0, 100),
                    s.number("recognition_retention", 0, 1),
                    s.number("hours_per_week", 0, 80),
                    s.positive("session_hours", 24),
                    s.number("detection_factor", 0, 10),
                    s.number("fix_share", 0, 1));
            s.finish();
            return p;
        }

        private NgoParams ngos(Section s, Set<String> caseTypes) {
            boolean mechanism = s.flag("participation_mechanism");
            double environment = s.number("environment", 0, 1);
            double purchase = s.number("purchase_per_100k_residents", 0, 1e12);
            double rate = s.positive("hourly_rate", 1e6);
            Map<String, NgoOrganisation> organisations = new LinkedHashMap<>();
            double shares = 0;
            for (Map.Entry<String, Section> e : s.entries("organisations").entrySet()) {
                Section o = e.getValue();
                checkKey(o, e.getKey());
                boolean builtIn = fromDefaults(o, "case_types");
                List<String> types = new ArrayList<>();
                for (String t : o.texts("case_types")) {
                    if (caseTypes.contains(t)) {
                        types.add(t);
                    } else if (!builtIn) {
                        o.problem("case_types", "'" + t + "' is not a case type; allowed: " + String.join(", ",
                                new TreeSet<>(caseTypes)));
                    }
                    // A built-in organisation simply no longer takes a case type the scenario removed.
                }
                NgoOrganisation org = new NgoOrganisation(e.getKey(), o.text("label"), types,
                        o.number("purchase_share", 0, 1),
                        o.number("max_hours_per_100k_residents", 0, 1e9),
                        shift(o.section("shift")),
                        o.positive("effort_factor", 100),
                        o.number("defect_rate", 0, 0.99));
                shares += org.purchaseShare();
                organisations.put(e.getKey(), org);
                o.finish();
            }
            if (shares > 1 + 1e-9) {
                s.problem("organisations", "the organisations' purchase_share values add up to " + shares
                        + "; they must add up to at most 1");
            }
            s.finish();
            return new NgoParams(mechanism, environment, purchase, rate, organisations);
        }

        private PartyBuildingParams partyBuilding(Section s) {
            PartyBuildingParams p = new PartyBuildingParams(s.number("strength", 0, 1));
            s.finish();
            return p;
        }

        private CoordinationParams coordination(Section s) {
            CoordinationParams p = new CoordinationParams(
                    s.flag("linkage"),
                    s.number("coordination_delay_hours", 0, 10_000),
                    s.number("cross_department_return_rate", 0, 0.99),
                    s.positive("joint_effort_factor", 100));
            s.finish();
            return p;
        }

        private FundingParams funding(Section s) {
            FundingParams p = new FundingParams(
                    s.number("employer_on_cost_share", 0, 5),
                    s.number("department_staff_annual_cost", 0, 1e9),
                    s.number("platform_per_100k_residents", 0, 1e12),
                    s.number("training_per_worker_year", 0, 1e9),
                    s.number("volunteer_recognition_per_volunteer_year", 0, 1e9),
                    s.number("team_building_per_100k_residents", 0, 1e12),
                    s.number("awareness_campaign_per_100k_residents", 0, 1e12),
                    s.number("community_support_per_community_year", 0, 1e9),
                    s.number("party_building_per_cell_year", 0, 1e9));
            s.finish();
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

        private void checkKey(Section entry, String key) {
            if (!LABEL_KEY.matcher(key).matches()) {
                ctx.report(entry.source(), entry.path(), null, "this name must be 1-40 lower-case letters, digits"
                        + " or '_', starting with a letter (it names output columns)");
            }
        }

        private SimulationParams simulation(Section s) {
            int before = problems();
            int days = s.integer("days", 1, 36_500);
            boolean daysRead = problems() == before;
            long seed = s.longInteger("seed", Long.MIN_VALUE, Long.MAX_VALUE);
            before = problems();
            int warmup = s.integer("warmup_days", 0, 36_499);
            if (daysRead && problems() == before && warmup >= days) {
                s.problem("warmup_days", "must be less than days (" + days + "), so from 0 to " + (days - 1));
            }
            s.finish();
            return new SimulationParams(days, seed, warmup);
        }

        private CityParams city(Section s) {
            int before = problems();
            int residents = s.integer("residents", 100, 50_000_000);
            double householdSize = s.number("household_size", 1, 10);
            IntRange households = intRange(s.section("households_per_cell"), 1, 100_000);
            boolean sizesRead = problems() == before;
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
            if (sizesRead && residents / householdSize < households.min()) {
                s.problem("residents", "too few for even one grid cell: at least "
                        + (long) Math.ceil(households.min() * householdSize) + " are needed"
                        + " (households_per_cell.min " + households.min() + " x household_size "
                        + show(householdSize) + ")");
            }
            s.finish();
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

        private static Beta beta(Section s) {
            Beta b = new Beta(s.number("mean", 0, 1), s.positive("concentration", 10_000));
            s.finish();
            return b;
        }

        private Shift shift(Section s) {
            int before = problems();
            double start = s.number("start_hour", 0, 23.99);
            double hours = s.positive("hours_per_day", 24);
            boolean read = problems() == before;
            int days = s.integer("days_per_week", 1, 7);
            if (read && start + hours > 24) {
                s.problem("hours_per_day", "the shift would run past midnight (start_hour " + show(start) + " + "
                        + show(hours) + " hours = " + show(start + hours) + "); a shift must end by 24:00, so from"
                        + " start_hour " + show(start) + " it lasts at most " + show(24 - start) + " hours");
            }
            s.finish();
            return new Shift(start, Math.min(hours, 24 - start), days);
        }

        private ResidentParams residents(Section s) {
            Beta awareness = beta(s.section("awareness"));
            Beta trust = beta(s.section("trust"));
            double delay = s.positive("report_delay_hours", 10_000);
            double invalid = s.number("invalid_reports_per_household_year", 0, 100);
            double learning = s.number("trust_learning_rate", 0, 1);
            double satisfied = s.positive("satisfied_within_hours", 100_000);
            double campaigns = s.number("awareness_campaigns_per_year", 0, 365);
            double gain = s.number("awareness_campaign_gain", 0, 1);
            double halfLife = s.positive("awareness_half_life_days", 100_000);
            Map<String, Double> channels = new LinkedHashMap<>();
            s.entries("channels").forEach((key, c) -> {
                checkKey(c, key);
                channels.put(key, c.number("reach", 0, 1));
                c.finish();
            });
            s.finish();
            return new ResidentParams(awareness, trust, delay, invalid, channels, learning, satisfied, campaigns, gain,
                    halfLife);
        }

        private GridWorkerParams gridWorkers(Section s) {
            GridWorkerParams p = new GridWorkerParams(
                    s.integer("households_per_worker", 10, 1_000_000),
                    shift(s.section("shift")),
                    s.number("extra_duty_share", 0, 0.9),
                    s.positive("extra_duty_task_hours", 1_000),
                    s.positive("patrol_m2_per_hour", 10_000_000),
                    s.number("filing_hours", 0, 100),
                    s.number("verification_hours", 0, 100),
                    s.number("verification_accuracy", 0, 1),
                    s.positive("monthly_pay", 1e7),
                    s.number("training", 0, 1),
                    s.number("training_on_spot_gain", 0, 10),
                    s.number("training_verification_gain", 0, 1),
                    turnover(s.section("turnover")));
            s.finish();
            return p;
        }

        private TurnoverParams turnover(Section s) {
            TurnoverParams p = new TurnoverParams(
                    s.number("base_quits_per_year", 0, 100),
                    s.positive("reference_monthly_pay", 1e7),
                    s.number("pay_elasticity", 0, 10),
                    s.number("overload_threshold", 0, 1),
                    s.number("overload_factor", 0, 100),
                    s.integer("load_memory_days", 1, 3650),
                    s.number("hiring_delay_days", 0, 3650));
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
                    s.positive("park_after_days", 36_500),
                    s.number("data_sharing", 0, 1));
            s.finish();
            return p;
        }

        private DepartmentParams department(String key, Section s) {
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

        private CaseType caseType(String key, Section s, Set<String> resolvers, Set<String> partners) {
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
                    s.number("report_propensity", 0, 1),
                    // Optional for a new case type: no local settlement and no second department.
                    s.has("self_governance_share") ? s.number("self_governance_share", 0, 1) : 0,
                    crossDepartmentShare(s, partners),
                    partner(s, partners));
            if (t.crossDepartmentShare() > 0 && (t.crossDepartmentPartner().equals(CaseType.NO_PARTNER)
                    || t.crossDepartmentPartner().equals(t.department()))) {
                s.problem("cross_department_partner", "must name a department other than the case type's own ("
                        + t.department() + ") when cross_department_share is above 0");
            }
            s.finish();
            return t;
        }

        private static Effort effort(Section s) {
            String text = s.optionalText("effort", null);
            if (text == null) {
                s.problem("effort", "missing; must be a distribution: " + EffortFormat.ALLOWED);
                return Effort.fixed(1);
            }
            if (text.isEmpty()) {
                return Effort.fixed(1); // blank: already reported
            }
            try {
                return EffortFormat.parse(text);
            } catch (EffortFormat.BadEffort e) {
                s.problem("effort", e.getMessage());
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
