package org.gridgov.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;

import org.gridgov.scenario.Scenario;
import org.gridgov.scenario.ScenarioReader;
import org.junit.jupiter.api.Test;

/**
 * A run's spec crosses to another machine by Java serialization (the cluster engine ships it to Spark's executors):
 * it must arrive equal, and run to the same metrics, for every shipped scenario, phase-in and schedules included.
 */
class RunSpecSerializationTest {

    @Test
    void everyShippedScenarioArrivesEqualAndRunsTheSame() throws Exception {
        for (String name : List.of("q-city-baseline", "network-governance", "grid-personnel")) {
            Scenario s = ScenarioReader.read(Path.of("scenarios", name + ".yaml"), List.of("city.residents=6000"))
                    .scenario();
            RunSpec spec = new RunSpec(s, 7, 1, 40, 10, false);
            RunSpec back = roundTrip(spec);
            assertEquals(spec, back, name);
            assertEquals(Simulation.run(spec).metrics().asMap(), Simulation.run(back).metrics().asMap(), name);
        }
    }

    static <T> T roundTrip(T object) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            @SuppressWarnings("unchecked")
            T read = (T) in.readObject();
            return read;
        }
    }
}
