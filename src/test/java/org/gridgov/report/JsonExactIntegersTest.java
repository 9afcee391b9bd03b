package org.gridgov.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.config.JsonInput;
import org.gridgov.config.ListNode;
import org.gridgov.config.MapNode;
import org.gridgov.config.ReadContext;
import org.gridgov.config.ScalarNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provenance must reproduce a run: a seed written to JSON and read back is the same 64-bit integer. */
class JsonExactIntegersTest {

    @TempDir
    Path tmp;

    @Test
    void sixtyFourBitIntegersRoundTripExactly() throws IOException {
        List<Long> seeds = List.of(Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, 1234567890123456L, 1234567890123457L);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seeds", seeds);
        m.put("count", Integer.MAX_VALUE);
        Path file = tmp.resolve("x.json");
        Files.writeString(file, Json.render(m));

        ReadContext ctx = new ReadContext();
        MapNode root = JsonInput.parseFile(file, ctx);
        assertFalse(ctx.hasProblems(), ctx.problems().toString());
        List<Long> back = ((ListNode) root.get("seeds")).items().stream()
                .map(n -> Long.parseLong(((ScalarNode) n).text())).toList();
        assertEquals(seeds, back);
        assertEquals(Integer.toString(Integer.MAX_VALUE), ((ScalarNode) root.get("count")).text());
    }

    @Test
    void fractionsStillUseTheUsualFormat() {
        assertEquals("0.25\n", Json.render(0.25));
        assertEquals("null\n", Json.render(Double.NaN));
    }
}
