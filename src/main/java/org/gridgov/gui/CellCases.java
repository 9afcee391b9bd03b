package org.gridgov.gui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.model.GridCell;
import org.gridgov.model.Issue;
import org.gridgov.model.Staff;
import org.gridgov.model.events.CancelReason;
import org.gridgov.model.events.CaseClosedListener;
import org.gridgov.model.events.CaseDispatchedListener;
import org.gridgov.model.events.CaseFiledListener;
import org.gridgov.model.events.CaseHandledListener;
import org.gridgov.model.events.CaseParkedListener;
import org.gridgov.model.events.CaseReturnedListener;
import org.gridgov.model.events.CaseVerifiedListener;
import org.gridgov.model.events.HandlingStartedListener;
import org.gridgov.model.events.ParkReason;
import org.gridgov.model.events.ReportCancelledListener;
import org.gridgov.text.Texts;

/**
 * The cases of each grid cell, for the map and the cell inspector: the open ones and the last few closed
 * or parked, each with its history. Nothing else is kept, so memory stays small however long the run.
 */
final class CellCases implements CaseFiledListener, CaseDispatchedListener, CaseReturnedListener,
        HandlingStartedListener, CaseHandledListener, CaseVerifiedListener, CaseClosedListener,
        CaseParkedListener, ReportCancelledListener {

    /** Closed or parked cases kept per cell. */
    static final int RECENT = 5;

    private final List<Map<Integer, CaseHistory>> open = new ArrayList<>();
    private final List<ArrayDeque<CaseHistory>> recent = new ArrayList<>();
    private final Texts t;

    /** @param t the language the histories are written in */
    CellCases(int cells, Texts t) {
        this.t = t;
        for (int i = 0; i < cells; i++) {
            open.add(new LinkedHashMap<>());
            recent.add(new ArrayDeque<>(RECENT + 1));
        }
    }

    int openCount(GridCell cell) {
        return open.get(cell.id()).size();
    }

    /** The cell's open cases, oldest first. */
    List<CaseHistory> open(GridCell cell) {
        return List.copyOf(open.get(cell.id()).values());
    }

    /** The cell's last closed or parked cases, newest first. */
    List<CaseHistory> recent(GridCell cell) {
        return List.copyOf(recent.get(cell.id()));
    }

    private CaseHistory history(Issue issue) {
        return open.get(issue.cell().id()).get(issue.id());
    }

    private void note(Issue issue, double time, String what) {
        CaseHistory h = history(issue);
        if (h != null) {
            h.add(time, what);
        }
    }

    private void finish(Issue issue, double time, String what) {
        CaseHistory h = open.get(issue.cell().id()).remove(issue.id());
        h.add(time, what);
        ArrayDeque<CaseHistory> last = recent.get(issue.cell().id());
        last.addFirst(h);
        if (last.size() > RECENT) {
            last.removeLast();
        }
    }

    @Override
    public void caseFiled(double time, Issue issue) {
        CaseHistory h = new CaseHistory(issue, t);
        h.add(time, t.t("filed as a case"));
        open.get(issue.cell().id()).put(issue.id(), h);
    }

    @Override
    public void caseDispatched(double time, Issue issue, String unit, boolean responsible) {
        note(issue, time, responsible ? t.f("dispatched to %s", unit)
                : t.f("dispatched to %s (not the responsible unit)", unit));
    }

    @Override
    public void caseReturned(double time, Issue issue, String unit) {
        note(issue, time, t.f("returned by %s as \"not ours\"", unit));
    }

    @Override
    public void handlingStarted(double time, Issue issue, Staff staff) {
        note(issue, time, t.f("handling started by %s", CaseHistory.staff(t, staff)));
    }

    @Override
    public void caseHandled(double time, Issue issue, Staff staff) {
        note(issue, time, t.f("handled by %s", CaseHistory.staff(t, staff)));
    }

    @Override
    public void caseVerified(double time, Issue issue, Staff worker, boolean passed) {
        String by = CaseHistory.staff(t, worker);
        note(issue, time, passed ? t.f("checked on site by %s: fixed", by)
                : t.f("checked on site by %s: not fixed, sent back for rework", by));
    }

    @Override
    public void caseClosed(double time, Issue issue) {
        finish(issue, time, issue.onTime() ? t.t("closed, on time") : t.t("closed, late"));
    }

    @Override
    public void caseParked(double time, Issue issue, ParkReason reason) {
        finish(issue, time, reason == ParkReason.BOUNCES ? t.t("parked in the problem bank: returned too often")
                : t.t("parked in the problem bank: waited too long"));
    }

    @Override
    public void reportCancelled(double time, Issue issue, String channel, CancelReason reason) {
        if (issue != null && reason == CancelReason.DUPLICATE) {
            note(issue, time, t.f("another resident report (%s), cancelled as a duplicate", channel));
        }
    }
}
