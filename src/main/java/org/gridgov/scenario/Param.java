package org.gridgov.scenario;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The declaration of one scenario parameter, written on the record component that holds it: its key, unit,
 * allowed range, the source of its default and its meaning. The scenario reader binds the component by this
 * key (by name, never by position) and checks the range; the {@code validate} listing, the GUI's levers, the
 * sizing bounds and docs/ODD.md's parameter tables read the same declaration ({@link ParameterCatalogue}).
 *
 * <p>A component whose type is a record with declared components (a {@link Shift}, say) is a nested mapping and
 * needs no declaration of its own (where one is written, only its {@link #key} counts); a map of such records is a
 * mapping of named entries.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {

    /**
     * The key in the scenario; by default the component's name in snake case ({@code householdsPerWorker} is
     * {@code households_per_worker}). A dotted key reaches into a nested mapping ({@code community.columns}).
     */
    String key() default "";

    /** The unit, as docs/ODD.md shows it ("clock hours", "share", "-" for none, "text", "choice"...). */
    String unit();

    /** Smallest allowed value (numbers). */
    double min() default Double.NEGATIVE_INFINITY;

    /** Largest allowed value (numbers). */
    double max() default Double.POSITIVE_INFINITY;

    /** True when {@link #min} itself is not allowed (the reader's "greater than 0"). */
    boolean minExclusive() default false;

    /**
     * For a value that is written as a mapping of these keys, each with this declaration (a {@link Range} as
     * {@code min} and {@code max}).
     */
    String[] parts() default {};

    /** For a map of numbers: the one key of each entry's mapping ({@code channels.hotline.reach}). */
    String entry() default "";

    /** The allowed values in words, for values no number range describes (read by a dedicated reader). */
    String allowed() default "";

    /** What a scenario that leaves the key out gets, for a key that may be left out; "" when it may not. */
    String ifAbsent() default "";

    /** Where the default comes from: a short citation, or "assumption". */
    String source() default "assumption";

    /** What the parameter means, in one line. */
    String meaning();

    /**
     * True for a parameter that is not a lever but may still change during a run (a schedule, docs/ODD.md 6),
     * because the model reads it whenever it uses it: platform delays a reform changes, department staff, costs.
     */
    boolean schedulable() default false;
}
