package org.gridgov.cli;

import static org.gridgov.cli.LanguageTest.englishProse;
import static org.gridgov.cli.MainTest.gridgov;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.gridgov.cli.MainTest.Result;
import org.gridgov.report.ChartFile;
import org.gridgov.testing.QueueScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lang zh} on the searches and on sizing: calibrate's and optimise's report.html and charts, and the
 * summaries of calibrate, optimise and size, on the fast M/M/3 desk of {@link QueueScenario}. Their English is
 * checked, unchanged, by CalibrateCommandTest, OptimiseCommandTest and SizeCommandTest.
 */
class SearchLanguageTest {

    @TempDir
    Path dir;

    /** Two parameters (so that the page shows a pair) fitted to two targets in two generations: stopped by them. */
    @Test
    void aCalibrationInChinese() throws IOException {
        String summary = searchInChinese("calibrate", "--targets", """
                name: desk
                uncertainties:
                  case_types.job.rate_per_household_year: {min: 8.76, max: 23.652}
                  departments.desk.staff_per_100k_residents: {min: 100, max: 200}
                targets:
                  mean_department_wait_hours: {value: 0.4444, tolerance: 0.1, source: Erlang C}
                  department_utilization_mean: {value: 0.6, standard_error: 0.05}
                particles: 10
                replications: 2
                generations: 2
                check_replications: 4
                seed: 3
                """, 1);
        assertTrue(summary.contains("\n  各目标未能同时满足：在 "), summary);
        assertTrue(summary.contains("\n  部门平均等待时长 "), summary);
        String html = chinesePage(dir.resolve("zh"), "结论", "fit", "校准后情景与各目标的对比");
        assertTrue(html.contains("<h2 id=\"s3\">各参数的后验分布</h2>"), html);
        assertTrue(html.contains("0.6（标准误 0.05）"), "how the file gave the tolerance");
    }

    @Test
    void anOptimisationInChinese() throws IOException {
        String summary = searchInChinese("optimise", "--levers", QueueScenario.LEVERS, 0, "--constraint", "on_time_rate>=0.5");
        assertTrue(summary.contains("\n  候选方案 "), summary);
        String html = chinesePage(dir.resolve("zh"), "帕累托前沿提供的选择", "hypervolume", "每代前沿的超体积");
        assertTrue(html.contains("最小化 cost_per_year"), html);
        assertTrue(html.contains("元/年"), "units in Chinese");
    }

    @Test
    void theSizingSummaryInChinese() {
        Path queue = QueueScenario.write(dir, "queue", 2.0, 3);
        Result r = gridgov("size", queue.toString(), "--target", "mean_department_wait_hours<=0.2", "--replications",
                "5", "--for", "department:desk", "-q", "--out", dir.resolve("size").toString(), "--lang", "zh");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("queue：以单侧 95% 置信度满足全部目标的最小人员配置（5 次重复 × 30 天）\n"
                + "  desk 人员                4（152.7 人/10万居民；--set departments.desk.staff_per_100k_residents=152.6717557）\n"
                + "  经费                     4,804,122 元/年（置信界 4,804,122 至 4,804,122）\n"), r.out());
        assertTrue(r.out().contains("\n  低一档                    desk 人员 3：未满足 mean_department_wait_hours<=0.2（上界 "),
                r.out());
        assertTrue(r.out().contains("\n  输出   "), r.out());
    }

    /**
     * Runs {@code command} on the desk with {@code option} naming a file of {@code body}, in Chinese, into dir/zh;
     * checks its exit code and the first and last lines of its summary, and gives the summary.
     */
    private String searchInChinese(String command, String option, String body, int exit, String... extra)
            throws IOException {
        Path queue = QueueScenario.write(dir, "queue", 2.0, 3);
        Path input = Files.writeString(dir.resolve("input.yaml"), body);
        List<String> args = new ArrayList<>(List.of(command, queue.toString(), option, input.toString(), "--out",
                dir.resolve("zh").toString(), "--lang", "zh", "-q"));
        args.addAll(List.of(extra));
        Result r = gridgov(args.toArray(String[]::new));
        assertEquals(exit, r.code(), r.out() + r.err());
        String summary = exit == 0 ? r.out() : r.err();
        assertTrue(summary.startsWith("desk：共 "), summary);
        assertTrue(summary.contains("\n  输出位于 " + dir.resolve("zh") + "（report.html、"), summary);
        return summary;
    }

    /**
     * The report.html of {@code folder}, checked: in Chinese from its language tag, its first section and a chart's
     * title (where a font here draws Chinese; else the charts are English, and LanguageTest checks the warning) to
     * its last sentence.
     */
    private static String chinesePage(Path folder, String firstHeading, String chart, String title) throws IOException {
        String html = Files.readString(folder.resolve("report.html"));
        assertTrue(html.contains("lang=\"zh-CN\""));
        assertTrue(html.contains("<strong>目录</strong>"), "the table of contents");
        assertTrue(html.contains("<h2 id=\"s1\">" + firstHeading + "</h2>"), html);
        assertEquals(List.of(), englishProse(html), "English sentences left in the Chinese report");
        if (ChartFile.drawsChinese()) {
            assertTrue(Files.readString(folder.resolve("charts/" + chart + ".svg")).contains(title), chart);
        }
        return html;
    }
}
