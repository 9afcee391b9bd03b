package org.gridgov.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes an {@link Effort} as the one-line form used in scenarios, such as
 * {@code lognormal(mean=1.5, sd=1)}. A distribution is written as one value so that overriding it in a
 * scenario replaces it whole rather than mixing keys of two families.
 */
public final class EffortFormat {

    /** Handling efforts are in the handler's working hours. */
    public static final String WORKING_HOURS = "working hours";
    /** Times that run whatever anyone's shift (an outside owner's fix) are in clock hours. */
    public static final String CLOCK_HOURS = "clock hours";

    /** The forms accepted, for error messages about an effort in working hours. */
    public static final String ALLOWED = allowed(WORKING_HOURS);

    /** Each family's parameters, in the order they are written. */
    private static final Map<String, List<String>> FAMILIES = families();
    /** Values shown in an example for a parameter the user left out. */
    private static final Map<String, String> EXAMPLE = Map.of("mean", "2", "sd", "1", "hours", "2");

    private static final Pattern CALL = Pattern.compile("\\s*([a-z_]+)\\s*\\((.*)\\)\\s*");
    private static final Pattern NAMED = Pattern.compile("\\s*([a-z_]+)\\s*=\\s*(.*?)\\s*");
    /** A plain decimal number; not Java's extras such as hex, {@code 1d} or {@code NaN}. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?");

    private EffortFormat() {
    }

    private static Map<String, List<String>> families() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("exponential", List.of("mean"));
        f.put("lognormal", List.of("mean", "sd"));
        f.put("gamma", List.of("mean", "sd"));
        f.put("fixed", List.of("hours"));
        return f;
    }

    /** Thrown with a message that says what is wrong and what is allowed. */
    public static final class BadEffort extends Exception {
        private static final long serialVersionUID = 1L;

        BadEffort(String message) {
            super(message);
        }
    }

    /** The forms accepted, with H in the given hours. */
    public static String allowed(String hours) {
        return "exponential(mean=H), lognormal(mean=H, sd=H), gamma(mean=H, sd=H) or fixed(hours=H), with H in "
                + hours;
    }

    /** Reads an effort in working hours such as {@code gamma(mean=3, sd=2)}; names are not case-sensitive. */
    public static Effort parse(String text) throws BadEffort {
        return parse(text, WORKING_HOURS);
    }

    /** Reads a distribution of {@code hours} (working or clock hours); messages name them. */
    public static Effort parse(String text, String hours) throws BadEffort {
        String allowed = allowed(hours);
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher call = CALL.matcher(lower);
        if (!call.matches()) {
            if (NUMBER.matcher(lower.strip()).matches()) {
                throw new BadEffort("must be a distribution, not a number; for a constant effort write fixed(hours="
                        + lower.strip() + "). Allowed: " + allowed);
            }
            throw new BadEffort("must be a distribution: " + allowed);
        }
        String family = call.group(1);
        List<String> parts = call.group(2).isBlank() ? List.of() : List.of(call.group(2).split(",", -1));
        List<String> params = FAMILIES.get(family);
        if (params == null) {
            String guess = guess(family);
            String hint = guess == null ? "; allowed: " : "; did you mean " + example(guess, parts) + "? Allowed: ";
            throw new BadEffort("unknown distribution '" + family + "'" + hint + allowed);
        }
        Map<String, Double> args = arguments(family, params, parts, hours);
        switch (family) {
            case "exponential":
                return Effort.exponential(args.get("mean"));
            case "fixed":
                return Effort.fixed(args.get("hours"));
            default:
                return new Effort(Effort.Kind.valueOf(family.toUpperCase(Locale.ROOT)), args.get("mean"), args.get("sd"));
        }
    }

    /** The family's arguments by name, each a number of hours greater than 0. */
    private static Map<String, Double> arguments(String family, List<String> params, List<String> parts,
            String hours) throws BadEffort {
        String takes = family + " takes " + String.join(" and ", params) + " by name, in " + hours;
        Map<String, String> written = new LinkedHashMap<>();
        for (String part : parts) {
            Matcher named = NAMED.matcher(part);
            if (!named.matches()) {
                throw new BadEffort(takes + "; cannot read '" + part.strip() + "': write e.g. "
                        + example(family, parts));
            }
            if (written.put(named.group(1), named.group(2)) != null) {
                throw new BadEffort(named.group(1) + " is given twice");
            }
        }
        List<String> unknown = new ArrayList<>(written.keySet());
        unknown.removeAll(params);
        if (!unknown.isEmpty()) {
            throw new BadEffort(takes + "; " + String.join(" and ", unknown) + (unknown.size() == 1 ? " is" : " are")
                    + " not one of them: write e.g. " + example(family, List.of()));
        }
        List<String> missing = new ArrayList<>(params);
        missing.removeAll(written.keySet());
        if (!missing.isEmpty()) {
            throw new BadEffort(takes + "; " + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are")
                    + " missing: write e.g. " + example(family, parts));
        }
        Map<String, Double> args = new LinkedHashMap<>();
        for (String param : params) {
            String value = written.get(param);
            double v = NUMBER.matcher(value).matches() ? Double.parseDouble(value) : Double.NaN;
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new BadEffort(param + " must be a number of " + hours + " greater than 0, not '" + value + "'");
            }
            args.put(param, v);
        }
        return args;
    }

    /** The known family that {@code family} is probably short for or a longer spelling of, or null. */
    private static String guess(String family) {
        for (String known : FAMILIES.keySet()) {
            if (family.length() >= 3 && (known.startsWith(family) || family.startsWith(known))) {
                return known;
            }
        }
        return null;
    }

    /**
     * A correct call of {@code family} keeping what the user wrote where it can: named values, or values
     * written without names in the family's order ({@code lognorm(1,2)} gives {@code lognormal(mean=1, sd=2)}).
     */
    private static String example(String family, List<String> parts) {
        List<String> params = FAMILIES.get(family);
        Map<String, String> given = new LinkedHashMap<>();
        boolean positional = parts.size() == params.size()
                && parts.stream().allMatch(p -> NUMBER.matcher(p.strip()).matches());
        for (int i = 0; i < parts.size(); i++) {
            Matcher named = NAMED.matcher(parts.get(i));
            if (positional) {
                given.put(params.get(i), parts.get(i).strip());
            } else if (named.matches() && NUMBER.matcher(named.group(2)).matches()) {
                given.putIfAbsent(named.group(1), named.group(2));
            }
        }
        List<String> args = new ArrayList<>();
        for (String param : params) {
            args.add(param + "=" + given.getOrDefault(param, EXAMPLE.get(param)));
        }
        return family + "(" + String.join(", ", args) + ")";
    }
}
