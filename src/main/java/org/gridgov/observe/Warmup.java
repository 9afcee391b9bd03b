package org.gridgov.observe;

/**
 * The warm-up a run's metrics leave out, and how it was chosen (docs/ODD.md 8.1).
 *
 * @param days days left out at the start
 * @param fromData true if MSER-5 chose it from the run's daily open cases and latent issues, false if it was given
 * @param settled false if the later of MSER-5's two cuts lay at its search limit, mid-run: that stock had not
 *        settled by then, and half the run is left out (always true for a given warm-up)
 * @param searchedFrom 0, or the day the scenario's last scheduled change took effect (docs/ODD.md 6.1): MSER-5
 *        cuts no earlier (at the first fifth day from it), so that the metrics describe the city after the change
 */
public record Warmup(int days, boolean fromData, boolean settled, int searchedFrom) {
    /** The rule's name as outputs write it. */
    public static final String MSER5 = "MSER-5 on daily open cases and latent issues";

    /** How the warm-up was chosen: {@link #MSER5} or "given". */
    public String rule() {
        return fromData ? MSER5 : "given";
    }
}
