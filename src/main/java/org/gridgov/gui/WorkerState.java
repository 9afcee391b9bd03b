package org.gridgov.gui;

import java.awt.Color;

import org.gridgov.model.Activity;
import org.gridgov.model.GridWorker;
import org.gridgov.text.Texts;

/** What a grid worker on the map is doing, as its marker's colour shows it. */
enum WorkerState {
    PATROLLING("patrolling", new Color(0x1F5BD6)),
    ON_A_CASE("on a case", new Color(0x17A673)),
    EXTRA_DUTY("extra duty", new Color(0x9B30D9)),
    OFF_DUTY("off duty", new Color(0x9AA1AB));

    private final String label;
    private final Color color;

    WorkerState(String label, Color color) {
        this.label = label;
        this.color = color;
    }

    /** The label in English. */
    String label() {
        return label;
    }

    /** The label in the language of {@code t}. */
    String label(Texts t) {
        return t.t(label);
    }

    Color color() {
        return color;
    }

    static WorkerState of(GridWorker worker, double now) {
        if (!worker.calendar().isOnDuty(now)) {
            return OFF_DUTY;
        }
        Activity a = worker.activity();
        return a == Activity.PATROL ? PATROLLING : a == Activity.EXTRA_DUTY ? EXTRA_DUTY : ON_A_CASE;
    }
}
