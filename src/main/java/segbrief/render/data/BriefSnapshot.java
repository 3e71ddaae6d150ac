package segbrief.render.data;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import segbrief.UserError;
import segbrief.brief.Brand;
import segbrief.brief.Brief;
import segbrief.brief.ChartSpec;
import segbrief.brief.Claim;
import segbrief.brief.Clustering;
import segbrief.brief.Continuity;
import segbrief.brief.CrossTab;
import segbrief.brief.DataQuality;
import segbrief.brief.Distribution;
import segbrief.brief.Finding;
import segbrief.brief.Kpi;
import segbrief.brief.Measure;
import segbrief.brief.Meta;
import segbrief.brief.RfmSummary;
import segbrief.brief.SegmentTable;
import segbrief.brief.Trend;
import segbrief.render.html.EmailOptions;

/**
 * The "snapshot" member of metrics.json: the whole Brief, the email options and the brand as Jackson writes the records, enough
 * for {@code segbrief render} to write every document again without the data. Doubles are written in their shortest
 * exact form (NaN as null, as elsewhere in metrics.json) and read back to the same bits; maps keep their order.
 */
public final class BriefSnapshot {
    /** What the renderers were given: the brief, who its email is from and to, and the company's look (the logo's bytes in base64). */
    public record Rendering(Brief brief, EmailOptions email, Brand brand) {}

    /** Brief with its optional parts as plain nullable members (the brief package carries no Jackson annotations). */
    record Saved(Meta meta, DataQuality quality, List<Measure> measures, List<Kpi> kpis, String headline,
                 String recommendation, List<Finding> findings, List<SegmentTable> segments, List<CrossTab> crossTabs,
                 List<Trend> trends, List<Distribution> distributions, Clustering clustering, RfmSummary rfm,
                 List<Claim> claims, Continuity continuity, EmailOptions email, Brand brand, List<String> pageOrder) {
        /** The default brand is written as null: renderers tell it by identity, so it must read back as the same one. */
        static Saved of(Brief b, EmailOptions email, Brand brand) {
            return new Saved(b.meta(), b.quality(), b.measures(), b.kpis(), b.headline(), b.recommendation(), b.findings(),
                    b.segments(), b.crossTabs(), b.trends(), b.distributions(), b.clustering().orElse(null),
                    b.rfm().orElse(null), b.claims(), b.continuity(), email, brand == Brand.DEFAULT ? null : brand, b.pageOrder());
        }

        Rendering rendering() {
            return new Rendering(new Brief(meta, quality, measures, kpis, headline, recommendation, findings, segments,
                    crossTabs, trends, distributions, Optional.ofNullable(clustering), Optional.ofNullable(rfm), claims,
                    continuity, pageOrder), email, brand == null ? Brand.DEFAULT : brand);
        }
    }

    /** ChartSpec's kinds by name, so that a chart reads back as the kind it was. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = ChartSpec.Bar.class, name = "bar"),
            @JsonSubTypes.Type(value = ChartSpec.Donut.class, name = "donut"),
            @JsonSubTypes.Type(value = ChartSpec.Line.class, name = "line"),
            @JsonSubTypes.Type(value = ChartSpec.Histogram.class, name = "histogram"),
            @JsonSubTypes.Type(value = ChartSpec.GroupShape.class, name = "group_shape"),
            @JsonSubTypes.Type(value = ChartSpec.Scatter.class, name = "scatter"),
            @JsonSubTypes.Type(value = ChartSpec.Treemap.class, name = "treemap"),
            @JsonSubTypes.Type(value = ChartSpec.Heatmap.class, name = "heatmap")})
    interface ChartSpecKinds {}

    private static final ObjectMapper MAPPER = mapper();

    private BriefSnapshot() {}

    private static ObjectMapper mapper() {
        SimpleModule m = new SimpleModule("segbrief-snapshot");
        m.addSerializer(LocalDate.class, ToStringSerializer.instance);
        m.addDeserializer(LocalDate.class, new FromStringDeserializer<>(LocalDate.class) {
            @Override
            protected LocalDate _deserialize(String value, DeserializationContext ctxt) {
                return LocalDate.parse(value);
            }
        });
        m.addSerializer(Double.class, new Doubles());
        m.addSerializer(Double.TYPE, new Doubles());
        m.addDeserializer(Double.class, new NoValues());
        m.addDeserializer(Double.TYPE, new NoValues());
        return new ObjectMapper().registerModule(m).addMixIn(ChartSpec.class, ChartSpecKinds.class)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * As the rest of metrics.json, NaN (no value) is null; an infinity is a number beyond any double (1e999), which
     * JSON readers take as one. Other doubles are written in their shortest form that reads back to the same bits.
     */
    static final class Doubles extends StdSerializer<Double> {
        Doubles() {
            super(Double.class);
        }

        @Override
        public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException {
            if (v.isNaN()) g.writeNull();
            else if (v.isInfinite()) g.writeNumber(v > 0 ? "1e999" : "-1e999");
            else g.writeNumber(v.doubleValue());
        }
    }

    /** Reads null as NaN, the value it stands for. */
    static final class NoValues extends StdDeserializer<Double> {
        NoValues() {
            super(Double.class);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return p.getValueAsDouble(Double.NaN);
        }

        @Override
        public Double getNullValue(DeserializationContext ctxt) {
            return Double.NaN;
        }
    }

    /** The snapshot as JSON text, indented to sit one level deep in metrics.json. */
    public static String json(Brief brief, EmailOptions email, Brand brand) {
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n  "));
        try {
            return MAPPER.writer(pp).writeValueAsString(Saved.of(brief, email, brand));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Reads the snapshot back from a metrics.json file; a file without one is the user's error, named. */
    public static Rendering read(Path metricsJson) {
        JsonNode snapshot;
        try {
            snapshot = MAPPER.readTree(metricsJson.toFile()).path("snapshot");
        } catch (IOException e) {
            throw new UserError(UserError.Kind.DATA, metricsJson.toString(), "not a readable metrics.json",
                    "give the metrics.json of a brief's output folder");
        }
        if (!snapshot.isObject()) {
            throw new UserError(UserError.Kind.DATA, metricsJson.toString(), "this metrics.json carries no snapshot to render",
                    "run its period again: briefs written before the render command have none");
        }
        try {
            return MAPPER.treeToValue(snapshot, Saved.class).rendering();
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError(UserError.Kind.DATA, metricsJson.toString(),
                    "the snapshot does not read back: " + e.getMessage().strip().lines().findFirst().orElse(""),
                    "run its period again", e);
        }
    }
}
