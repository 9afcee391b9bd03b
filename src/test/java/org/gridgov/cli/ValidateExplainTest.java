package org.gridgov.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gridgov validate --explain}: each parameter with its declared unit, allowed range and meaning. */
class ValidateExplainTest {

    @TempDir
    Path tmp;

    @Test
    void explainPrintsTheDeclarationUnderEachParameter() throws Exception {
        Path file = tmp.resolve("small-town.yaml");
        Files.writeString(file, "name: small-town\ncity:\n  residents: 20000\n");
        MainTest.Result r = MainTest.gridgov("validate", "--explain", file.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        int parameters = ScenarioReader.read(file, List.of()).resolved().size();
        assertEquals(1 + 2 * parameters, lines.size(), r.out());
        int households = lines.indexOf(lines.stream()
                .filter(l -> l.startsWith("  grid_workers.households_per_worker = 600 ")).findFirst().orElseThrow());
        assertEquals("      [households per worker; 10 - 1,000,000 (whole); may change during a run] Households per"
                + " grid-worker post; posts = max(1, round(households / this)).", lines.get(households + 1));
        assertTrue(lines.contains("      [share of residents; 0 - 1; may change during a run] Share of residents who"
                + " can and would use the channel."), r.out());
        // The city is not a lever: a schedule could not change it (docs/ODD.md 6.1).
        assertTrue(lines.contains("      [residents; 100 - 50,000,000 (whole)] Residents of the simulated area."), r.out());
        assertEquals(MainTest.gridgov("validate", file.toString()).out().lines().toList(),
                lines.stream().filter(l -> !l.startsWith("      ")).toList(), "the listing itself is unchanged");
    }
}
