package org.gridgov.model;

/** A piece of work queued for a grid worker. */
final class WorkerTask implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    final Activity activity;
    final double hours;
    final Issue issue;

    WorkerTask(Activity activity, double hours, Issue issue) {
        this.activity = activity;
        this.hours = hours;
        this.issue = issue;
    }
}
