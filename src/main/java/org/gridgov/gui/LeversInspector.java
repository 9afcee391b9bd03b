package org.gridgov.gui;

import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.filechooser.FileNameExtensionFilter;

import org.gridgov.config.InputException;
import org.gridgov.text.Texts;
import sim.display.GUIState;
import sim.portrayal.Inspector;
import sim.portrayal.SimpleInspector;

/**
 * The Console's model tab: buttons to save the levers as a scenario file and to load one, above the levers
 * themselves, all on one page (MASON would split them into pages of 25). It is refreshed when the levers
 * change, not after every step.
 */
final class LeversInspector extends Inspector {
    private static final long serialVersionUID = 1L;

    private final transient Levers levers;
    private final transient Texts t;
    private final transient GUIState gui;
    private SimpleInspector shown;

    LeversInspector(Levers levers, GUIState gui) {
        this.levers = levers;
        this.gui = gui;
        this.t = levers.texts();
        setLayout(new BorderLayout());
        setVolatile(false);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.LEFT));
        buttons.add(button(t.t("Save levers…"),
                t.t("Write the levers as a scenario file (YAML) that gridgov run and gui read"), this::chooseSave));
        buttons.add(button(t.t("Load scenario…"),
                t.t("Take the levers of a scenario file (YAML) for the next run: press stop, then play"),
                this::chooseLoad));
        add(buttons, BorderLayout.NORTH);
        showLevers();
    }

    private static JButton button(String text, String tip, Runnable action) {
        JButton b = new JButton(text);
        b.setToolTipText(tip);
        b.addActionListener(e -> action.run());
        return b;
    }

    /** (Re)builds the levers' page: a loaded scenario may have other departments and channels. */
    private void showLevers() {
        if (shown != null) {
            remove(shown);
        }
        var properties = levers.properties();
        shown = new SimpleInspector(properties, gui, t.t("Levers (apply from the next run)"),
                properties.numProperties() + 1);
        shown.setVolatile(false);
        add(shown, BorderLayout.CENTER);
        revalidate();
        repaint();
    }

    @Override
    public void updateInspector() {
        shown.updateInspector();
    }

    /** Saves the levers; null when they were written, else why not. */
    String save(Path file) {
        try {
            ScenarioFile.save(levers, file);
            return null;
        } catch (InputException | IOException e) {
            return e.getMessage();
        }
    }

    /** Loads a scenario's levers; null when it loaded, else the reader's messages (the levers are kept). */
    String load(Path file) {
        try {
            levers.load(new ScenarioInput(file, List.of()));
        } catch (InputException e) {
            return e.getMessage();
        }
        showLevers();
        return null;
    }

    private void chooseSave() {
        JFileChooser chooser = chooser(t.t("Save levers"));
        if (chooser.showSaveDialog(this) == JFileChooser.APPROVE_OPTION) {
            Path file = chooser.getSelectedFile().toPath();
            if (!file.getFileName().toString().matches(".*\\.ya?ml")) {
                file = file.resolveSibling(file.getFileName() + ".yaml");
            }
            tell(save(file), t.f("Saved the levers to %s.", file), t.t("Save levers"), t.t("Levers not saved"));
        }
    }

    private void chooseLoad() {
        JFileChooser chooser = chooser(t.t("Load scenario"));
        if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
            Path file = chooser.getSelectedFile().toPath();
            tell(load(file), t.f("Loaded %s: it applies from the next run (press stop, then play).", file),
                    t.t("Load scenario"), t.t("Scenario not loaded"));
        }
    }

    /** A file chooser titled {@code title}, its buttons in the live view's language where Swing has it. */
    private JFileChooser chooser(String title) {
        JFileChooser chooser = new JFileChooser(new File("."));
        chooser.setLocale(LiveView.locale(t));
        chooser.updateUI(); // Swing reads the buttons' texts for the chooser's locale when it installs its UI
        chooser.setDialogTitle(title);
        chooser.setFileFilter(new FileNameExtensionFilter(t.t("Scenario files (YAML)"), "yaml", "yml"));
        return chooser;
    }

    /** Says that it was {@code done}, or shows the {@code problem}. */
    private void tell(String problem, String done, String doneTitle, String problemTitle) {
        if (problem == null) {
            LiveView.tell(this, done, doneTitle, JOptionPane.INFORMATION_MESSAGE, t);
        } else {
            LiveView.warn(this, problem, problemTitle, t);
        }
    }
}
