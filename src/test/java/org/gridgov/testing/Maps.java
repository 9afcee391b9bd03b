package org.gridgov.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test maps from src/test/resources/org/gridgov/maps. */
public final class Maps {
    private Maps() {
    }

    /**
     * The hand-written map of five cells (see DistrictGeometryTest's picture), copied to {@code dir} as
     * tiny.geojson, where a scenario can name it.
     */
    public static Path tiny(Path dir) throws IOException {
        Path map = dir.resolve("tiny.geojson");
        try (InputStream in = Maps.class.getResourceAsStream("/org/gridgov/maps/tiny.geojson")) {
            Files.copy(in, map);
        }
        return map;
    }
}
