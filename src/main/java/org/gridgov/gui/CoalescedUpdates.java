package org.gridgov.gui;

import java.util.concurrent.atomic.AtomicBoolean;

import javax.swing.SwingUtilities;

import sim.engine.Steppable;
import sim.portrayal.Inspector;

/**
 * Inspector updates that do not pile up: MASON asks for an update after every step of the schedule
 * (thousands per simulated day here); at most one waits on the Swing thread at a time.
 */
final class CoalescedUpdates {
    private CoalescedUpdates() {
    }

    static Steppable of(Inspector inspector) {
        AtomicBoolean pending = new AtomicBoolean();
        return state -> {
            if (pending.compareAndSet(false, true)) {
                SwingUtilities.invokeLater(() -> {
                    pending.set(false);
                    synchronized (state.schedule) {
                        inspector.updateInspector();
                    }
                    inspector.repaint();
                });
            }
        };
    }
}
