package segbrief.render.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import segbrief.UserError;
import segbrief.brief.Continuity;
import segbrief.brief.Kpi;
import segbrief.brief.Snapshot;
import segbrief.brief.ValueKind;

/** Reads an archived metrics.json back into the figures later runs compare with. */
public final class SnapshotReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SnapshotReader() {}

    public static Snapshot read(Path metricsJson) {
        JsonNode root;
        try {
            root = MAPPER.readTree(metricsJson.toFile());
        } catch (IOException e) {
            throw new UserError(UserError.Kind.DATA, metricsJson.toString(), "not a readable metrics.json",
                    "remove the folder or run its period again");
        }
        JsonNode brief = root.path("brief");
        String primary = null;
        for (JsonNode m : root.path("measures")) if (m.path("primary").asBoolean()) primary = m.path("column").asText();
        List<Kpi> kpis = new ArrayList<>();
        for (JsonNode k : root.path("kpis")) {
            kpis.add(new Kpi(k.path("key").asText(), k.path("label").asText(), num(k.path("value")), kind(k.path("kind")),
                    num(k.path("change"))));
        }
        List<Snapshot.Segment> segments = new ArrayList<>();
        for (JsonNode t : root.path("segments")) {
            for (JsonNode r : t.path("rows")) {
                double share = primary == null ? Double.NaN : num(r.path("measures").path(primary).path("share"));
                segments.add(new Snapshot.Segment(t.path("column").asText(), t.path("dimension").asText(), r.path("segment").asText(),
                        r.path("count").asLong(), r.path("customers").asLong(), share));
            }
        }
        JsonNode c = root.path("continuity");
        List<Continuity.Spread> spreads = new ArrayList<>();
        for (JsonNode s : c.path("spreads")) {
            spreads.add(new Continuity.Spread(text(s.path("column")), text(s.path("segment")),
                    s.path("n").asLong(), num(s.path("mean")), num(s.path("variance"))));
        }
        List<String> features = new ArrayList<>();
        root.path("clusters").path("features").forEach(f -> features.add(f.asText()));
        List<Snapshot.Cluster> clusters = new ArrayList<>();
        for (JsonNode x : root.path("clusters").path("clusters")) {
            java.util.Map<String, Double> centroid = new java.util.LinkedHashMap<>();
            x.path("centroid").properties().forEach(e -> centroid.put(e.getKey(), num(e.getValue())));
            clusters.add(new Snapshot.Cluster(x.path("id").asInt(), x.path("name").asText(), centroid));
        }
        return new Snapshot(brief.path("period").asText(), date(brief.path("data_from")), date(brief.path("data_to")),
                root.path("data").path("rows").asLong(), root.path("data").path("customers").asLong(),
                num(c.path("coverage").path("rows_per_day")), false, kpis, segments, spreads, features, clusters);
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : null;
    }

    private static double num(JsonNode n) {
        return n.isNumber() ? n.asDouble() : Double.NaN;
    }

    private static LocalDate date(JsonNode n) {
        return n.isTextual() ? LocalDate.parse(n.asText()) : null;
    }

    private static ValueKind kind(JsonNode n) {
        try {
            return ValueKind.valueOf(n.asText("number").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ValueKind.NUMBER;
        }
    }
}
