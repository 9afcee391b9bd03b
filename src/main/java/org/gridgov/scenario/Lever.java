package org.gridgov.scenario;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a declared parameter as a lever of grid governance: something a policy maker can set. Levers are the
 * GUI's sliders, in the order of {@link #position}, over their plausible range ({@link #low} to {@link #high}),
 * which lies within the allowed range; it is the range a sensitivity analysis would start from.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Lever {

    /** Order among the levers (the GUI lists them by it). */
    int position();

    /** The slider's name; for a parameter of named entries, ": name" follows. */
    String label();

    /** Lower end of the plausible range. */
    double low();

    /** Upper end of the plausible range. */
    double high();

    /** True to move a decimal parameter in whole steps (money, counts a year). */
    boolean wholeSteps() default false;

    /** For a component that is a nested mapping (a {@link Beta}): the key of the part that is the lever. */
    String part() default "";

    /**
     * Why the lever cannot change during a run (a schedule is refused with this reason), or "" when it can:
     * most levers can be phased in (docs/ODD.md 6).
     */
    String fixedDuringRun() default "";
}
