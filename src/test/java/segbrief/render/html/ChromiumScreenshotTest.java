package segbrief.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import segbrief.brief.Brief;
import segbrief.chart.ChartRenderer;

/**
 * Opens summary.html in headless Chromium (Debian's chromium package; .ci/run installs it) at 600 px wide: the
 * page must render (not blank) and every chart image must load. Skipped where Chromium is not installed.
 */
@EnabledIf("chromiumIsInstalled")
class ChromiumScreenshotTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    Path dir;

    static boolean chromiumIsInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    @Test
    void summary_renders_at_600_px_with_every_image_loaded() throws Exception {
        Brief brief = SampleBrief.crowdfunding();
        Path page = write(new HtmlRenderer(new ChartRenderer(brief.formats())).summary(brief));
        Path shot = dir.resolve("shot.png");

        run(List.of("--window-size=600,2000", "--screenshot=" + shot, page.toUri().toString()));

        BufferedImage img = ImageIO.read(shot.toFile());
        assertThat(img.getWidth()).isEqualTo(600);
        assertThat(share(img, 0, img.getHeight(), rgb -> rgb != 0xffffff)).as("not blank").isGreaterThan(0.05);
        assertThat(share(img, 0, 200, rgb -> isDark(rgb))).as("title and headline drawn").isGreaterThan(0.005);

        Document loaded = Jsoup.parse(run(List.of("--virtual-time-budget=5000", "--dump-dom",
                checkPage(page).toUri().toString())));
        List<Element> images = loaded.select("img");
        assertThat(images).hasSize(3).allSatisfy(i -> {
            assertThat(i.attr("data-complete")).as(i.attr("src")).isEqualTo("true");
            assertThat(i.attr("data-natural-width")).as(i.attr("src")).isEqualTo("1120");
        });
    }

    /**
     * Dark mode: the summary has no prefers-color-scheme rule (a style block is refused by mail clients), so every
     * colour is explicit and a client that only prefers dark (Apple Mail) draws it as in light mode, pixel for pixel;
     * a client that inverts (Chromium's forced dark, as Gmail's apps do) still keeps the title, the banner and the
     * headline at 4.5:1 or more against their background.
     */
    @Test
    void dark_mode_keeps_the_text_legible() throws Exception {
        Brief brief = MonthlyLoopEmailTest.monthly(SampleBrief.crowdfunding());
        String page = write(new HtmlRenderer(new ChartRenderer(brief.formats())).summary(brief)).toUri().toString();
        Path light = dir.resolve("light.png");
        Path prefersDark = dir.resolve("prefers-dark.png");
        Path forced = dir.resolve("forced-dark.png");

        run(List.of("--window-size=600,700", "--screenshot=" + light, page));
        run(List.of("--window-size=600,700", "--blink-settings=preferredColorScheme=0", "--screenshot=" + prefersDark, page));
        run(List.of("--window-size=600,700", "--force-dark-mode", "--enable-features=WebContentsForceDark",
                "--blink-settings=preferredColorScheme=0", "--screenshot=" + forced, page));

        BufferedImage a = ImageIO.read(light.toFile());
        BufferedImage b = ImageIO.read(prefersDark.toFile());
        BufferedImage c = ImageIO.read(forced.toFile());
        assertThat(differing(a, b)).as("prefers dark draws as light").isZero();
        assertThat(differing(a, c)).as("forced dark did invert").isGreaterThan(0.3);
        for (BufferedImage img : List.of(a, c)) {
            int background = img.getRGB(590, 100) & 0xffffff; // the page beside the title
            assertThat(share(img, 40, 260, rgb -> MonthlyLoopEmailTest.contrast(rgb, background) >= 4.5))
                    .as("legible text over %06x", background).isGreaterThan(0.01);
        }
    }

    private static double differing(BufferedImage a, BufferedImage b) {
        long n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
        }
        return (double) n / ((long) a.getWidth() * a.getHeight());
    }

    /** A page with the summary's own img tags and a script that records whether each one decoded. */
    private Path checkPage(Path summary) throws IOException {
        Document html = Jsoup.parse(summary.toFile(), "UTF-8");
        StringBuilder s = new StringBuilder("<!DOCTYPE html><html><body>");
        for (Element img : html.select("img")) s.append("<img src=\"").append(img.attr("src")).append("\">");
        s.append("<script>window.addEventListener('load', () => { for (const i of document.images) {"
                + " i.setAttribute('data-complete', String(i.complete && i.naturalWidth > 0));"
                + " i.setAttribute('data-natural-width', String(i.naturalWidth)); } });</script></body></html>");
        return Files.writeString(summary.resolveSibling("check.html"), s, StandardCharsets.UTF_8);
    }

    private Path write(Map<String, byte[]> files) throws IOException {
        Path out = dir.resolve("out");
        for (var e : files.entrySet()) {
            Path f = out.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        return out.resolve("summary.html");
    }

    /** Runs Chromium headless with a fresh profile; returns its stdout. */
    private String run(List<String> args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--user-data-dir=" + Files.createTempDirectory(dir, "profile")));
        cmd.addAll(args);
        Path stdout = Files.createTempFile(dir, "chromium", ".out");
        Path stderr = Files.createTempFile(dir, "chromium", ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in 90 s: " + Files.readString(stderr));
        }
        assertThat(p.exitValue()).as(Files.readString(stderr)).isZero();
        return Files.readString(stdout);
    }

    private static double share(BufferedImage img, int fromY, int toY, java.util.function.IntPredicate test) {
        long hits = 0;
        long all = 0;
        for (int y = fromY; y < Math.min(toY, img.getHeight()); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                all++;
                if (test.test(img.getRGB(x, y) & 0xffffff)) hits++;
            }
        }
        return (double) hits / all;
    }

    private static boolean isDark(int rgb) {
        return (rgb >> 16 & 0xff) < 80 && (rgb >> 8 & 0xff) < 80 && (rgb & 0xff) < 80;
    }
}
