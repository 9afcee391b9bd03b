package org.gridgov.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class MergeTest {

    private static final String DEFAULTS = """
            city:
              residents: 1000
              household_size: 2.5
              districts:
                north: 1
                south: 2
            channels: [hotline, app]
            seed: 1
            output: none
            """;

    private static MapNode parse(String yaml, String file) {
        ReadContext ctx = new ReadContext();
        MapNode node = YamlInput.parseString(yaml, file, ctx);
        assertEquals(List.of(), ctx.problems());
        return node;
    }

    private static String text(MapNode map, String... path) {
        Node node = map;
        for (String key : path) {
            node = ((MapNode) node).get(key);
        }
        return ((ScalarNode) node).text();
    }

    @Test
    void topValuesReplaceAndMappingsMergeDeeply() {
        MapNode base = parse(DEFAULTS, "defaults.yaml");
        MapNode top = parse("""
                city:
                  residents: 5000
                  districts:
                    south: 20
                    east: 3
                channels: [walk_in]
                """, "x.yaml");
        MapNode merged = Merge.over(base, top);
        assertEquals("5000", text(merged, "city", "residents"));
        assertEquals("2.5", text(merged, "city", "household_size"));
        assertEquals("1", text(merged, "city", "districts", "north"));
        assertEquals("20", text(merged, "city", "districts", "south"));
        assertEquals("3", text(merged, "city", "districts", "east"));
        ListNode channels = (ListNode) merged.get("channels");
        assertEquals(1, channels.items().size(), "lists replace, they do not concatenate");
        assertEquals("walk_in", ((ScalarNode) channels.items().get(0)).text());
    }

    @Test
    void baseOrderIsKeptAndNewKeysFollowInTopOrder() {
        MapNode merged = Merge.over(parse(DEFAULTS, "d.yaml"), parse("""
                zeta: 1
                seed: 7
                alpha: 2
                city: {extra: 1, residents: 3}
                """, "x.yaml"));
        assertEquals(List.of("city", "channels", "seed", "output", "zeta", "alpha"), List.copyOf(merged.entries().keySet()));
        assertEquals(List.of("residents", "household_size", "districts", "extra"),
                List.copyOf(((MapNode) merged.get("city")).entries().keySet()));
    }

    @Test
    void nullRemovesTheKey() {
        MapNode merged = Merge.over(parse(DEFAULTS, "d.yaml"), parse("""
                seed: ~
                output: null
                city:
                  districts:
                  household_size:
                """, "x.yaml"));
        assertNull(merged.get("seed"));
        assertNull(merged.get("output"));
        MapNode city = (MapNode) merged.get("city");
        assertEquals(List.of("residents"), List.copyOf(city.entries().keySet()));
    }

    @Test
    void winningNodesKeepTheirSources() {
        MapNode merged = Merge.over(parse(DEFAULTS, "defaults.yaml"), parse("""
                # the user's file
                city:
                  residents: 5000
                """, "x.yaml"));
        MapNode city = (MapNode) merged.get("city");
        assertEquals(new Source("x.yaml", 3), city.get("residents").source());
        assertEquals(new Source("defaults.yaml", 3), city.get("household_size").source());
        assertEquals(new Source("x.yaml", 2), city.source(), "a merged mapping is located where the top wrote it");
        assertEquals(new Source("defaults.yaml", 7), merged.get("channels").source());
    }

    @Test
    void aMappingReplacesAValueAndAValueReplacesAMapping() {
        MapNode merged = Merge.over(parse(DEFAULTS, "d.yaml"), parse("""
                output: {dir: results}
                city: nowhere
                """, "x.yaml"));
        assertEquals("results", text(merged, "output", "dir"));
        assertInstanceOf(ScalarNode.class, merged.get("city"));
    }

    @Test
    void inputsAreNotChanged() {
        MapNode base = parse(DEFAULTS, "d.yaml");
        MapNode top = parse("seed: 2\ncity: {residents: 9}\n", "x.yaml");
        Merge.over(base, top);
        assertEquals("1", text(base, "seed"));
        assertEquals("1000", text(base, "city", "residents"));
        assertEquals(List.of("seed", "city"), List.copyOf(top.entries().keySet()));
    }
}
