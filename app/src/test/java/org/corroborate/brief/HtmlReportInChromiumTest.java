package org.corroborate.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.corroborate.analyze.AnalyzedArticle;
import org.corroborate.analyze.ArticleAnalyzer;
import org.corroborate.embed.BgeSmallEmbedder;
import org.corroborate.present.BriefHtml;
import org.corroborate.testing.Collected;
import org.corroborate.testing.SharedData;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The HTML report of the seeds opened in headless Chromium (Debian's /usr/bin/chromium, which .ci/run installs):
 * the rendered page holds the facts-by-sources matrix and the timeline chart, and its screenshot is not blank. The
 * screenshot stays in target/ for a person to look at.
 */
class HtmlReportInChromiumTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @Test
    void seedsReportShowsTheMatrixAndTheTimeline() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: skipping the browser test");
        Path seeds = SharedData.seeds();
        Collected collected = new Collected();
        new ArticleAnalyzer().analyzePaths(List.of(seeds.toString()), collected);
        StoryBrief brief = new BriefBuilder(new BgeSmallEmbedder(), BriefBuilder.Config.DEFAULTS)
                .build("1", collected.analyzed);
        Path dir = Files.createDirectories(Path.of("target", "browser"));
        Path html = dir.resolve("seeds-brief.html").toAbsolutePath();
        try (PrintStream out = new PrintStream(Files.newOutputStream(html), false, StandardCharsets.UTF_8)) {
            BriefHtml.write(List.of(brief), out, id -> collected.analyzed.stream().filter(a -> a.id().equals(id))
                    .map(AnalyzedArticle::text).findFirst());
        }
        Path png = dir.resolve("seeds-brief.png").toAbsolutePath();
        Files.deleteIfExists(png);

        String dom = chromium(dir, "--dump-dom", html.toUri().toString());
        chromium(dir, "--screenshot=" + png, html.toUri().toString());

        Document rendered = Jsoup.parse(dom);
        long corroborated = brief.facts().stream().filter(StoryBrief.Fact::corroborated).count();
        assertThat(rendered.select("table.matrix tbody tr.corroborated")).hasSize((int) Math.min(15, corroborated));
        assertThat(rendered.select("table.matrix tbody tr.single").size() + rendered.select("table.matrix tr.more")
                .size()).isPositive();
        // every filled cell opens on the sentence of that source, marked in its context
        assertThat(rendered.select("table.matrix td.mark details.cite")).allSatisfy(cell -> {
            assertThat(cell.select("mark").text()).isNotBlank();
            assertThat(cell.select("blockquote").text().length()).isGreaterThan(cell.select("mark").text().length());
        });
        assertThat(rendered.select("table.matrix thead th")).hasSize(brief.articles().size() + 1);
        assertThat(rendered.select("svg.timeline circle")).hasSize(brief.timeline().size());
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(distinctColours(image)).as("a page with text, a table and a chart").isGreaterThan(20);
        System.out.println("browser: screenshot of the seeds report at " + png);
    }

    private static String chromium(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                "--user-data-dir=" + Files.createTempDirectory(dir, "profile"), "--window-size=1280,2600"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(dir.resolve("chromium.log").toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
