package segbrief.render.html;

import freemarker.cache.ClassTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The FreeMarker seam: templates from the classpath at /templates, .ftlh, auto-escaped, strict. */
final class FreemarkerTemplates {
    /** Every template this package uses; a test processes each one. */
    static final List<String> ALL = List.of("summary.ftlh");

    /** One configuration per JVM: it caches the parsed templates, and FreeMarker allows sharing it between threads. */
    static final FreemarkerTemplates SHARED = new FreemarkerTemplates();

    private final Configuration cfg;

    FreemarkerTemplates() {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new ClassTemplateLoader(FreemarkerTemplates.class, "/templates"));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocale(Locale.ROOT);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    }

    /** Parses every template into the configuration's cache; a failure is left for {@link #render} to report. */
    void load() {
        for (String name : ALL) {
            try {
                cfg.getTemplate(name);
            } catch (IOException | RuntimeException e) {
                // render() reports it
            }
        }
    }

    /** Renders {@code name} with {@code view} (a record, shown to the template as nested maps) as {@code b}. */
    String render(String name, Record view) {
        try {
            Template t = cfg.getTemplate(name);
            StringWriter out = new StringWriter();
            t.process(Map.of("b", plain(view)), out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("template /templates/" + name + " could not be read", e);
        } catch (TemplateException e) {
            throw new IllegalStateException("template /templates/" + name + " failed: " + e.getMessageWithoutStackTop(), e);
        }
    }

    /**
     * The view records are package-private, which FreeMarker's wrapper does not read; as maps, lists and
     * strings they are also all a template can reach: no method of any object is callable from a template.
     */
    static Object plain(Object value) {
        return switch (value) {
            case null -> null;
            case Record r -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        Method accessor = c.getAccessor();
                        accessor.setAccessible(true);
                        Object v = plain(accessor.invoke(r));
                        if (v != null) map.put(c.getName(), v);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("cannot read " + c, e);
                    }
                }
                yield map;
            }
            case List<?> list -> list.stream().map(FreemarkerTemplates::plain).toList();
            default -> value;
        };
    }
}
