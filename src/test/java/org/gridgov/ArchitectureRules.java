package org.gridgov;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import java.io.Serializable;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

/**
 * gridgov's architecture as ArchUnit rules over the packages below a root ({@code org.gridgov} for the real
 * code, another root for the classes that prove the rules catch a violation). Checked on compiled classes, so
 * every use counts: imports, fully qualified names, inherited types, constants are not hidden by a missing
 * import, and comments and strings are not uses.
 */
final class ArchitectureRules {
    /** Leaves: pure helpers that depend on nothing else in gridgov. */
    private static final String[] LEAVES = {"rng", "queueing", "stats", "hash", "text"};

    /** Scenario records that are about loading, not about the system being simulated. */
    private static final List<String> LOADER_TYPES = List.of("LoadedScenario", "ScenarioSource");

    private ArchitectureRules() {
    }

    /**
     * Dependencies point one way: cli and gui, then optimisation (which reads sizing's bounds), sizing and
     * calibration, experiment and report, then run and observe, then
     * the model, then scenario and config, with the leaves (random streams, queueing formulas, statistics,
     * hashes, text for people) usable from above. The model core reads no config and no file hashes.
     */
    static ArchRule layers(String root) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("cli").definedBy(root + ".cli..")
                .layer("gui").definedBy(root + ".gui..")
                .layer("sizing").definedBy(root + ".sizing..")
                .layer("calibration").definedBy(root + ".calibration..")
                .layer("optimisation").definedBy(root + ".optimisation..")
                .layer("experiment").definedBy(root + ".experiment..")
                .layer("report").definedBy(root + ".report..")
                .layer("run").definedBy(root + ".run..")
                .layer("observe").definedBy(root + ".observe..")
                .layer("model").definedBy(root + ".model..")
                .layer("scenario").definedBy(root + ".scenario..")
                .layer("config").definedBy(root + ".config..")
                .layer("rng").definedBy(root + ".rng..")
                .layer("queueing").definedBy(root + ".queueing..")
                .layer("stats").definedBy(root + ".stats..")
                .layer("hash").definedBy(root + ".hash..")
                .layer("text").definedBy(root + ".text..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("gui").mayOnlyAccessLayers(with("sizing", "experiment", "report", "run", "observe",
                        "model", "scenario", "config"))
                .whereLayer("sizing").mayOnlyAccessLayers(with("experiment", "report", "run", "observe", "model",
                        "scenario", "config"))
                .whereLayer("calibration").mayOnlyAccessLayers(with("experiment", "report", "run", "observe", "model",
                        "scenario", "config"))
                .whereLayer("optimisation").mayOnlyAccessLayers(with("sizing", "experiment", "report", "run", "observe",
                        "model", "scenario", "config"))
                .whereLayer("experiment").mayOnlyAccessLayers(with("report", "run", "observe", "model", "scenario",
                        "config"))
                .whereLayer("report").mayOnlyAccessLayers(with("run", "observe", "model", "scenario", "config"))
                .whereLayer("run").mayOnlyAccessLayers(with("observe", "model", "scenario", "config"))
                .whereLayer("observe").mayOnlyAccessLayers(with("model", "scenario", "config"))
                .whereLayer("model").mayOnlyAccessLayers("scenario", "rng", "queueing", "stats", "text")
                .whereLayer("scenario").mayOnlyAccessLayers("config", "hash", "text")
                .whereLayer("config").mayOnlyAccessLayers("hash", "text")
                .whereLayer("rng").mayNotAccessAnyLayer()
                .whereLayer("queueing").mayNotAccessAnyLayer()
                .whereLayer("stats").mayNotAccessAnyLayer()
                .whereLayer("hash").mayNotAccessAnyLayer()
                .whereLayer("text").mayNotAccessAnyLayer();
    }

    /**
     * The model core (model and its subpackages, random streams, queueing formulas) does no input or output,
     * talks to no user and draws nothing: no file or network I/O, no YAML, no command line, no Swing, AWT,
     * MASON display or charts. java.io.Serializable is about objects, not I/O (MASON checkpoints).
     */
    static ArchRule coreIsFreeOfIoAndUi(String root) {
        DescribedPredicate<JavaClass> io = resideInAnyPackage("java.io..", "java.nio.file..", "java.net..",
                "org.yaml..", "picocli..", "java.awt..", "javax.swing..", "sim.display..", "sim.portrayal..",
                "org.jfree..").and(DescribedPredicate.not(type(Serializable.class)));
        return noClasses().that().resideInAnyPackage(core(root)).should().dependOnClassesThat(io)
                .as("the model core uses no I/O, YAML, command line, GUI or charts");
    }

    /** The core takes its parameters as the scenario records, never from the scenario reader. */
    static ArchRule coreUsesOnlyScenarioRecords(String root) {
        DescribedPredicate<JavaClass> notARecord = describe("scenario types that are not records or enums, or"
                + " that are about loading", c -> c.getPackageName().equals(root + ".scenario")
                && (!(c.isRecord() || c.isEnum()) || LOADER_TYPES.contains(c.getSimpleName())));
        return noClasses().that().resideInAnyPackage(core(root)).should().dependOnClassesThat(notARecord);
    }

    private static String[] core(String root) {
        return new String[] {root + ".model..", root + ".rng..", root + ".queueing.."};
    }

    /** The named layers and every leaf. */
    private static String[] with(String... layers) {
        String[] all = new String[layers.length + LEAVES.length];
        System.arraycopy(layers, 0, all, 0, layers.length);
        System.arraycopy(LEAVES, 0, all, layers.length, LEAVES.length);
        return all;
    }
}
