package org.gridgov.model;

import sim.engine.Schedule;
import sim.engine.Steppable;

/**
 * MASON's schedule, counting the one-off events put on it so that benchmarks can report events per
 * second. The model schedules only through these two methods.
 */
final class CountingSchedule extends Schedule {
    private static final long serialVersionUID = 1L;

    private long scheduled;

    @Override
    public boolean scheduleOnce(double time, Steppable event) {
        scheduled++;
        return super.scheduleOnce(time, event);
    }

    @Override
    public boolean scheduleOnce(double time, int ordering, Steppable event) {
        scheduled++;
        return super.scheduleOnce(time, ordering, event);
    }

    long scheduled() {
        return scheduled;
    }
}
