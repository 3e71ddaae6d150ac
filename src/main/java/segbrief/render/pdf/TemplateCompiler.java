package segbrief.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/** Build-time step: compiles every templates/*.jrxml into a .jasper resource, so no run compiles a template. */
public final class TemplateCompiler {
    private TemplateCompiler() {}

    public static void main(String[] args) throws IOException, JRException {
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
}
