import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Writes the sample sub-district map, maps/sample-district.geojson, from the rules in maps/README.md.
 *
 * <pre>java maps/SampleDistrict.java maps/sample-district.geojson</pre>
 *
 * JDK only, deterministic (fixed seed, StrictMath), checks its own output and writes nothing if a rule breaks.
 *
 * <p>How it works. Everything is first laid out in a "design plane" (u east, v north, whole metres):
 * the river is the band RIVER_S..RIVER_N, the railway the band RAIL_W..RAIL_E, roads split each quarter into
 * blocks, each block is cut into rectangular cells, and the bridges and railway crossings are short tabs of the
 * cells at their ends. The plane is cut into "atoms" by every u and v that occurs, each atom gets the label of
 * the cell or gap that covers it, and each region's boundary is traced on the atom grid. A boundary node is kept
 * where three or more regions meet or the boundary turns, so a neighbour's corner is always a vertex of the
 * long edge it touches (no T-junctions), and every shared stretch is then cut into equal pieces of at most
 * DENSIFY metres in the same way from both sides. Only then are the vertices warped (rotation, a bend that
 * makes the river meander, gentle wobbles) into local metres and rounded to 1e-7 degrees, once per vertex:
 * neighbours share their boundary vertex for vertex.
 */
public final class SampleDistrict {

    // ---------------------------------------------------------------- rules (maps/README.md gives the same numbers)
    static final long SEED = 20261204L;
    static final int W = 3000, H = 2500;                        // design extent, metres
    static final int RIVER_S = 950, RIVER_N = 1040;             // river banks (90 m before the warp)
    static final int RIVER_MID = (RIVER_S + RIVER_N) / 2;
    static final int RAIL_W = 2134, RAIL_E = 2166, RAIL_MID = (RAIL_W + RAIL_E) / 2; // railway, 32 m
    static final int[] BRIDGES = {800, 2560};                   // centre lines of the two bridge roads
    static final int DECK_HALF = 24;                            // each half of a bridge or underpass, metres
    static final int PARK_DEPTH = 170;                          // riverside park strip, metres
    static final int MIN_SIDE = 40;                             // no cell narrower than this, metres
    static final int DENSIFY = 120;                             // longest straight piece of a boundary, metres
    static final double OLD_CU = 760, OLD_CV = RIVER_N + 300, OLD_RU = 700, OLD_RV = 400; // old-town ellipse
    static final double ROTATION = 0.14;                        // radians, counter-clockwise
    static final double LON0 = 115.0, LAT0 = 35.0, EARTH_R = 6371008.8;
    static final String STREET = "Sample Street";
    static final int CELLS_MIN = 250, CELLS_MAX = 320, COMM_MIN = 20, COMM_MAX = 25, COMM_CELLS_MIN = 8,
            COMM_CELLS_MAX = 16, HH_MIN = 300, HH_MAX = 500, TOTAL_HH_MIN = 80_000, TOTAL_HH_MAX = 140_000;
    static final double CELL_HA_MIN = 0.8, CELL_HA_MAX = 15.0;

    // community names: neutral ones in order, and a few that say where the community is (see name())
    static final String[] OLD_NAMES = {"Gulou", "Fuqian", "Laojie", "Wenmiao", "Shizi", "Chenghuang"};
    static final String[] NEW_NAMES = {"Heping", "Xinhua", "Jianshe", "Wenhua", "Xingfu", "Chaoyang", "Jinxiu",
        "Huayuan", "Yuhua", "Mingzhu", "Guanghua", "Qingnian", "Dongfeng", "Shuguang", "Yongan", "Changqing",
        "Lanting", "Taoyuan", "Lijing", "Hongxing", "Fuxing", "Xiangyang", "Hexie", "Jinxing"};

    enum Kind {
        OLD(230, 330), HIGH_RISE(125, 200), MIXED(70, 110), LOW(32, 45);
        final double dMin, dMax;                                // households per hectare
        Kind(double dMin, double dMax) { this.dMin = dMin; this.dMax = dMax; }
    }

    static final int NW = 0, NE = 1, SW = 2, SE = 3;
    static final String[] ZONE = {"north-west", "north-east", "south-west", "south-east"};

    record Rect(int u0, int v0, int u1, int v1) {
        Rect {
            if (u1 <= u0 || v1 <= v0) throw new IllegalStateException("empty rectangle " + u0 + "," + v0 + "," + u1 + "," + v1);
        }
        int w() { return u1 - u0; }
        int h() { return v1 - v0; }
        double cu() { return (u0 + u1) / 2.0; }
        double cv() { return (v0 + v1) / 2.0; }
    }

    static final class Block {
        final Rect r; final int zone; Kind kind; double density;
        Block(Rect r, int zone) { this.r = r; this.zone = zone; }
    }

    /** A closed ring without its closing point: design coordinates, and rounded lon/lat in units of 1e-7 degree. */
    static final class Ring {
        double[] u, v; long[] lon, lat; int n;
        double minX, minY, maxX, maxY;   // in 1e-7 degrees
    }

    static final class Cell {
        final Rect rect; final Block block; int region; Ring ring; double areaM2; int households;
        int community = -1; String id;
        Cell(Rect rect, Block block) { this.rect = rect; this.block = block; }
    }

    static final class Gap {
        final String kind; Ring ring; double areaM2;
        Gap(String kind) { this.kind = kind; }
    }

    record PKey(double u, double v) { }
    record EKey(long ax, long ay, long bx, long by) { }

    final SplittableRandom rnd = new SplittableRandom(SEED);
    final double[][] modes = new double[8][];   // wobble modes: amplitude, wavelength, direction, phase
    double meanderPhase, bendPhase, widthPhase;
    int crossNorth, crossSouth;
    final List<Block> blocks = new ArrayList<>();
    final List<Cell> cells = new ArrayList<>();
    final List<Gap> gaps = new ArrayList<>();
    final List<Rect> gapRects = new ArrayList<>();
    final List<Integer> gapRectKind = new ArrayList<>();
    static final String[] GAP_KIND = {"river", "railway", "park"};
    Ring outline;
    final List<List<Integer>> communities = new ArrayList<>();
    final List<String> communityNames = new ArrayList<>();
    int clamped;

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java maps/SampleDistrict.java maps/sample-district.geojson");
            System.exit(2);
        }
        Path out = Paths.get(args[0]).toAbsolutePath().normalize();
        SampleDistrict d = new SampleDistrict();
        String json;
        try {
            json = d.generate();
        } catch (IllegalStateException e) {
            System.err.println("SampleDistrict: a rule is broken, nothing written: " + e.getMessage());
            System.exit(1);
            return;
        }
        writeAtomically(out, json.getBytes(StandardCharsets.UTF_8));
        System.err.println(d.summary(out, Files.size(out)));
    }

    String generate() {
        initWarp();
        layout();
        for (Block b : blocks) for (Rect r : cutBlock(b)) cells.add(new Cell(r, b));
        buildRegions();
        for (Cell c : cells) {
            c.areaM2 = areaM2(c.ring);
            double hh = c.areaM2 / 1e4 * c.block.density * (0.98 + 0.04 * rnd.nextDouble());
            long h = Math.round(hh);
            if (h < HH_MIN || h > HH_MAX) clamped++;
            c.households = (int) Math.max(HH_MIN, Math.min(HH_MAX, h));
        }
        for (Gap g : gaps) g.areaM2 = areaM2(g.ring);
        formCommunities();
        check();
        return json();
    }

    // ---------------------------------------------------------------- the warp from the design plane to local metres

    void initWarp() {
        meanderPhase = 2 * Math.PI * rnd.nextDouble();
        bendPhase = 2 * Math.PI * rnd.nextDouble();
        widthPhase = 2 * Math.PI * rnd.nextDouble();
        for (int k = 0; k < modes.length; k++) {
            modes[k] = new double[] {6 + 4 * rnd.nextDouble(), 700 + 700 * rnd.nextDouble(),
                Math.PI * rnd.nextDouble(), 2 * Math.PI * rnd.nextDouble()};
        }
    }

    /** Design plane (u, v) to local metres (x east, y north) about the district's centre. */
    double[] warp(double u, double v) {
        double dx = 45 * StrictMath.sin(2 * Math.PI * v / 3200 + bendPhase);
        double dy = 70 * StrictMath.sin(2 * Math.PI * u / 2600 + meanderPhase);
        double t = (v - RIVER_MID) / 350.0;                      // the river widens and narrows: +-20 m
        dy += (v - RIVER_MID) * 0.22 * StrictMath.sin(2 * Math.PI * u / 1700 + widthPhase) * StrictMath.exp(-t * t);
        for (int k = 0; k < modes.length; k++) {
            double[] m = modes[k];
            double s = m[0] * StrictMath.sin(2 * Math.PI * (u * StrictMath.cos(m[2]) + v * StrictMath.sin(m[2])) / m[1] + m[3]);
            if (k % 2 == 0) dx += s; else dy += s;
        }
        double x0 = u - W / 2.0 + dx, y0 = v - H / 2.0 + dy;
        double c = StrictMath.cos(ROTATION), s = StrictMath.sin(ROTATION);
        return new double[] {x0 * c - y0 * s, x0 * s + y0 * c};
    }

    static final double COS_LAT0 = StrictMath.cos(Math.toRadians(LAT0));

    long[] toLonLat(double[] xy) {
        double lon = LON0 + Math.toDegrees(xy[0] / (EARTH_R * COS_LAT0));
        double lat = LAT0 + Math.toDegrees(xy[1] / EARTH_R);
        return new long[] {Math.round(lon * 1e7), Math.round(lat * 1e7)};
    }

    static double xMetres(long lonE7) { return Math.toRadians((lonE7 - Math.round(LON0 * 1e7)) * 1e-7) * EARTH_R * COS_LAT0; }
    static double yMetres(long latE7) { return Math.toRadians((latE7 - Math.round(LAT0 * 1e7)) * 1e-7) * EARTH_R; }

    /** Warped area of a design rectangle, for planning (edges sampled every 50 m). */
    double plannedArea(Rect r) {
        List<double[]> pts = new ArrayList<>();
        int[][] corners = {{r.u0(), r.v0()}, {r.u1(), r.v0()}, {r.u1(), r.v1()}, {r.u0(), r.v1()}};
        for (int k = 0; k < 4; k++) {
            int[] a = corners[k], b = corners[(k + 1) % 4];
            int n = (int) Math.ceil(Math.max(Math.abs(b[0] - a[0]), Math.abs(b[1] - a[1])) / 50.0);
            for (int i = 0; i < n; i++) pts.add(warp(a[0] + (b[0] - a[0]) * (double) i / n, a[1] + (b[1] - a[1]) * (double) i / n));
        }
        double s = 0;
        for (int i = 0; i < pts.size(); i++) {
            double[] p = pts.get(i), q = pts.get((i + 1) % pts.size());
            s += p[0] * q[1] - q[0] * p[1];
        }
        return s / 2;
    }

    // ---------------------------------------------------------------- roads and blocks

    /** Positions a = p0 < p1 < ... < pk = b cutting [a, b] into parts of lo..hi metres. */
    int[] split(int a, int b, int lo, int hi) {
        int len = b - a, kMin = (len + hi - 1) / hi, kMax = len / lo;
        if (kMin > kMax) throw new IllegalStateException("cannot cut " + len + " m into parts of " + lo + "-" + hi + " m");
        int k = Math.max(kMin, Math.min(kMax, (int) Math.round(len / ((lo + hi) / 2.0))));
        for (int attempt = 0; attempt < 1000; attempt++) {
            int[] p = weighted(a, b, k, 0.75, 1.25);
            boolean ok = true;
            for (int i = 0; i < k; i++) ok &= p[i + 1] - p[i] >= lo && p[i + 1] - p[i] <= hi;
            if (ok) return p;
        }
        throw new IllegalStateException("cannot cut " + len + " m into " + k + " parts of " + lo + "-" + hi + " m");
    }

    int[] weighted(int a, int b, int k, double wMin, double wMax) {
        double[] w = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) sum += w[i] = wMin + (wMax - wMin) * rnd.nextDouble();
        int[] p = new int[k + 1];
        p[0] = a;
        p[k] = b;
        double acc = 0;
        for (int i = 1; i < k; i++) {
            acc += w[i - 1];
            p[i] = a + (int) Math.round((b - a) * acc / sum);
        }
        return p;
    }

    static int[] concat(int[] x, int[] y) {
        if (x[x.length - 1] != y[0]) throw new IllegalStateException("lines do not meet");
        int[] r = Arrays.copyOf(x, x.length + y.length - 1);
        System.arraycopy(y, 1, r, x.length, y.length - 1);
        return r;
    }

    static boolean inOldTown(double u, double v) {
        double a = (u - OLD_CU) / OLD_RU, b = (v - OLD_CV) / OLD_RV;
        return a * a + b * b < 1;
    }

    void layout() {
        crossNorth = 1640 + rnd.nextInt(81);     // the road that passes under the railway north of the river
        crossSouth = 440 + rnd.nextInt(71);      // and south of it
        int[] northWestCols = concat(split(0, BRIDGES[0], 300, 450), split(BRIDGES[0], RAIL_W, 320, 650));
        int[] southWestCols = concat(split(0, BRIDGES[0], 330, 700), split(BRIDGES[0], RAIL_W, 350, 700));
        int[] eastCols = concat(split(RAIL_E, BRIDGES[1], 300, 700), split(BRIDGES[1], W, 300, 700));
        int[] northRows = concat(new int[] {RIVER_N, crossNorth}, split(crossNorth, H, 350, 700));
        int[] southRows = {0, crossSouth, RIVER_S};
        addZone(NW, northWestCols, northRows, crossNorth);
        addZone(NE, eastCols, northRows, crossNorth);
        addZone(SW, southWestCols, southRows, crossSouth);
        addZone(SE, eastCols, southRows, crossSouth);

        // riverside park: the river-front strip of the south-west block nearest u = 1450 that is not at a bridge
        Block parkBlock = null;
        for (Block b : blocks) {
            if (b.zone == SW && b.r.v1() == RIVER_S && b.r.u0() != BRIDGES[0] && b.r.u1() != BRIDGES[0]
                    && b.r.u1() != RAIL_W && (parkBlock == null || Math.abs(b.r.cu() - 1450) < Math.abs(parkBlock.r.cu() - 1450))) {
                parkBlock = b;
            }
        }
        if (parkBlock == null) throw new IllegalStateException("no block for the park");
        Rect p = parkBlock.r;
        addGapRect(new Rect(p.u0(), p.v1() - PARK_DEPTH, p.u1(), p.v1()), 2);
        Block rest = new Block(new Rect(p.u0(), p.v0(), p.u1(), p.v1() - PARK_DEPTH), SW);
        blocks.set(blocks.indexOf(parkBlock), rest);

        for (Block b : blocks) {
            Rect r = b.r;
            if (b.zone == NW && inOldTown(r.cu(), r.cv())) b.kind = Kind.OLD;
            else if (b.zone == NE && r.u0() == BRIDGES[1] && r.cv() > crossNorth) b.kind = Kind.LOW;   // business park
            else if (b.zone == SW && r.u0() == 0 && r.v0() == 0) b.kind = Kind.LOW;                 // school campus
            else if (b.zone == SE && r.u1() == W && r.v0() == 0) b.kind = Kind.LOW;                 // vocational college
            else if ((b.zone == NW || b.zone == SW) && r.u1() == RAIL_W) b.kind = Kind.MIXED;       // by the railway
            else b.kind = Kind.HIGH_RISE;
        }
        addGapRect(new Rect(0, RIVER_S, W, RIVER_N), 0);
        addGapRect(new Rect(RAIL_W, 0, RAIL_E, RIVER_S), 1);
        addGapRect(new Rect(RAIL_W, RIVER_N, RAIL_E, H), 1);
    }

    void addGapRect(Rect r, int kind) {
        gapRects.add(r);
        gapRectKind.add(kind);
    }

    /** One column of blocks per pair of column lines; rows follow the quarter's roads, some shifted (T-junctions). */
    void addZone(int zone, int[] cols, int[] baseRows, int crossing) {
        for (int c = 0; c + 1 < cols.length; c++) {
            int u0 = cols[c], u1 = cols[c + 1];
            boolean byRail = u1 == RAIL_W || u0 == RAIL_E;
            boolean oldTown = zone == NW && inOldTown((u0 + u1) / 2.0, (baseRows[0] + baseRows[1]) / 2.0);
            int[] rows = baseRows.clone();
            for (int k = 1; k + 1 < rows.length; k++) {
                if (rows[k] == crossing && (byRail || oldTown)) continue;
                if (rnd.nextDouble() < 0.45) {
                    int shifted = rows[k] + (rnd.nextBoolean() ? 1 : -1) * (40 + rnd.nextInt(71));
                    int below = shifted - rows[k - 1], above = rows[k + 1] - shifted;
                    if (below >= 300 && below <= 700 && above >= 300 && above <= 700) rows[k] = shifted;
                }
            }
            List<Integer> lines = new ArrayList<>();
            lines.add(rows[0]);
            for (int k = 0; k + 1 < rows.length; k++) {
                // old town: a street halves each row of 600 m or more
                if (zone == NW && inOldTown((u0 + u1) / 2.0, (rows[k] + rows[k + 1]) / 2.0) && rows[k + 1] - rows[k] >= 600) {
                    int[] s = split(rows[k], rows[k + 1], 300, 450);
                    for (int i = 1; i < s.length; i++) lines.add(s[i]);
                } else {
                    lines.add(rows[k + 1]);
                }
            }
            for (int k = 0; k + 1 < lines.size(); k++) blocks.add(new Block(new Rect(u0, lines.get(k), u1, lines.get(k + 1)), zone));
        }
    }

    /** Cuts a block into n cells (columns of varying width, each cut into its own number of rows). */
    List<Rect> cutBlock(Block b) {
        double areaHa = plannedArea(b.r) / 1e4;
        double nominal = b.kind.dMin + (b.kind.dMax - b.kind.dMin) * rnd.nextDouble();
        int n = Math.max(1, (int) Math.round(areaHa * nominal / 400.0));
        b.density = 400.0 * n / areaHa * (0.95 + 0.10 * rnd.nextDouble());
        for (int attempt = 0; attempt < 5000; attempt++) {
            boolean alongU = rnd.nextBoolean();
            int la = alongU ? b.r.w() : b.r.h(), lb = alongU ? b.r.h() : b.r.w();
            double side = Math.sqrt(areaHa * 1e4 / n) * (0.8 + 0.6 * rnd.nextDouble());
            int c = (int) Math.max(1, Math.min(n, Math.round(la / side)));
            int[] cols = weighted(0, la, c, 0.8, 1.2);
            int[] counts = apportion(n, cols);
            List<Rect> out = new ArrayList<>();
            boolean ok = true;
            for (int k = 0; k < c && ok; k++) {
                int[] rows = weighted(0, lb, counts[k], 0.8, 1.2);
                for (int m = 0; m < counts[k] && ok; m++) {
                    int a0 = cols[k], a1 = cols[k + 1], b0 = rows[m], b1 = rows[m + 1];
                    int sa = a1 - a0, sb = b1 - b0;
                    if (Math.min(sa, sb) < MIN_SIDE || Math.max(sa, sb) > 4.5 * Math.min(sa, sb)) { ok = false; break; }
                    Rect r = alongU ? new Rect(b.r.u0() + a0, b.r.v0() + b0, b.r.u0() + a1, b.r.v0() + b1)
                                    : new Rect(b.r.u0() + b0, b.r.v0() + a0, b.r.u0() + b1, b.r.v0() + a1);
                    double hh = (plannedArea(r) + tabArea(r)) / 1e4 * b.density;
                    ok = hh >= 315 && hh <= 480;
                    out.add(r);
                }
            }
            if (ok) return out;
        }
        throw new IllegalStateException("cannot cut block " + b.r + " (" + b.kind + ") into " + n + " cells");
    }

    /** Planned area of the bridge or crossing tabs a cell would carry. */
    double tabArea(Rect r) {
        double a = 0;
        for (Rect[] t : tabs()) {
            Rect p = t[1];
            if (p.u0() >= r.u0() && p.u1() <= r.u1() && p.v0() >= r.v0() && p.v1() <= r.v1()) a += plannedArea(t[0]);
        }
        return a;
    }

    static int[] apportion(int n, int[] cols) {
        int c = cols.length - 1, total = cols[c] - cols[0];
        int[] k = new int[c];
        double[] frac = new double[c];
        int given = 0;
        for (int i = 0; i < c; i++) {
            double ideal = (double) n * (cols[i + 1] - cols[i]) / total;
            k[i] = Math.max(1, (int) Math.floor(ideal));
            frac[i] = ideal - Math.floor(ideal);
            given += k[i];
        }
        while (given < n) {
            int best = 0;
            for (int i = 1; i < c; i++) if (frac[i] > frac[best]) best = i;
            k[best]++;
            frac[best] = -1;
            given++;
        }
        while (given > n) {
            int best = -1;
            for (int i = 0; i < c; i++) if (k[i] > 1 && (best < 0 || k[i] > k[best])) best = i;
            k[best]--;
            given--;
        }
        return k;
    }

    // ---------------------------------------------------------------- atoms, regions, rings

    int[] au, av;
    int nu, nv;
    int[] reg;              // region of each atom, -1 outside
    BitSet essential;
    final Map<PKey, long[]> vertexCache = new HashMap<>();
    final TreeSet<Integer> bridgeCells = new TreeSet<>();

    int atom(int i, int j) { return i < 0 || j < 0 || i >= nu || j >= nv ? -1 : reg[i + j * nu]; }
    int node(int i, int j) { return i + j * (nu + 1); }

    void buildRegions() {
        TreeSet<Integer> us = new TreeSet<>(), vs = new TreeSet<>();
        List<Rect> all = new ArrayList<>(gapRects);
        for (Cell c : cells) all.add(c.rect);
        List<Rect[]> tabs = tabs();
        for (Rect[] t : tabs) all.add(t[0]);
        for (Rect r : all) {
            us.add(r.u0()); us.add(r.u1()); vs.add(r.v0()); vs.add(r.v1());
        }
        au = us.stream().mapToInt(Integer::intValue).toArray();
        av = vs.stream().mapToInt(Integer::intValue).toArray();
        nu = au.length - 1;
        nv = av.length - 1;
        int nc = cells.size();
        int[] lab = new int[nu * nv];
        Arrays.fill(lab, -1);
        for (int g = 0; g < gapRects.size(); g++) paint(lab, gapRects.get(g), nc + gapRectKind.get(g), false);
        for (int c = 0; c < nc; c++) paint(lab, cells.get(c).rect, c, true);
        for (Rect[] t : tabs) {
            Rect probe = t[1];
            int c = lab[containing(au, probe.u0()) + containing(av, probe.v0()) * nu];
            if (c < 0 || c >= nc) throw new IllegalStateException("a bridge or crossing does not end at a cell: " + probe);
            paint(lab, t[0], c, false);
            if (t[0].v0() >= RIVER_S && t[0].v1() <= RIVER_N) bridgeCells.add(c);
        }
        for (int a = 0; a < lab.length; a++) if (lab[a] < 0) throw new IllegalStateException("a hole in the layout at atom " + a);

        // regions = connected pieces of one label (the river and the railway fall into several pieces)
        reg = new int[nu * nv];
        Arrays.fill(reg, -1);
        List<Integer> regionLabel = new ArrayList<>();
        int[] cellRegion = new int[nc];
        Arrays.fill(cellRegion, -1);
        for (int a = 0; a < lab.length; a++) {
            if (reg[a] >= 0) continue;
            int r = regionLabel.size(), l = lab[a];
            regionLabel.add(l);
            ArrayDeque<Integer> q = new ArrayDeque<>();
            reg[a] = r;
            q.add(a);
            while (!q.isEmpty()) {
                int x = q.poll(), i = x % nu, j = x / nu;
                int[][] nb = {{i - 1, j}, {i + 1, j}, {i, j - 1}, {i, j + 1}};
                for (int[] p : nb) {
                    if (p[0] < 0 || p[1] < 0 || p[0] >= nu || p[1] >= nv) continue;
                    int y = p[0] + p[1] * nu;
                    if (reg[y] < 0 && lab[y] == l) { reg[y] = r; q.add(y); }
                }
            }
            if (l < nc) {
                if (cellRegion[l] >= 0) throw new IllegalStateException("cell " + l + " falls into two pieces");
                cellRegion[l] = r;
            }
        }
        int nr = regionLabel.size();

        essential = new BitSet();
        for (int j = 0; j <= nv; j++) {
            for (int i = 0; i <= nu; i++) {
                int sw = atom(i - 1, j - 1), se = atom(i, j - 1), nw = atom(i - 1, j), ne = atom(i, j);
                if (!((sw == nw && se == ne) || (sw == se && nw == ne))) essential.set(node(i, j));
            }
        }

        List<Map<Integer, Integer>> next = new ArrayList<>();
        for (int r = 0; r < nr; r++) next.add(new HashMap<>());
        Map<Integer, Integer> outer = new HashMap<>();
        for (int j = 0; j < nv; j++) {
            for (int i = 0; i < nu; i++) {
                int r = atom(i, j);
                int[][] sides = {   // neighbour atom, directed edge with the region on its left
                    {i, j - 1, node(i, j), node(i + 1, j)},
                    {i + 1, j, node(i + 1, j), node(i + 1, j + 1)},
                    {i, j + 1, node(i + 1, j + 1), node(i, j + 1)},
                    {i - 1, j, node(i, j + 1), node(i, j)}};
                for (int[] s : sides) {
                    int o = atom(s[0], s[1]);
                    if (o == r) continue;
                    if (next.get(r).put(s[2], s[3]) != null) throw new IllegalStateException("region " + r + " pinches");
                    if (o < 0 && outer.put(s[2], s[3]) != null) throw new IllegalStateException("the outline pinches");
                }
            }
        }
        Ring[] rings = new Ring[nr];
        for (int r = 0; r < nr; r++) rings[r] = trace(next.get(r), "region " + r);
        outline = trace(outer, "outline");
        for (int c = 0; c < nc; c++) {
            cells.get(c).region = cellRegion[c];
            cells.get(c).ring = rings[cellRegion[c]];
        }
        for (int r = 0; r < nr; r++) {
            int l = regionLabel.get(r);
            if (l >= nc) {
                Gap g = new Gap(GAP_KIND[l - nc]);
                g.ring = rings[r];
                gaps.add(g);
            }
        }
    }

    /** Index of the atom interval [a[i], a[i+1]) that holds x. */
    static int containing(int[] a, int x) {
        int i = Arrays.binarySearch(a, x);
        return i >= 0 ? i : -i - 2;
    }

    void paint(int[] lab, Rect r, int label, boolean mustBeEmpty) {
        int i0 = Arrays.binarySearch(au, r.u0()), i1 = Arrays.binarySearch(au, r.u1());
        int j0 = Arrays.binarySearch(av, r.v0()), j1 = Arrays.binarySearch(av, r.v1());
        for (int j = j0; j < j1; j++) {
            for (int i = i0; i < i1; i++) {
                if (mustBeEmpty && lab[i + j * nu] >= 0) throw new IllegalStateException("cells overlap in the layout at " + r);
                lab[i + j * nu] = label;
            }
        }
    }

    /** Bridges and railway crossings: {tab, probe} where the probe is the 1 m square of the cell the tab joins. */
    List<Rect[]> tabs() {
        List<Rect[]> t = new ArrayList<>();
        int d = DECK_HALF;
        for (int b : BRIDGES) {
            t.add(new Rect[] {new Rect(b - d, RIVER_MID, b, RIVER_N), new Rect(b - 1, RIVER_N, b, RIVER_N + 1)});
            t.add(new Rect[] {new Rect(b, RIVER_MID, b + d, RIVER_N), new Rect(b, RIVER_N, b + 1, RIVER_N + 1)});
            t.add(new Rect[] {new Rect(b - d, RIVER_S, b, RIVER_MID), new Rect(b - 1, RIVER_S - 1, b, RIVER_S)});
            t.add(new Rect[] {new Rect(b, RIVER_S, b + d, RIVER_MID), new Rect(b, RIVER_S - 1, b + 1, RIVER_S)});
        }
        for (int c : new int[] {crossNorth, crossSouth}) {
            t.add(new Rect[] {new Rect(RAIL_W, c - d, RAIL_MID, c), new Rect(RAIL_W - 1, c - 1, RAIL_W, c)});
            t.add(new Rect[] {new Rect(RAIL_W, c, RAIL_MID, c + d), new Rect(RAIL_W - 1, c, RAIL_W, c + 1)});
            t.add(new Rect[] {new Rect(RAIL_MID, c - d, RAIL_E, c), new Rect(RAIL_E, c - 1, RAIL_E + 1, c)});
            t.add(new Rect[] {new Rect(RAIL_MID, c, RAIL_E, c + d), new Rect(RAIL_E, c, RAIL_E + 1, c + 1)});
        }
        return t;
    }

    /** Walks a region's directed boundary edges once round, keeps the essential nodes, densifies, warps, rounds. */
    Ring trace(Map<Integer, Integer> next, String what) {
        int start = Integer.MAX_VALUE;
        for (int k : next.keySet()) start = Math.min(start, k);
        List<Integer> kept = new ArrayList<>();
        int cur = start;
        do {
            if (essential.get(cur)) kept.add(cur);
            Integer nx = next.remove(cur);
            if (nx == null) throw new IllegalStateException(what + ": open boundary");
            cur = nx;
        } while (cur != start);
        if (!next.isEmpty()) throw new IllegalStateException(what + " has a hole or a second piece");
        List<double[]> pts = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            int p = kept.get(k), q = kept.get((k + 1) % kept.size());
            double pu = au[p % (nu + 1)], pv = av[p / (nu + 1)], qu = au[q % (nu + 1)], qv = av[q / (nu + 1)];
            pts.add(new double[] {pu, pv});
            int n = (int) Math.ceil((Math.abs(qu - pu) + Math.abs(qv - pv)) / DENSIFY);
            boolean forward = pu < qu || (pu == qu && pv < qv);      // cut the same way from both sides
            double au0 = forward ? pu : qu, av0 = forward ? pv : qv, au1 = forward ? qu : pu, av1 = forward ? qv : pv;
            for (int s = 1; s < n; s++) {
                int m = forward ? s : n - s;
                pts.add(new double[] {au0 + (au1 - au0) * m / n, av0 + (av1 - av0) * m / n});
            }
        }
        Ring ring = new Ring();
        ring.n = pts.size();
        ring.u = new double[ring.n];
        ring.v = new double[ring.n];
        ring.lon = new long[ring.n];
        ring.lat = new long[ring.n];
        ring.minX = ring.minY = Double.MAX_VALUE;
        ring.maxX = ring.maxY = -Double.MAX_VALUE;
        for (int k = 0; k < ring.n; k++) {
            double[] p = pts.get(k);
            long[] ll = vertexCache.computeIfAbsent(new PKey(p[0], p[1]), key -> toLonLat(warp(key.u(), key.v())));
            ring.u[k] = p[0];
            ring.v[k] = p[1];
            ring.lon[k] = ll[0];
            ring.lat[k] = ll[1];
            ring.minX = Math.min(ring.minX, ll[0]);
            ring.maxX = Math.max(ring.maxX, ll[0]);
            ring.minY = Math.min(ring.minY, ll[1]);
            ring.maxY = Math.max(ring.maxY, ll[1]);
        }
        return ring;
    }

    static double areaM2(Ring r) {
        double s = 0, x0 = xMetres(r.lon[0]), y0 = yMetres(r.lat[0]);
        for (int k = 0; k < r.n; k++) {
            int l = (k + 1) % r.n;
            double ax = xMetres(r.lon[k]) - x0, ay = yMetres(r.lat[k]) - y0, bx = xMetres(r.lon[l]) - x0, by = yMetres(r.lat[l]) - y0;
            s += ax * by - bx * ay;
        }
        return s / 2;
    }

    // ---------------------------------------------------------------- adjacency and communities

    List<TreeSet<Integer>> adj;                 // cells sharing at least one edge
    final Map<Long, Double> sharedLength = new HashMap<>();

    static long pair(int a, int b) { return Math.min(a, b) * 100_000L + Math.max(a, b); }

    void buildAdjacency() {
        Map<EKey, Integer> owner = new HashMap<>();
        for (int c = 0; c < cells.size(); c++) {
            Ring r = cells.get(c).ring;
            for (int k = 0; k < r.n; k++) {
                int l = (k + 1) % r.n;
                if (owner.put(new EKey(r.lon[k], r.lat[k], r.lon[l], r.lat[l]), c) != null)
                    throw new IllegalStateException("two cells run along the same edge in the same direction");
            }
        }
        adj = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) adj.add(new TreeSet<>());
        for (int c = 0; c < cells.size(); c++) {
            Ring r = cells.get(c).ring;
            for (int k = 0; k < r.n; k++) {
                int l = (k + 1) % r.n;
                Integer o = owner.get(new EKey(r.lon[l], r.lat[l], r.lon[k], r.lat[k]));
                if (o == null) continue;
                adj.get(c).add(o);
                if (c < o) {
                    double len = Math.hypot(xMetres(r.lon[l]) - xMetres(r.lon[k]), yMetres(r.lat[l]) - yMetres(r.lat[k]));
                    sharedLength.merge(pair(c, o), len, Double::sum);
                }
            }
        }
    }

    int zone(int c) { return cells.get(c).block.zone; }

    double[] centre(int c) { Rect r = cells.get(c).rect; return new double[] {r.cu(), r.cv()}; }

    boolean connected(List<Integer> set) {
        if (set.isEmpty()) return false;
        TreeSet<Integer> in = new TreeSet<>(set), seen = new TreeSet<>();
        ArrayDeque<Integer> q = new ArrayDeque<>();
        q.add(set.get(0));
        seen.add(set.get(0));
        while (!q.isEmpty()) {
            int c = q.poll();
            for (int o : adj.get(c)) if (in.contains(o) && seen.add(o)) q.add(o);
        }
        return seen.size() == set.size();
    }

    void formCommunities() {
        buildAdjacency();
        for (int z = 0; z < 4; z++) {
            List<Integer> zc = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) if (zone(c) == z) zc.add(c);
            if (!connected(zc)) throw new IllegalStateException("the " + ZONE[z] + " quarter is not connected");
            int n = zc.size();
            int g = (int) Math.round(n / 12.0);
            g = Math.max((n + COMM_CELLS_MAX - 1) / COMM_CELLS_MAX, Math.min(n / COMM_CELLS_MIN, g));
            bisect(zc, g);
        }
        for (int k = 0; k < communities.size(); k++) {
            List<Integer> members = walk(communities.get(k));
            communities.set(k, members);
            communityNames.add(name(members));
            for (int i = 0; i < members.size(); i++) {
                Cell cell = cells.get(members.get(i));
                cell.community = k;
                cell.id = String.format("C%02d-%02d", k + 1, i + 1);
            }
        }
    }

    int oldUsed, newUsed;

    /**
     * Old-town communities (most cells old): "Qiaotou" (bridgehead) if one of its cells carries a bridge, else
     * "Matou" (wharf) if it fronts the river, else the next of OLD_NAMES; newer ones: "Binhe" (riverside) for the
     * first that fronts the river, "Kejiyuan" (science park) for the business park, "Xuefu" and "Yucai" (school
     * quarters) for the campuses, else the next of NEW_NAMES. A special name is used once; then the list goes on.
     */
    String name(List<Integer> members) {
        int old = 0;
        boolean bridge = false, river = false, low = false;
        int lowZone = -1;
        for (int c : members) {
            Cell cell = cells.get(c);
            if (cell.block.kind == Kind.OLD) old++;
            bridge |= bridgeCells.contains(c);
            river |= cell.rect.v0() == RIVER_N || cell.rect.v1() == RIVER_S;
            if (cell.block.kind == Kind.LOW) { low = true; lowZone = cell.block.zone; }
        }
        List<String> wanted = new ArrayList<>();
        if (2 * old > members.size()) {
            if (bridge) wanted.add("Qiaotou");
            if (river) wanted.add("Matou");
        } else {
            if (low) wanted.addAll(lowZone == NE ? List.of("Kejiyuan") : List.of("Xuefu", "Yucai"));
            if (river) wanted.add("Binhe");
        }
        for (String w : wanted) if (!communityNames.contains(w)) return w;
        return 2 * old > members.size() ? OLD_NAMES[oldUsed++] : NEW_NAMES[newUsed++];
    }

    /** Recursive bisection by a straight cut (tried at 12 angles) into g connected groups of 8-16 cells. */
    void bisect(List<Integer> set, int g) {
        int n = set.size();
        if (g == 1) {
            communities.add(set);
            return;
        }
        int g1 = g / 2, g2 = g - g1, target = (int) Math.round((double) n * g1 / g);
        List<Integer> bestA = null, bestB = null;
        double bestScore = Double.MAX_VALUE;
        for (int a = 0; a < 12; a++) {
            double th = Math.PI * a / 12, cx = StrictMath.cos(th), cy = StrictMath.sin(th);
            List<Integer> sorted = new ArrayList<>(set);
            sorted.sort((x, y) -> {
                double[] p = centre(x), q = centre(y);
                int cmp = Double.compare(p[0] * cx + p[1] * cy, q[0] * cx + q[1] * cy);
                return cmp != 0 ? cmp : Integer.compare(x, y);
            });
            for (int d = -3; d <= 3; d++) {
                int k = target + d;
                if (k < COMM_CELLS_MIN * g1 || k > COMM_CELLS_MAX * g1 || n - k < COMM_CELLS_MIN * g2 || n - k > COMM_CELLS_MAX * g2) continue;
                List<Integer> A = new ArrayList<>(sorted.subList(0, k)), B = new ArrayList<>(sorted.subList(k, n));
                if (!connected(A) || !connected(B)) continue;
                double score = spread(A) / g1 + spread(B) / g2 + 2000.0 * Math.abs(d);
                if (score < bestScore) {
                    bestScore = score;
                    bestA = A;
                    bestB = B;
                }
            }
        }
        if (bestA == null) throw new IllegalStateException("cannot split " + n + " cells into " + g + " communities");
        bestA.sort(null);
        bestB.sort(null);
        bisect(bestA, g1);
        bisect(bestB, g2);
    }

    double spread(List<Integer> set) {
        double mx = 0, my = 0;
        for (int c : set) { mx += centre(c)[0]; my += centre(c)[1]; }
        mx /= set.size();
        my /= set.size();
        double s = 0;
        for (int c : set) { double[] p = centre(c); s += (p[0] - mx) * (p[0] - mx) + (p[1] - my) * (p[1] - my); }
        return Math.sqrt(s / set.size()) * set.size();
    }

    /** Depth-first walk from the north-westernmost cell, neighbours taken north to south, then west to east. */
    List<Integer> walk(List<Integer> members) {
        java.util.Comparator<Integer> order = (x, y) -> {
            double[] p = centre(x), q = centre(y);
            int cmp = Double.compare(q[1], p[1]);
            if (cmp == 0) cmp = Double.compare(p[0], q[0]);
            return cmp != 0 ? cmp : Integer.compare(x, y);
        };
        TreeSet<Integer> in = new TreeSet<>(members);
        List<Integer> sorted = new ArrayList<>(members);
        sorted.sort(order);
        List<Integer> out = new ArrayList<>();
        TreeSet<Integer> seen = new TreeSet<>();
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(sorted.get(0));
        while (!stack.isEmpty()) {
            int c = stack.pop();
            if (!seen.add(c)) continue;
            out.add(c);
            List<Integer> nb = new ArrayList<>();
            for (int o : adj.get(c)) if (in.contains(o) && !seen.contains(o)) nb.add(o);
            nb.sort(order.reversed());
            for (int o : nb) stack.push(o);
        }
        if (out.size() != members.size()) throw new IllegalStateException("a community is not connected");
        return out;
    }

    // ---------------------------------------------------------------- checks

    static void require(boolean ok, String message) {
        if (!ok) throw new IllegalStateException(message);
    }

    static long orient(long ax, long ay, long bx, long by, long cx, long cy) {
        long o = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
        return Long.signum(o);
    }

    static boolean onSegment(long ax, long ay, long bx, long by, long px, long py) {
        return orient(ax, ay, bx, by, px, py) == 0 && Math.min(ax, bx) <= px && px <= Math.max(ax, bx)
                && Math.min(ay, by) <= py && py <= Math.max(ay, by);
    }

    static boolean segmentsMeet(long ax, long ay, long bx, long by, long cx, long cy, long dx, long dy) {
        long o1 = orient(ax, ay, bx, by, cx, cy), o2 = orient(ax, ay, bx, by, dx, dy);
        long o3 = orient(cx, cy, dx, dy, ax, ay), o4 = orient(cx, cy, dx, dy, bx, by);
        if (o1 * o2 < 0 && o3 * o4 < 0) return true;
        return onSegment(ax, ay, bx, by, cx, cy) || onSegment(ax, ay, bx, by, dx, dy)
                || onSegment(cx, cy, dx, dy, ax, ay) || onSegment(cx, cy, dx, dy, bx, by);
    }

    /** 1 strictly inside, 0 on the boundary, -1 outside. */
    static int locate(Ring r, long px, long py) {
        boolean inside = false;
        for (int k = 0; k < r.n; k++) {
            int l = (k + 1) % r.n;
            long ax = r.lon[k], ay = r.lat[k], bx = r.lon[l], by = r.lat[l];
            if (onSegment(ax, ay, bx, by, px, py)) return 0;
            if ((ay > py) != (by > py)) {
                long o = orient(ax, ay, bx, by, px, py);
                if (by > ay ? o > 0 : o < 0) inside = !inside;
            }
        }
        return inside ? 1 : -1;
    }

    static void checkSimpleCcw(Ring r, String what) {
        require(r.n >= 3, what + ": fewer than 3 vertices");
        Map<EKey, Boolean> seen = new HashMap<>();
        for (int k = 0; k < r.n; k++) require(seen.put(new EKey(r.lon[k], r.lat[k], 0, 0), true) == null, what + ": repeated vertex");
        for (int i = 0; i < r.n; i++) {
            int i2 = (i + 1) % r.n;
            for (int j = i + 1; j < r.n; j++) {
                int j2 = (j + 1) % r.n;
                boolean adjacent = i2 == j || j2 == i;
                if (adjacent) {
                    int shared = i2 == j ? i2 : i, a = i2 == j ? i : j, b = i2 == j ? j2 : i2;
                    // adjacent edges meet only at their shared vertex: no fold back along the same line
                    long o = orient(r.lon[a], r.lat[a], r.lon[shared], r.lat[shared], r.lon[b], r.lat[b]);
                    if (o == 0) {
                        long dot = (r.lon[a] - r.lon[shared]) * (r.lon[b] - r.lon[shared]) + (r.lat[a] - r.lat[shared]) * (r.lat[b] - r.lat[shared]);
                        require(dot < 0, what + ": folds back on itself");
                    }
                    continue;
                }
                require(!segmentsMeet(r.lon[i], r.lat[i], r.lon[i2], r.lat[i2], r.lon[j], r.lat[j], r.lon[j2], r.lat[j2]),
                        what + ": not simple (edges " + i + " and " + j + " meet)");
            }
        }
        require(areaM2(r) > 0, what + ": not counter-clockwise or no area");
    }

    /** Two regions may share whole edges (in opposite directions) or touch at vertices; nothing else. */
    static void checkPair(Ring p, Ring q, String what) {
        if (p.maxX < q.minX || q.maxX < p.minX || p.maxY < q.minY || q.maxY < p.minY) return;
        for (int i = 0; i < p.n; i++) {
            int i2 = (i + 1) % p.n;
            long ax = p.lon[i], ay = p.lat[i], bx = p.lon[i2], by = p.lat[i2];
            for (int j = 0; j < q.n; j++) {
                int j2 = (j + 1) % q.n;
                long cx = q.lon[j], cy = q.lat[j], dx = q.lon[j2], dy = q.lat[j2];
                if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)
                        || Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) continue;
                long o1 = orient(ax, ay, bx, by, cx, cy), o2 = orient(ax, ay, bx, by, dx, dy);
                long o3 = orient(cx, cy, dx, dy, ax, ay), o4 = orient(cx, cy, dx, dy, bx, by);
                if (o1 == 0 && o2 == 0) {
                    boolean useX = Math.abs(bx - ax) >= Math.abs(by - ay);
                    long a0 = useX ? Math.min(ax, bx) : Math.min(ay, by), a1 = useX ? Math.max(ax, bx) : Math.max(ay, by);
                    long c0 = useX ? Math.min(cx, dx) : Math.min(cy, dy), c1 = useX ? Math.max(cx, dx) : Math.max(cy, dy);
                    if (Math.min(a1, c1) > Math.max(a0, c0)) {
                        require(ax == dx && ay == dy && bx == cx && by == cy, what + ": edges overlap without being the same edge");
                    }
                    continue;
                }
                require(!(o1 * o2 < 0 && o3 * o4 < 0), what + ": edges cross");
                boolean cEnd = (cx == ax && cy == ay) || (cx == bx && cy == by), dEnd = (dx == ax && dy == ay) || (dx == bx && dy == by);
                boolean aEnd = (ax == cx && ay == cy) || (ax == dx && ay == dy), bEnd = (bx == cx && by == cy) || (bx == dx && by == dy);
                require(cEnd || !onSegment(ax, ay, bx, by, cx, cy), what + ": a vertex lies on the other's edge (T-junction)");
                require(dEnd || !onSegment(ax, ay, bx, by, dx, dy), what + ": a vertex lies on the other's edge (T-junction)");
                require(aEnd || !onSegment(cx, cy, dx, dy, ax, ay), what + ": a vertex lies on the other's edge (T-junction)");
                require(bEnd || !onSegment(cx, cy, dx, dy, bx, by), what + ": a vertex lies on the other's edge (T-junction)");
            }
        }
        for (int i = 0; i < p.n; i++) require(locate(q, p.lon[i], p.lat[i]) <= 0, what + ": a vertex lies inside the other");
        for (int j = 0; j < q.n; j++) require(locate(p, q.lon[j], q.lat[j]) <= 0, what + ": a vertex lies inside the other");
    }

    double riverMin = Double.MAX_VALUE, riverMax = 0, railMin = Double.MAX_VALUE, railMax = 0;
    double crossMin = Double.MAX_VALUE, crossMax = 0;

    void check() {
        int nc = cells.size();
        require(nc >= CELLS_MIN && nc <= CELLS_MAX, nc + " cells, not " + CELLS_MIN + "-" + CELLS_MAX);
        require(communities.size() >= COMM_MIN && communities.size() <= COMM_MAX,
                communities.size() + " communities, not " + COMM_MIN + "-" + COMM_MAX);
        require(clamped == 0, clamped + " cells needed their households clamped to " + HH_MIN + "-" + HH_MAX);
        long total = 0;
        TreeSet<String> ids = new TreeSet<>();
        for (Cell c : cells) {
            require(c.households >= HH_MIN && c.households <= HH_MAX, c.id + ": " + c.households + " households");
            double ha = c.areaM2 / 1e4;
            require(ha >= CELL_HA_MIN && ha <= CELL_HA_MAX, c.id + ": " + ha + " ha");
            require(ids.add(c.id), "duplicate id " + c.id);
            total += c.households;
        }
        require(total >= TOTAL_HH_MIN && total <= TOTAL_HH_MAX, total + " households in all");
        require(new TreeSet<>(communityNames).size() == communityNames.size(), "community names repeat");

        List<Ring> rings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Cell c : cells) { rings.add(c.ring); names.add(c.id); }
        for (Gap g : gaps) { rings.add(g.ring); names.add(g.kind); }
        for (int i = 0; i < rings.size(); i++) checkSimpleCcw(rings.get(i), names.get(i));
        checkSimpleCcw(outline, "outline");
        double sum = 0;
        for (Ring r : rings) sum += areaM2(r);
        double whole = areaM2(outline);
        require(Math.abs(sum - whole) <= 0.001 * whole, "cells and gaps cover " + sum + " m2 of an outline of " + whole + " m2");
        for (int i = 0; i < rings.size(); i++)
            for (int j = i + 1; j < rings.size(); j++) checkPair(rings.get(i), rings.get(j), names.get(i) + " / " + names.get(j));

        for (int k = 0; k < communities.size(); k++) {
            List<Integer> m = communities.get(k);
            require(m.size() >= COMM_CELLS_MIN && m.size() <= COMM_CELLS_MAX, communityNames.get(k) + " has " + m.size() + " cells");
            for (int c : m) require(zone(c) == zone(m.get(0)), communityNames.get(k) + " crosses the river or the railway");
            List<Integer> sameSide = new ArrayList<>(m);
            require(connected(sameSide), communityNames.get(k) + " is not one patch");
        }

        // neighbours across the river or the railway: only at the two bridges and the two crossings, 20-40 m each
        int acrossRiver = 0, acrossRail = 0;
        for (int c = 0; c < nc; c++) {
            for (int o : adj.get(c)) {
                if (o < c || zone(o) == zone(c)) continue;
                boolean river = (zone(c) < 2) != (zone(o) < 2);
                boolean rail = (zone(c) % 2) != (zone(o) % 2);
                require(river != rail, cells.get(c).id + " and " + cells.get(o).id + " touch diagonally across river and railway");
                if (river) acrossRiver++; else acrossRail++;
                double len = sharedLength.get(pair(c, o));
                crossMin = Math.min(crossMin, len);
                crossMax = Math.max(crossMax, len);
                require(len >= 20 && len <= 40, cells.get(c).id + " and " + cells.get(o).id + " share " + len + " m across a gap");
            }
        }
        require(acrossRiver == 4, acrossRiver + " cell pairs meet across the river, not 2 per bridge");
        require(acrossRail == 4, acrossRail + " cell pairs meet across the railway, not 2 per crossing");

        // widths of the river and the railway, measured in local metres off the bridges and crossings
        for (int u = 10; u <= W - 10; u += 10) {
            boolean atBridge = false;
            for (int b : BRIDGES) atBridge |= Math.abs(u - b) <= DECK_HALF + 10;
            if (atBridge) continue;
            double w = distanceToLine(warp(u, RIVER_N), 0, W, RIVER_S, true);
            riverMin = Math.min(riverMin, w);
            riverMax = Math.max(riverMax, w);
        }
        for (int v = 10; v <= H - 10; v += 10) {
            if (v >= RIVER_S - 10 && v <= RIVER_N + 10 || Math.abs(v - crossNorth) <= DECK_HALF + 10 || Math.abs(v - crossSouth) <= DECK_HALF + 10) continue;
            double w = distanceToLine(warp(RAIL_E, v), 0, H, RAIL_W, false);
            railMin = Math.min(railMin, w);
            railMax = Math.max(railMax, w);
        }
        require(riverMin >= 60 && riverMax <= 120, "river " + riverMin + "-" + riverMax + " m wide, not 60-120 m");
        require(railMin >= 25 && railMax <= 40, "railway " + railMin + "-" + railMax + " m wide, not 25-40 m");
    }

    /** Distance from p to the warped line u = fixed (or v = fixed), sampled every 2 m between a and b. */
    double distanceToLine(double[] p, int a, int b, int fixed, boolean horizontal) {
        double best = Double.MAX_VALUE;
        double[] prev = null;
        for (int t = a; t <= b; t += 2) {
            double[] q = horizontal ? warp(t, fixed) : warp(fixed, t);
            if (prev != null) best = Math.min(best, segmentDistance(p, prev, q));
            prev = q;
        }
        return best;
    }

    static double segmentDistance(double[] p, double[] a, double[] b) {
        double dx = b[0] - a[0], dy = b[1] - a[1];
        double t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
        return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
    }

    // ---------------------------------------------------------------- output

    static String degrees(long e7) {
        String sign = e7 < 0 ? "-" : "";
        long a = Math.abs(e7);
        return sign + (a / 10_000_000L) + "." + String.format("%07d", a % 10_000_000L);
    }

    String json() {
        StringBuilder s = new StringBuilder();
        s.append("{\n\"type\": \"FeatureCollection\",\n\"name\": \"sample-district\",\n\"communities\": {\n");
        for (int k = 0; k < communityNames.size(); k++) {
            s.append('"').append(communityNames.get(k)).append("\": \"").append(STREET).append('"')
             .append(k + 1 < communityNames.size() ? ",\n" : "\n");
        }
        s.append("},\n\"features\": [\n");
        boolean first = true;
        for (int k = 0; k < communities.size(); k++) {
            for (int c : communities.get(k)) {
                Cell cell = cells.get(c);
                if (!first) s.append(",\n");
                first = false;
                s.append("{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[");
                Ring r = cell.ring;
                for (int i = 0; i <= r.n; i++) {
                    int j = i % r.n;
                    if (i > 0) s.append(',');
                    s.append('[').append(degrees(r.lon[j])).append(',').append(degrees(r.lat[j])).append(']');
                }
                s.append("]]}, \"properties\": {\"id\": \"").append(cell.id)
                 .append("\", \"households\": ").append(cell.households)
                 .append(", \"community\": \"").append(communityNames.get(k))
                 .append("\", \"street\": \"").append(STREET)
                 .append("\", \"old_neighbourhood\": ").append(cell.block.kind == Kind.OLD).append("}}");
            }
        }
        s.append("\n]\n}\n");
        return s.toString();
    }

    static void writeAtomically(Path out, byte[] bytes) throws IOException {
        Path tmp = out.resolveSibling("." + out.getFileName() + ".tmp");   // same folder, so the rename is atomic
        try {
            try (OutputStream o = Files.newOutputStream(tmp)) { o.write(bytes); }
            Files.move(tmp, out, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    String summary(Path out, long bytes) {
        long total = 0, oldHh = 0;
        int old = 0, hhMin = Integer.MAX_VALUE, hhMax = 0;
        double cellArea = 0, oldArea = 0, aMin = Double.MAX_VALUE, aMax = 0;
        for (Cell c : cells) {
            total += c.households;
            cellArea += c.areaM2;
            aMin = Math.min(aMin, c.areaM2);
            aMax = Math.max(aMax, c.areaM2);
            hhMin = Math.min(hhMin, c.households);
            hhMax = Math.max(hhMax, c.households);
            if (c.block.kind == Kind.OLD) { old++; oldHh += c.households; oldArea += c.areaM2; }
        }
        Map<String, Double> gapArea = new LinkedHashMap<>();
        Map<String, Integer> gapPieces = new LinkedHashMap<>();
        for (Gap g : gaps) { gapArea.merge(g.kind, g.areaM2, Double::sum); gapPieces.merge(g.kind, 1, Integer::sum); }
        int cMin = Integer.MAX_VALUE, cMax = 0;
        for (List<Integer> m : communities) { cMin = Math.min(cMin, m.size()); cMax = Math.max(cMax, m.size()); }
        StringBuilder g = new StringBuilder();
        for (String k : gapArea.keySet()) {
            g.append(String.format("%s %.1f ha in %d piece%s, ", k, gapArea.get(k) / 1e4, gapPieces.get(k), gapPieces.get(k) == 1 ? "" : "s"));
        }
        return String.format(
            "sample-district: %d cells in %d communities (%d-%d cells each) of %s, %,d households (%d-%d per cell); "
            + "outline %.2f km2 (%.2f x %.2f km design), cells %.1f ha, %sall checks passed; "
            + "old neighbourhoods %d cells (%.1f%% of cells, %.1f%% of households, %.1f%% of cell area); "
            + "cell area %.2f-%.2f ha; river %.0f-%.0f m wide, railway %.0f-%.0f m, "
            + "2 bridges and 2 railway crossings with shared edges of %.1f-%.1f m; wrote %s (%,d bytes).",
            cells.size(), communities.size(), cMin, cMax, STREET, total, hhMin, hhMax,
            areaM2(outline) / 1e6, W / 1000.0, H / 1000.0, cellArea / 1e4, g,
            old, 100.0 * old / cells.size(), 100.0 * oldHh / total, 100.0 * oldArea / cellArea,
            aMin / 1e4, aMax / 1e4, riverMin, riverMax, railMin, railMax, crossMin, crossMax, out, bytes);
    }
}
