package org.gridgov.gui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

import javax.swing.BorderFactory;
import javax.swing.DefaultListModel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSplitPane;
import javax.swing.JTextArea;
import javax.swing.ListSelectionModel;

import org.gridgov.model.GridCell;
import org.gridgov.model.GridWorker;
import org.gridgov.text.Texts;
import sim.display.GUIState;
import sim.engine.Steppable;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * Inspects a grid cell: its households and residents, open cases and latent issues, its grid workers;
 * then its cases (open ones first, then the last few closed), and the history of the case chosen.
 * It is made, and updated, while the schedule's lock is held; what it shows is kept as text, so Swing
 * never reads the running model.
 */
final class CellInspector extends Inspector {
    private static final long serialVersionUID = 1L;

    /** One line of the case list. */
    private record Entry(int id, String text, String history) {
        @Override
        public String toString() {
            return text;
        }
    }

    private final GridCell cell;
    private final LiveRun run;
    private final transient Texts t;
    private final SimpleInspector facts;
    private final DefaultListModel<Entry> cases = new DefaultListModel<>();
    private final JList<Entry> list = new JList<>(cases);
    private final JTextArea history = new JTextArea(12, 44);
    private boolean rebuilding;

    CellInspector(GridCell cell, LiveRun run, GUIState gui, Texts t) {
        this.cell = cell;
        this.run = run;
        this.t = t;
        setLayout(new BorderLayout());
        facts = new SimpleInspector(facts(), gui, null);
        facts.setVolatile(true);
        add(facts, BorderLayout.NORTH);

        list.setSelectionMode(ListSelectionModel.SINGLE_SELECTION);
        list.addListSelectionListener(e -> {
            if (!rebuilding) {
                showHistory();
            }
        });
        history.setEditable(false);
        history.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 12));
        JScrollPane caseList = new JScrollPane(list);
        caseList.setPreferredSize(new Dimension(420, 140));
        JSplitPane split = new JSplitPane(JSplitPane.VERTICAL_SPLIT, caseList, new JScrollPane(history));
        JPanel panel = new JPanel(new BorderLayout());
        panel.setBorder(BorderFactory.createTitledBorder(t.t("Cases: open, then recently closed (choose one)")));
        panel.add(split, BorderLayout.CENTER);
        add(panel, BorderLayout.CENTER);
        setTitle(t.f("Cell %d", cell.id()));
        updateInspector();
    }

    private PropertyList facts() {
        return new PropertyList(cell)
                .add(t.t("Community"), Integer.TYPE, cell::community, t.t("The community (shequ) the cell belongs to."))
                .add(t.t("Street"), Integer.TYPE, cell::street, t.t("The street (sub-district) the cell belongs to."))
                .add(t.t("Households"), Integer.TYPE, cell::households, t.t("Households living in the cell."))
                .add(t.t("Old neighbourhood"), Boolean.TYPE, cell::oldNeighbourhood,
                        t.t("Old neighbourhoods have more issues."))
                .add(t.t("Resident trust"), String.class, () -> MapLayer.TRUST.text(t, run.meanTrust(cell)),
                        t.t("Mean trust of the cell's households that a report is acted on."))
                .add(t.t("Open cases"), Integer.TYPE, () -> run.cases().openCount(cell),
                        t.t("Cases filed and not yet closed or parked."))
                .add(t.t("Latent issues"), Integer.TYPE, cell::latentIssues, t.t("Issues nobody has discovered yet."))
                .add(t.t("Hours since patrol"), String.class,
                        () -> MapLayer.PATROL_GAP.text(t, run.staff().hoursSincePatrol(cell, run.now())),
                        t.t("0 while a grid worker patrols the cell."))
                .add(t.t("Grid workers"), String.class, this::workers,
                        t.t("The cell's grid workers and what they are doing."));
    }

    private String workers() {
        StringBuilder b = new StringBuilder();
        for (GridWorker w : cell.workers()) {
            String state = WorkerState.of(w, run.now()).label(t);
            b.append(b.length() == 0 ? "" : t.t("; "));
            b.append(w.patrolCell() == cell ? t.f("no. %d, %s", w.number(), state)
                    : t.f("no. %d, %s in cell %d", w.number(), state, w.patrolCell().id()));
        }
        return b.toString();
    }

    /** Called by MASON with the schedule's lock held. */
    @Override
    public void updateInspector() {
        facts.updateInspector();
        List<Entry> now = new ArrayList<>();
        for (CaseHistory h : run.cases().open(cell)) {
            now.add(new Entry(h.issue().id(), h.summary(), h.describe()));
        }
        for (CaseHistory h : run.cases().recent(cell)) {
            now.add(new Entry(h.issue().id(), h.summary(), h.describe()));
        }
        if (!now.equals(java.util.Collections.list(cases.elements()))) {
            Entry chosen = list.getSelectedValue();
            rebuilding = true;
            try {
                cases.clear();
                cases.addAll(now);
                for (int i = 0; chosen != null && i < now.size(); i++) {
                    if (now.get(i).id() == chosen.id()) {
                        list.setSelectedIndex(i);
                    }
                }
            } finally {
                rebuilding = false;
            }
        }
        showHistory();
    }

    private void showHistory() {
        Entry chosen = list.getSelectedValue();
        String text = chosen == null ? "" : chosen.history();
        if (!text.equals(history.getText())) {
            history.setText(text);
            history.setCaretPosition(0);
        }
    }

    @Override
    public Steppable getUpdateSteppable() {
        return CoalescedUpdates.of(this);
    }
}
