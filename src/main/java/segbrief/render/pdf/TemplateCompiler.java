package segbrief.render.pdf;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time step: compiles every templates/*.jrxml into a .jasper resource, so no run compiles a template; each in
 * two variants, with the CJK-capable font set the templates name and with DejaVu Sans alone ({@link #LATIN}).
 */
public final class TemplateCompiler {
    /** The font set the templates name (src/main/resources/segbrief/fonts/fonts.xml). */
    static final String FONT_SET = "SegmentBrief Sans";
    /** The suffix of the variant printed in DejaVu Sans alone. */
    static final String LATIN = ".dejavu";

    private TemplateCompiler() {}

    private static void compile(Path src, String jrxml, Path target) throws IOException, JRException {
        if (Files.exists(target) && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(src)) >= 0) {
            return;
        }
        try (var in = new java.io.ByteArrayInputStream(jrxml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
             var o = Files.newOutputStream(target)) {
            JasperCompileManager.compileReportToStream(in, o);
        }
    }

    public static void main(String[] args) throws IOException, JRException {
        useProjectClasspath();
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        if (!Files.isDirectory(in)) return;
        List<Path> sources;
        try (Stream<Path> s = Files.list(in)) {
            sources = s.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
        for (Path src : sources) {
            String name = src.getFileName().toString().replace(".jrxml", "");
            String jrxml = Files.readString(src);
            compile(src, jrxml, out.resolve(name + ".jasper"));
            // The same template in DejaVu Sans alone, for the briefs without Chinese, Japanese or Korean (nearly all):
            // the font set splits every text into runs by font, which costs the mall brief 0.3 s of its 1.5 s.
            compile(src, jrxml.replace("fontName=\"" + FONT_SET + "\"", "fontName=\"DejaVu Sans\""),
                    out.resolve(name + LATIN + ".jasper"));
        }
    }

    /**
     * Maven's exec:java runs this in-process: java.class.path is then Maven's own launcher, and the JDK compiler
     * JasperReports uses for expressions would not find JasperReports. Hand it the project's class path instead.
     */
    private static void useProjectClasspath() {
        if (!(Thread.currentThread().getContextClassLoader() instanceof URLClassLoader loader)) {
            return;
        }
        List<String> entries = new ArrayList<>();
        for (URL url : loader.getURLs()) {
            try {
                entries.add(Path.of(url.toURI()).toString());
            } catch (URISyntaxException | IllegalArgumentException e) {
                // not a file URL: it cannot hold classes the expression compiler needs
            }
        }
        if (!entries.isEmpty()) {
            DefaultJasperReportsContext.getInstance().setProperty(
                    "net.sf.jasperreports.compiler.classpath", String.join(File.pathSeparator, entries));
        }
    }
}
