package segbrief.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;

/** The reports compiled at build time (templates/*.jrxml to /reports/*.jasper), loaded once per JVM. */
final class Templates {
    private static final Map<String, JasperReport> LOADED = new ConcurrentHashMap<>();

    private Templates() {}

    /** The template printed in the CJK-capable font set when {@code cjk}, else in DejaVu Sans alone (see TemplateCompiler). */
    static JasperReport get(String name, boolean cjk) {
        return LOADED.computeIfAbsent(cjk ? name : name + TemplateCompiler.LATIN, Templates::load);
    }

    private static JasperReport load(String name) {
        String path = "/reports/" + name + ".jasper";
        try (InputStream in = Templates.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is not on the class path: build with mvn, which compiles templates/"
                        + name + ".jrxml");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new PdfRenderException("cannot load " + path + ": " + e.getMessage(), e);
        }
    }
}
