package org.gridgov.scenario;

import java.util.LinkedHashMap;
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

    /** The forms accepted, for error messages. */
    public static final String ALLOWED =
            "exponential(mean=H), lognormal(mean=H, sd=H), gamma(mean=H, sd=H) or fixed(hours=H), in working hours";

    private static final Pattern CALL = Pattern.compile("\\s*([a-z_]+)\\s*\\((.*)\\)\\s*");
    private static final Pattern ARG = Pattern.compile("\\s*([a-z_]+)\\s*=\\s*([^,]+?)\\s*");

    private EffortFormat() {
    }

    /** Thrown with a message that says what is wrong and what is allowed. */
    public static final class BadEffort extends Exception {
        private static final long serialVersionUID = 1L;

        BadEffort(String message) {
            super(message);
        }
    }

    public static Effort parse(String text) throws BadEffort {
        Matcher call = CALL.matcher(text.toLowerCase(Locale.ROOT));
        if (!call.matches()) {
            throw new BadEffort("must be a distribution: " + ALLOWED);
        }
        String family = call.group(1);
        Map<String, Double> args = arguments(call.group(2));
        switch (family) {
            case "exponential":
                expectKeys(family, args, "mean");
                return Effort.exponential(positive(args, "mean"));
            case "fixed":
                expectKeys(family, args, "hours");
                return Effort.fixed(positive(args, "hours"));
            case "lognormal":
            case "gamma":
                expectKeys(family, args, "mean", "sd");
                return new Effort(Effort.Kind.valueOf(family.toUpperCase(Locale.ROOT)),
                        positive(args, "mean"), positive(args, "sd"));
            default:
                throw new BadEffort("unknown distribution '" + family + "'; allowed: " + ALLOWED);
        }
    }

    private static Map<String, Double> arguments(String list) throws BadEffort {
        Map<String, Double> args = new LinkedHashMap<>();
        if (list.isBlank()) {
            return args;
        }
        for (String part : list.split(",", -1)) {
            Matcher arg = ARG.matcher(part);
            if (!arg.matches()) {
                throw new BadEffort("cannot read argument '" + part.trim() + "'; write name=value, e.g. " + ALLOWED);
            }
            double value;
            try {
                value = Double.parseDouble(arg.group(2));
            } catch (NumberFormatException e) {
                throw new BadEffort(arg.group(1) + " must be a number of hours, not '" + arg.group(2) + "'");
            }
            if (args.put(arg.group(1), value) != null) {
                throw new BadEffort(arg.group(1) + " is given twice");
            }
        }
        return args;
    }

    private static void expectKeys(String family, Map<String, Double> args, String... keys) throws BadEffort {
        java.util.List<String> wanted = java.util.List.of(keys);
        if (!args.keySet().equals(new java.util.HashSet<>(wanted))) {
            throw new BadEffort(family + " takes " + String.join(" and ", wanted) + ", e.g. "
                    + family + "(" + String.join(", ", wanted.stream().map(k -> k + "=2").toArray(String[]::new))
                    + ")");
        }
    }

    private static double positive(Map<String, Double> args, String key) throws BadEffort {
        double v = args.get(key);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new BadEffort(key + " must be a positive number of hours");
        }
        return v;
    }
}
