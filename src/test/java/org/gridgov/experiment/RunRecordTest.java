package org.gridgov.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.gridgov.run.RunSpec;
import org.gridgov.run.Simulation;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's record reads back exactly, so outputs made from the journal equal those of the run itself. */
class RunRecordTest {

    @TempDir
    Path dir;

    @Test
    void aRecordReadsBackBitForBit() throws Exception {
        var scenario = ScenarioReader.read(TestScenarios.small(dir, "s", 600), List.of()).scenario();
        RunRecord record = RunRecord.of(Simulation.run(new RunSpec(scenario, 3, 1, 10, 1, false)), 4, "abc");
        StringWriter text = new StringWriter();
        record.write(text);
        RunRecord back = RunRecord.parse(text.toString());
        assertEquals(record.metrics(), back.metrics()); // Double.equals: bit for bit, NaN included
        assertArrayEquals(record.daily(), back.daily());
        assertEquals(record.staff(), back.staff());
        assertEquals(List.of(4, 1, "abc"), List.of(back.point(), back.replication(), back.identity()));
        String cut = text.toString().substring(0, text.toString().length() - 4);
        assertThrows(IllegalArgumentException.class, () -> RunRecord.parse(cut));
    }
}
