package org.gridgov.model.events;

import org.gridgov.model.Staff;

/**
 * A post was created or abolished during the run, when a scheduled reform changes the number of grid workers,
 * department staff or NGO staff (docs/ODD.md 6). Posts that exist from the start are never opened.
 */
public interface PostListener {
    /** A new post starts work (its first holder starts). */
    void postOpened(double time, Staff staff);

    /**
     * A post is abolished and never comes back.
     *
     * @param filled whether a holder left with it (false: it stood vacant after a quit)
     */
    void postClosed(double time, Staff staff, boolean filled);
}
