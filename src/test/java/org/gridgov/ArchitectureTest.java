package org.gridgov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The layer graph and the model core's independence (see {@link ArchitectureRules}), checked with ArchUnit on
 * the compiled main classes; and proof that the rules catch violations, on the deliberately misplaced classes
 * of {@code org.gridgov.archfixture}.
 */
class ArchitectureTest {
    private static final String FIXTURES = "org.gridgov.archfixture";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.gridgov");
    private static final JavaClasses MISPLACED = new ClassFileImporter().importPackages(FIXTURES);
    private static final Pattern FIXTURE_CLASS = Pattern.compile(Pattern.quote(FIXTURES) + "\\.[a-z.]*\\.([A-Z]\\w*)");

    @Test
    void dependenciesFollowTheLayers() {
        assertTrue(MAIN.size() >= 150, "main classes not found: " + MAIN.size());
        ArchitectureRules.layers("org.gridgov").check(MAIN);
    }

    @Test
    void coreUsesNoIoCliGuiOrCharts() {
        ArchitectureRules.coreIsFreeOfIoAndUi("org.gridgov").check(MAIN);
    }

    @Test
    void coreUsesOnlyTheScenarioRecords() {
        ArchitectureRules.coreUsesOnlyScenarioRecords("org.gridgov").check(MAIN);
        long uses = MAIN.stream().filter(c -> c.getPackageName().startsWith("org.gridgov.model"))
                .flatMap(c -> c.getDirectDependenciesFromSelf().stream())
                .filter(d -> d.getTargetClass().getPackageName().equals("org.gridgov.scenario")).count();
        assertTrue(uses > 5, "the model should be using the scenario records");
    }

    /** The rules can fail: each catches its misplaced classes, and only those. */
    @Test
    void rulesCatchMisplacedClassesButNotCommentsStringsOrLegalUses() {
        assertEquals(Set.of("UsesCommandLine", "ReadsExperiment", "Stream"),
                violators(ArchitectureRules.layers(FIXTURES)));
        assertEquals(Set.of("ReadsFiles"), violators(ArchitectureRules.coreIsFreeOfIoAndUi(FIXTURES)));
        assertEquals(Set.of("UsesScenarioReader"), violators(ArchitectureRules.coreUsesOnlyScenarioRecords(FIXTURES)));
        // What is caught is the use in code, not the comment or the strings next to it.
        String report = ArchitectureRules.coreIsFreeOfIoAndUi(FIXTURES).evaluate(MISPLACED).getFailureReport().toString();
        assertTrue(report.contains("java.nio.file.Files.readString"), report);
        assertTrue(!report.contains("java.net.URI") && !report.contains("java.awt.Color")
                && !report.contains("java.io.Serializable"), report);
    }

    /** The simple names of the fixture classes a rule reports (the first fixture class of each violation). */
    private static Set<String> violators(ArchRule rule) {
        EvaluationResult result = rule.evaluate(MISPLACED);
        Set<String> names = new TreeSet<>();
        for (String detail : result.getFailureReport().getDetails()) {
            Matcher m = FIXTURE_CLASS.matcher(detail);
            assertTrue(m.find(), detail);
            names.add(m.group(1));
        }
        return names;
    }
}
