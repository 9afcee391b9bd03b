package org.gridgov.experiment;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gridgov.hash.Sha256;
import org.gridgov.model.ActorKind;
import org.gridgov.observe.DailySeries;
import org.gridgov.observe.Workload;
import org.gridgov.run.RunResult;

/**
 * What one finished run leaves for the experiment's outputs: every metric, the daily series and each member
 * of staff's utilisation. It is written to the journal as text whose numbers read back exactly
 * ({@link Double#toString}), so outputs made from a resumed or merged journal equal those of one session.
 *
 * @param identity the plan's {@link ExperimentPlan#runIdentityHash()}, to refuse records of another experiment
 * @param daily    one row per day, one value per {@link #DAILY_COLUMNS} entry
 */
public record RunRecord(int point, int replication, String identity, double wallSeconds, Map<String, Double> metrics,
        double[][] daily, List<StaffUse> staff) {

    /** The daily columns kept: all of a run's daily.csv but the day number. */
    public static final List<String> DAILY_COLUMNS = DailySeries.COLUMNS.subList(1, DailySeries.COLUMNS.size());
    private static final String FORMAT = "gridgov-run-record 2";
    private static final String FORMAT_1 = "gridgov-run-record 1";
    private static final String CHECKSUM = "sha256\t";

    /** A member of staff's utilisation over the measured window; its type is written as the kind's label. */
    public record StaffUse(ActorKind type, String unit, int id, double utilization) {
    }

    public RunRecord {
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
        staff = List.copyOf(staff);
    }

    /** The record of a finished run. */
    public static RunRecord of(RunResult result, int point, String identity) {
        DailySeries series = result.measurement().daily();
        double[][] daily = new double[series.days()][DAILY_COLUMNS.size()];
        for (int d = 0; d < daily.length; d++) {
            for (int c = 0; c < DAILY_COLUMNS.size(); c++) {
                daily[d][c] = series.value(DAILY_COLUMNS.get(c), d);
            }
        }
        List<StaffUse> staff = new ArrayList<>();
        for (Workload.Account a : result.measurement().workload().accounts()) {
            staff.add(new StaffUse(a.staff().kind(), a.staff().unit(), a.staff().number(), a.utilization()));
        }
        return new RunRecord(point, result.spec().replication(), identity, result.wallSeconds(),
                result.metrics().asMap(), daily, staff);
    }

    /** The record of a finished run without its daily series and staff: what a search that reads metrics alone keeps. */
    public static RunRecord ofMetrics(RunResult result, int point, String identity) {
        return new RunRecord(point, result.spec().replication(), identity, result.wallSeconds(),
                result.metrics().asMap(), new double[0][], List.of());
    }

    /** The metric's value, NaN when it could not be computed or is unknown. */
    public double metric(String name) {
        Double v = metrics.get(name);
        return v == null ? Double.NaN : v;
    }

    /**
     * Writes the record as tab-separated lines, ending with "end" and then the SHA-256 of everything before
     * that last line, so that a truncated or altered record is recognised.
     */
    public void write(Writer out) throws IOException {
        StringBuilder body = new StringBuilder(4096 + daily.length * 200);
        body.append(FORMAT).append("\nidentity\t").append(identity).append("\npoint\t").append(point)
                .append("\nreplication\t").append(replication).append("\nwall_seconds\t").append(wallSeconds)
                .append("\nmetrics\t").append(metrics.size()).append('\n');
        for (Map.Entry<String, Double> e : metrics.entrySet()) {
            body.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
        }
        body.append("daily\t").append(daily.length).append('\t').append(String.join("\t", DAILY_COLUMNS)).append('\n');
        for (double[] day : daily) {
            for (int c = 0; c < day.length; c++) {
                body.append(c > 0 ? "\t" : "").append(day[c]);
            }
            body.append('\n');
        }
        body.append("staff\t").append(staff.size()).append('\n');
        for (StaffUse s : staff) {
            body.append(s.type().label()).append('\t').append(s.unit()).append('\t').append(s.id()).append('\t')
                    .append(s.utilization()).append('\n');
        }
        body.append("end\n");
        out.write(body.toString());
        out.write(CHECKSUM + Sha256.of(body.toString()) + "\n");
    }

    /**
     * Reads a record written by {@link #write}; records of format 1, written before records had checksums,
     * are read without one.
     *
     * @throws IllegalArgumentException if the text is not a complete record, or its checksum does not match
     */
    public static RunRecord parse(String text) {
        boolean checked = text.startsWith(FORMAT + "\n");
        if (checked) {
            int last = text.lastIndexOf('\n', text.length() - 2) + 1;
            if (!text.endsWith("\n") || !text.startsWith(CHECKSUM, last)) {
                throw new IllegalArgumentException("it ends early: the checksum line is missing");
            }
            String body = text.substring(0, last);
            if (!text.substring(last + CHECKSUM.length(), text.length() - 1).equals(Sha256.of(body))) {
                throw new IllegalArgumentException("its checksum does not match its content: it was altered or damaged");
            }
            text = body;
        }
        String[] lines = text.split("\n", -1);
        Reader r = new Reader(lines);
        r.expect(checked ? FORMAT : FORMAT_1);
        String identity = r.field("identity");
        int point = Integer.parseInt(r.field("point"));
        int replication = Integer.parseInt(r.field("replication"));
        double wall = Double.parseDouble(r.field("wall_seconds"));
        int count = Integer.parseInt(r.field("metrics"));
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String[] kv = r.split(2);
            metrics.put(kv[0], Double.parseDouble(kv[1]));
        }
        String[] header = r.next().split("\t");
        if (!header[0].equals("daily") || !Arrays.asList(header).subList(2, header.length).equals(DAILY_COLUMNS)) {
            throw new IllegalArgumentException("line " + r.at + ": expected the daily columns " + DAILY_COLUMNS);
        }
        double[][] daily = new double[Integer.parseInt(header[1])][];
        for (int d = 0; d < daily.length; d++) {
            String[] values = r.split(DAILY_COLUMNS.size());
            daily[d] = new double[values.length];
            for (int c = 0; c < values.length; c++) {
                daily[d][c] = Double.parseDouble(values[c]);
            }
        }
        int staffCount = Integer.parseInt(r.field("staff"));
        List<StaffUse> staff = new ArrayList<>(staffCount);
        for (int i = 0; i < staffCount; i++) {
            String[] s = r.split(4);
            staff.add(new StaffUse(ActorKind.ofLabel(s[0]), s[1], Integer.parseInt(s[2]), Double.parseDouble(s[3])));
        }
        r.expect("end");
        return new RunRecord(point, replication, identity, wall, metrics, daily, staff);
    }

    /** Lines of a record, read in order. */
    private static final class Reader {
        private final String[] lines;
        private int at;

        Reader(String[] lines) {
            this.lines = lines;
        }

        String next() {
            if (at >= lines.length) {
                throw new IllegalArgumentException("the record ends early, at line " + at);
            }
            return lines[at++];
        }

        void expect(String line) {
            if (!next().equals(line)) {
                throw new IllegalArgumentException("line " + at + ": expected '" + line + "'");
            }
        }

        String field(String name) {
            String[] kv = split(2);
            if (!kv[0].equals(name)) {
                throw new IllegalArgumentException("line " + at + ": expected '" + name + "'");
            }
            return kv[1];
        }

        String[] split(int fields) {
            String[] parts = next().split("\t", -1);
            if (parts.length != fields) {
                throw new IllegalArgumentException("line " + at + ": expected " + fields + " tab-separated fields");
            }
            return parts;
        }
    }
}
