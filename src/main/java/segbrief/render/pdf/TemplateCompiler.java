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

/** Build-time step: compiles every templates/*.jrxml into a .jasper resource, so no run compiles a template. */
public final class TemplateCompiler {
    private TemplateCompiler() {}

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
            String name = src.getFileName().toString().replace(".jrxml", ".jasper");
            Path target = out.resolve(name);
            if (Files.exists(target) && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(src)) >= 0) {
                continue;
            }
            JasperCompileManager.compileReportToFile(src.toString(), target.toString());
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
