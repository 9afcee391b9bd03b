package org.gridgov.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gridgov.model.CaseState;
import org.junit.jupiter.api.Test;

/**
 * The allowed transitions of docs/ODD.md section 3.2 are the model's ({@link CaseState#next()}): every row
 * of the section's table is in the code's table and every move in the code's table has its row.
 */
class OddTransitionsTest {

    private static final Path ODD = Path.of(System.getProperty("basedir", "."), "docs", "ODD.md");
    private static final Pattern ROW = Pattern.compile("^\\| *([A-Z_]+) *\\| *([A-Z_]+) *\\|.*\\|\\s*$");

    /** The "From -> To" rows of section 3.2's table; duplicates and unknown state names are reported. */
    static Set<String> oddMoves(List<String> lines, List<String> problems) {
        Set<String> moves = new TreeSet<>();
        boolean inSection = false;
        for (String line : lines) {
            if (line.startsWith("### ")) {
                inSection = line.startsWith("### 3.2 ");
                continue;
            }
            Matcher m = inSection ? ROW.matcher(line) : null;
            if (m == null || !m.matches()) {
                continue;
            }
            for (int g = 1; g <= 2; g++) {
                try {
                    CaseState.valueOf(m.group(g));
                } catch (IllegalArgumentException e) {
                    problems.add("no state " + m.group(g) + " in: " + line);
                }
            }
            if (!moves.add(m.group(1) + " -> " + m.group(2))) {
                problems.add("listed twice: " + line);
            }
        }
        return moves;
    }

    static Set<String> codeMoves() {
        Set<String> moves = new TreeSet<>();
        for (CaseState from : CaseState.values()) {
            for (CaseState to : from.next()) {
                moves.add(from + " -> " + to);
            }
        }
        return moves;
    }

    @Test
    void section32ListsExactlyTheCodesTransitions() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> odd = oddMoves(Files.readAllLines(ODD), problems);
        assertEquals(List.of(), problems);
        assertTrue(odd.size() > 20, "section 3.2's table was not found: " + odd);
        Set<String> onlyInOdd = new TreeSet<>(odd);
        onlyInOdd.removeAll(codeMoves());
        Set<String> onlyInCode = new TreeSet<>(codeMoves());
        onlyInCode.removeAll(odd);
        assertEquals(Set.of(), onlyInOdd, "in ODD 3.2 but not allowed by CaseState");
        assertEquals(Set.of(), onlyInCode, "allowed by CaseState but missing from ODD 3.2");
    }

    @Test
    void theReaderSeesAMissingOrUnknownRow() {
        List<String> problems = new ArrayList<>();
        Set<String> moves = oddMoves(List.of("### 3.2 The closed loop", "| From | To | Step |", "|---|---|---|",
                "| LATENT | DISCOVERED | found (7.8) |", "| LATENT | DISCOVERED | again |",
                "| LATENT | LOST | nowhere |", "### 3.3 Next", "| FILED | QUEUED | elsewhere |"), problems);
        assertEquals(Set.of("LATENT -> DISCOVERED", "LATENT -> LOST"), moves);
        assertEquals(2, problems.size(), problems.toString());
    }
}
