package org.gridgov.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.gridgov.cli.Main;
import org.gridgov.report.ChartFile;
import org.gridgov.scenario.Parameter;
import org.gridgov.scenario.ParameterCatalogue;
import org.gridgov.text.Lang;
import org.gridgov.text.Texts;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sim.util.Properties;

/** {@code gridgov gui --lang zh}: the live view in Chinese, its model and numbers as in English. */
class LiveViewInChineseTest {
    private static final Texts ZH = Texts.of(Lang.ZH);

    @Test
    void aChineseSnapshotDiffersFromTheEnglishOneInItsTextsOnly(@TempDir Path dir) throws Exception {
        assumeTrue(ChartFile.drawsChinese(), "no font here draws Chinese, so the live view stays in English");
        Path zh = dir.resolve("zh.png");
        Path en = dir.resolve("en.png");
        StringWriter out = new StringWriter();
        assertEquals(0, gridgov(out, "gui", "--snapshot", zh.toString(), "--days", "" + SnapshotTest.DAYS, "--seed",
                "" + SnapshotTest.SEED, "--layer", "households", "--lang", "zh", GuiRuns.BASELINE.toString()));
        assertTrue(out.toString().startsWith("gridgov gui：已写入 " + zh), out.toString());
        assertTrue(out.toString().contains("第 12 天（周五）10:00"), out.toString());
        assertEquals(0, gridgov(new StringWriter(), "gui", "--snapshot", en.toString(), "--days", "" + SnapshotTest.DAYS,
                "--seed", "" + SnapshotTest.SEED, "--layer", "households", "--lang", "en", GuiRuns.BASELINE.toString()));
        BufferedImage chinese = ImageIO.read(zh.toFile());
        BufferedImage english = ImageIO.read(en.toFile());
        assertTrue(differing(chinese, english, 0, 50) > 500, "the title lines are in Chinese");
        SnapshotTest.assertCellsShowHouseholds(chinese); // the same run, the same map
    }

    /** Pixels that differ between two pictures in the rows from {@code top} to {@code bottom}. */
    private static int differing(BufferedImage a, BufferedImage b, int top, int bottom) {
        int n = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                n += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return n;
    }

    @Test
    void leversChartsAndWindowsAreNamedInChinese() throws Exception {
        GridModelWithUI gui = GuiRuns.gui(GuiRuns.BASELINE, List.of(), 4, 3, MapLayer.OPEN_CASES, ZH);
        Properties levers = gui.levers().properties();
        assertEquals("每名网格员服务户数", levers.getName(0));
        assertTrue(levers.getDescription(0).contains("从下一次运行起生效"), levers.getDescription(0));
        assertEquals("下一次运行", levers.getName(levers.numProperties() - 1));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < levers.numProperties(); i++) {
            names.add(levers.getName(i));
        }
        assertTrue(names.contains("退单率：urban_management"), names.toString());

        JFreeChart first = gui.charts().charts().get(0);
        assertEquals("在办案件与潜在问题", first.getTitle().getText());
        assertEquals("天", first.getXYPlot().getDomainAxis().getLabel());
        assertEquals("在办案件", first.getXYPlot().getDataset().getSeriesKey(0));
        assertEquals("gridgov 实时视图", gui.title());
        assertTrue(gui.info().contains("网格员在巡查中发现问题"), gui.info());
        assertEquals("gridgov live view", GridModelWithUI.getName(), "what MASON asks the class for stays English");

        GuiRuns.runToEnd(gui);
        CaseHistory closed = gui.model().city().cells().stream().flatMap(c -> gui.map().run().cases().recent(c).stream())
                .findFirst().orElseThrow();
        assertTrue(closed.describe().startsWith("案件 " + closed.issue().id() + "："), closed.describe());
        assertTrue(closed.describe().contains("立案"), closed.describe());
        assertTrue(closed.steps().get(closed.steps().size() - 1).what().startsWith("结案"), closed.describe());
        assertEquals("网格员巡查发现", CaseHistory.discovery(ZH, "patrol"));
    }

    /**
     * Texts the live view translates through a name rather than a literal (which {@code TextsTest} checks): the map's
     * layers, the workers' states and the levers' names.
     */
    @Test
    void everyNameTheLiveViewTranslatesHasATranslation() {
        List<String> untranslated = new ArrayList<>();
        for (MapLayer l : MapLayer.values()) {
            check(l.title(), l.title(ZH), untranslated);
            check(l.description(), l.description(ZH), untranslated);
        }
        for (WorkerState s : WorkerState.values()) {
            check(s.label(), s.label(ZH), untranslated);
        }
        for (Parameter p : ParameterCatalogue.levers()) {
            check(p.lever().label(), ZH.t(p.lever().label()), untranslated);
        }
        assertEquals(List.of(), untranslated, "names without a translation in zh_CN.po");
        assertEquals("168 小时", MapLayer.PATROL_GAP.text(ZH, 168));
    }

    private static void check(String english, String chinese, List<String> untranslated) {
        if (chinese.equals(english)) {
            untranslated.add(english);
        }
        assertNotEquals("", chinese, english);
    }

    private static int gridgov(StringWriter out, String... args) {
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        assertEquals("", err.toString());
        return code;
    }
}
