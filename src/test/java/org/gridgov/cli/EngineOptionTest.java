package org.gridgov.cli;

import static org.gridgov.cli.MainTest.gridgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.gridgov.cli.MainTest.Result;
import org.gridgov.experiment.RunEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --engine}: the default build runs on threads and says how to get the cluster engine. */
class EngineOptionTest {

    private static final String SCENARIO = Path.of("scenarios", "q-city-baseline.yaml").toString();

    @Test
    void withoutTheSparkJarTheSparkEngineIsAUserErrorThatSaysHowToGetIt() {
        assumeTrue(RunEngine.providers().isEmpty(),
                "gridgov-spark's engine is on the class path (mvn -Pspark)");
        Result r = gridgov("compare", SCENARIO, Path.of("scenarios", "grid-personnel.yaml").toString(), "--engine", "spark", "-q");
        assertEquals(2, r.code());
        assertEquals("gridgov compare: --engine spark: this gridgov has no Spark engine; build"
                + " target/gridgov-spark.jar with mvn -Pspark package and start it with spark-submit (README, Running"
                + " on a cluster)\n", r.err());
    }

    @Test
    void anUnknownEngineIsAUserError() {
        Result r = gridgov("size", SCENARIO, "--target", "on_time_rate>=0.5", "--engine", "hadoop", "-q");
        assertEquals(2, r.code());
        assertEquals("gridgov size: --engine hadoop: must be local or spark\n", r.err());
    }

    @Test
    void aSizingWithAnEngineItCannotHaveSaysSoFirstAndLeavesNoFolder(@TempDir Path tmp) {
        Path out = tmp.resolve("size");
        // Not quiet: the header of the search would come first if the engine were opened after it.
        Result r = gridgov("size", SCENARIO, "--target", "on_time_rate>=0.5", "--engine", "hadoop", "--out",
                out.toString());
        assertEquals(2, r.code());
        assertEquals("gridgov size: --engine hadoop: must be local or spark\n", r.err());
        assertFalse(Files.exists(out), "no empty output folder is left");
    }
}
