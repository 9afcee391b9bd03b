package org.gridgov.scenario.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.config.JsonInput;
import org.gridgov.config.ListNode;
import org.gridgov.config.MapNode;
import org.gridgov.config.Node;
import org.gridgov.config.ReadContext;
import org.gridgov.config.ScalarNode;
import org.gridgov.config.Source;
import org.gridgov.hash.Sha256;
import org.gridgov.scenario.DistrictMap;
import org.gridgov.scenario.MapCell;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Reads a district's grid map from a GeoJSON FeatureCollection (docs/ODD.md 7.3), one polygon or multipolygon
 * per grid cell, and checks all of it at once: the file, each feature's geometry and properties, then the
 * cells together (overlaps, slivers, shared edges). Every problem names the feature's index and id.
 *
 * <p>JTS does the geometry. Its own GeoJSON reader drops the features' properties and the lines of values, so
 * the file is parsed with {@link JsonInput} and each ring handed to JTS.
 */
public final class GeoJsonMap {
    /** Larger files are refused before they are parsed: a district has hundreds of cells, a city tens of thousands. */
    public static final long MAX_BYTES = 256L << 20;
    public static final int MAX_FEATURES = 200_000;
    /** Most households a cell may have (as {@code city.households_per_cell}). */
    public static final int MAX_HOUSEHOLDS = 100_000;

    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final String file;
    private final ReadContext ctx;
    private final double householdSize;
    private int problems;

    private GeoJsonMap(String file, ReadContext ctx, double householdSize) {
        this.file = file;
        this.ctx = ctx;
        this.householdSize = householdSize;
    }

    /**
     * Reads and checks the map; returns null after reporting every problem to {@code ctx}.
     *
     * @param path where the file is
     * @param file the file as shown in messages
     * @param householdSize persons per household, to turn a cell's {@code residents} into households
     */
    public static DistrictMap read(Path path, String file, double householdSize, ReadContext ctx) {
        return new GeoJsonMap(file, ctx, householdSize).read(path);
    }

    private DistrictMap read(Path path) {
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                problem(0, "", null, "is too large: " + (size >> 20) + " MB; a map may have at most "
                        + (MAX_BYTES >> 20) + " MB");
                return null;
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            problem(0, "", null, "map file not found");
            return null;
        } catch (IOException e) {
            problem(0, "", null, "cannot read the map file: " + e.getMessage());
            return null;
        }
        int before = ctx.problems().size();
        MapNode root = JsonInput.parseBytes(bytes, file, ctx);
        if (ctx.problems().size() > before) {
            return null;
        }
        Node type = root.get("type");
        if (!(type instanceof ScalarNode t) || !t.text().equals("FeatureCollection")) {
            problem(root.source().line(), "type", type instanceof ScalarNode t2 ? t2.text() : null,
                    "not GeoJSON: a map is a GeoJSON FeatureCollection (\"type\": \"FeatureCollection\") of polygons");
            return null;
        }
        Crs crs = Crs.of(root.get("crs"), this);
        Map<String, String> declared = declaredCommunities(root.get("communities"));
        Node featuresNode = root.get("features");
        if (!(featuresNode instanceof ListNode features)) {
            problem(root.source().line(), "features", null, "missing: a FeatureCollection lists its cells under"
                    + " \"features\"");
            return null;
        }
        if (features.items().isEmpty()) {
            problem(features.source().line(), "features", null, "is empty: a map needs at least one cell");
            return null;
        }
        if (features.items().size() > MAX_FEATURES) {
            problem(features.source().line(), "features", null, "has " + features.items().size()
                    + " features; a map may have at most " + MAX_FEATURES);
            return null;
        }
        if (crs == null) {
            return null;
        }
        List<Feature> read = new ArrayList<>();
        for (int i = 0; i < features.items().size(); i++) {
            Feature f = feature(i, features.items().get(i), crs, declared == null);
            if (f != null) {
                read.add(f);
            }
        }
        if (problems > 0) {
            return null;
        }
        Names names = names(read, declared);
        if (problems > 0) {
            return null;
        }
        Plane plane = Plane.of(crs, read.stream().map(f -> f.geometry).toList(), this);
        if (plane == null) {
            return null;
        }
        List<Geometry> metres = read.stream().map(f -> plane.toMetres(f.geometry)).toList();
        Coverage coverage = Coverage.check(metres, read, plane, this);
        if (problems > 0) {
            return null;
        }
        List<MapCell> cells = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            Feature f = read.get(i);
            Geometry g = metres.get(i);
            double area = Double.isNaN(f.areaM2) ? g.getArea() : f.areaM2;
            Coordinate centre = g.getCentroid().getCoordinate();
            cells.add(new MapCell(f.id, f.households, names.community[i], names.street[i], f.old, area, f.intensity,
                    centre.x, centre.y, Plane.rings(g), JsonText.of(f.geometryNode), f.properties));
        }
        return new DistrictMap(file, Sha256.of(bytes), root.get("crs") == null ? null : JsonText.of(root.get("crs")),
                root.get("name") instanceof ScalarNode n && n.quoted() ? n.text() : "", cells, names.communities,
                names.streets, coverage.neighbours());
    }

    /** The top-level {@code communities} member: each community's street, or null when the file has none. */
    private Map<String, String> declaredCommunities(Node node) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof MapNode m)) {
            problem(node.source().line(), "communities", null, "must map each community's name to its street's name");
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        m.entries().forEach((name, street) -> {
            if (street instanceof ScalarNode s && s.quoted() && !s.text().isBlank()) {
                out.put(name, s.text());
            } else {
                problem(street.source().line(), "communities." + name, shown(street),
                        "must be the name of the community's street, in quotes");
            }
        });
        return out;
    }

    /**
     * One feature, checked; null when it has problems (reported). {@code streetRequired}: the file has no
     * communities member, so each cell names its own street.
     */
    private Feature feature(int index, Node node, Crs crs, boolean streetRequired) {
        String at = "features[" + index + "]";
        if (!(node instanceof MapNode m) || !(m.get("type") instanceof ScalarNode t) || !t.text().equals("Feature")) {
            problem(node.source().line(), at, null, "not a GeoJSON Feature (\"type\": \"Feature\")");
            return null;
        }
        int before = problems;
        Node props = m.get("properties");
        MapNode properties = props instanceof MapNode p ? p : null;
        String id = properties == null ? null : id(properties.get("id"));
        String where = id == null ? at : at + " (id " + id + ")";
        if (properties == null) {
            problem(m.source().line(), where + ".properties", null, "missing: each cell needs at least id, households"
                    + " (or residents) and community");
            return null;
        }
        if (properties.get("id") == null) {
            problem(properties.source().line(), where + ".properties.id", null,
                    "missing: each cell needs a unique id (a string or a whole number)");
        } else if (id == null) {
            problem(properties.get("id").source().line(), where + ".properties.id", shown(properties.get("id")),
                    "must be a string or a whole number");
        }
        Feature f = new Feature();
        f.index = index;
        f.id = id;
        f.where = where;
        f.line = m.source().line();
        f.geometryNode = m.get("geometry");
        f.geometry = Geometries.read(f.geometryNode, where + ".geometry", m.source().line(), crs, this);
        f.households = households(properties, where);
        f.community = text(properties, where, "community", true);
        f.street = text(properties, where, "street", false);
        if (streetRequired && properties.get("street") == null) {
            problem(m.source().line(), where + ".properties.street", null, "missing: each cell names its street (or"
                    + " the file's communities member gives each community's street)");
        }
        f.old = flag(properties, where, "old_neighbourhood");
        f.areaM2 = positive(properties, where, "area_m2", 1e9);
        f.intensity = positive(properties, where, "intensity", 100);
        f.properties = new ArrayList<>();
        properties.entries().forEach((k, v) -> f.properties.add(new String[] {k, JsonText.of(v)}));
        if (f.geometry != null) {
            TopologyValidationError error = new IsValidOp(f.geometry).getValidationError();
            if (error != null) {
                Coordinate c = error.getCoordinate();
                problem(f.geometryNode.source().line(), where + ".geometry", null, "is not a valid polygon: "
                        + error.getMessage().toLowerCase(java.util.Locale.ROOT) + " at " + crs.show(c));
            }
        }
        return problems > before ? null : f;
    }

    private static String id(Node node) {
        if (node instanceof ScalarNode s && !s.isNull()) {
            if (s.quoted() && !s.text().isBlank()) {
                return s.text();
            }
            if (!s.quoted() && s.text().matches("-?\\d{1,18}")) {
                return s.text();
            }
        }
        return null;
    }

    private int households(MapNode p, String where) {
        Node h = p.get("households");
        Node r = p.get("residents");
        if (h != null && r != null) {
            problem(h.source().line(), where + ".properties.households", null,
                    "give households or residents, not both");
            return 0;
        }
        if (h == null && r == null) {
            problem(p.source().line(), where + ".properties.households", null,
                    "missing: each cell needs households (or residents)");
            return 0;
        }
        if (h != null) {
            if (!(h instanceof ScalarNode s) || s.quoted() || !s.text().matches("\\d{1,9}")
                    || Integer.parseInt(s.text()) < 1 || Integer.parseInt(s.text()) > MAX_HOUSEHOLDS) {
                problem(h.source().line(), where + ".properties.households", shown(h),
                        "must be a whole number from 1 to " + MAX_HOUSEHOLDS);
                return 0;
            }
            return Integer.parseInt(((ScalarNode) h).text());
        }
        double residents = number(r);
        if (!(residents > 0) || residents > MAX_HOUSEHOLDS * 10.0) {
            problem(r.source().line(), where + ".properties.residents", shown(r),
                    "must be a number above 0 and at most " + MAX_HOUSEHOLDS * 10);
            return 0;
        }
        return (int) Math.max(1, Math.round(residents / householdSize));
    }

    private String text(MapNode p, String where, String key, boolean required) {
        Node n = p.get(key);
        if (n == null) {
            if (required) {
                problem(p.source().line(), where + ".properties." + key, null, "missing: each cell names its " + key);
            }
            return null;
        }
        if (!(n instanceof ScalarNode s) || !s.quoted() || s.text().isBlank()) {
            problem(n.source().line(), where + ".properties." + key, shown(n), "must be a name, in quotes");
            return null;
        }
        return s.text();
    }

    private boolean flag(MapNode p, String where, String key) {
        Node n = p.get(key);
        if (n == null || n instanceof ScalarNode s && s.isNull()) {
            return false;
        }
        if (n instanceof ScalarNode s && !s.quoted() && (s.text().equals("true") || s.text().equals("false"))) {
            return s.text().equals("true");
        }
        problem(n.source().line(), where + ".properties." + key, shown(n), "must be true or false");
        return false;
    }

    /** An optional number above 0 and at most {@code max}; NaN when absent. */
    private double positive(MapNode p, String where, String key, double max) {
        Node n = p.get(key);
        if (n == null || n instanceof ScalarNode s && s.isNull()) {
            return Double.NaN;
        }
        double v = number(n);
        if (!(v > 0) || v > max) {
            problem(n.source().line(), where + ".properties." + key, shown(n),
                    "must be a number above 0 and at most " + (max >= 1e6 ? String.format("%.0e", max) : max));
            return Double.NaN;
        }
        return v;
    }

    /** The number written, or NaN when it is not a JSON number. */
    static double number(Node n) {
        if (n instanceof ScalarNode s && !s.quoted() && !s.isNull()) {
            try {
                return Double.parseDouble(s.text());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    static String shown(Node n) {
        if (n instanceof ScalarNode s) {
            return s.quoted() ? "\"" + s.text() + "\"" : s.text();
        }
        return n instanceof ListNode ? "[...]" : "{...}";
    }

    /** Ids unique; communities and streets named and consistent; their indices for each feature. */
    private Names names(List<Feature> features, Map<String, String> declared) {
        Names n = new Names(features.size());
        Map<String, Feature> byId = new HashMap<>();
        Map<String, Feature> streetOf = new HashMap<>();
        Map<String, Integer> communityIndex = new LinkedHashMap<>();
        Map<String, Integer> streetIndex = new LinkedHashMap<>();
        for (int i = 0; i < features.size(); i++) {
            Feature f = features.get(i);
            Feature first = byId.putIfAbsent(f.id, f);
            if (first != null) {
                problem(f.line, f.where + ".properties.id", f.id, "duplicate id: feature " + first.index
                        + " (line " + first.line + ") has it too; each cell needs its own");
            }
            String street = f.street;
            if (declared != null) {
                String d = declared.get(f.community);
                if (d == null) {
                    problem(f.line, f.where + ".properties.community", f.community, "unknown community; the file's"
                            + " communities member names " + list(declared.keySet()));
                    continue;
                }
                if (street != null && !street.equals(d)) {
                    problem(f.line, f.where + ".properties.street", street, "the communities member puts community '"
                            + f.community + "' in street '" + d + "'");
                    continue;
                }
                street = d;
            } else {
                Feature other = streetOf.putIfAbsent(f.community, f);
                if (other != null && !other.street.equals(street)) {
                    problem(f.line, f.where + ".properties.street", street, "community '" + f.community + "' is in"
                            + " street '" + other.street + "' at feature " + other.index + "; a community lies in one street");
                    continue;
                }
            }
            n.community[i] = communityIndex.computeIfAbsent(f.community, k -> communityIndex.size());
            n.street[i] = streetIndex.computeIfAbsent(street, k -> streetIndex.size());
        }
        n.communities = List.copyOf(communityIndex.keySet());
        n.streets = List.copyOf(streetIndex.keySet());
        return n;
    }

    static String list(java.util.Collection<String> names) {
        List<String> shown = names.stream().limit(8).toList();
        return String.join(", ", shown) + (names.size() > 8 ? " and " + (names.size() - 8) + " more" : "");
    }

    void problem(int line, String path, String value, String message) {
        problems++;
        ctx.report(new Source(file, line), path, value, message);
    }

    /** A feature as read, before the cells are checked together. */
    static final class Feature {
        int index;
        int line;
        String id;
        String where;
        Node geometryNode;
        Geometry geometry;
        int households;
        String community;
        String street;
        boolean old;
        double areaM2;
        double intensity;
        List<String[]> properties;
    }

    private static final class Names {
        final int[] community;
        final int[] street;
        List<String> communities;
        List<String> streets;

        Names(int n) {
            community = new int[n];
            street = new int[n];
        }
    }

    static GeometryFactory geometry() {
        return GEOMETRY;
    }

    static Polygon polygon(LinearRing shell, LinearRing[] holes) {
        return GEOMETRY.createPolygon(shell, holes);
    }
}
