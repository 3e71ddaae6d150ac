package segbrief.render.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import segbrief.brief.Brief;
import segbrief.brief.SourceInfo;

/**
 * What manifest.json says a brief was made from: the inputs and the spec by SHA-256, the seed, the product version,
 * the period (and how it was asked for) and the archived period it was compared with; each value as JSON text.
 */
public final class ManifestFacts {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ManifestFacts() {}

    public static Map<String, String> of(Brief b) {
        Map<String, String> out = new LinkedHashMap<>();
        List<Map<String, String>> inputs = new ArrayList<>();
        for (SourceInfo s : b.meta().sources()) {
            Map<String, String> x = new LinkedHashMap<>();
            x.put("file", s.file());
            x.put("sha256", s.sha256());
            inputs.add(x);
        }
        var c = b.continuity();
        out.put("inputs", json(inputs));
        out.put("spec_sha256", json(c.specSha256()));
        out.put("seed", json(b.meta().seed()));
        out.put("product_version", json(b.meta().productVersion()));
        out.put("period", json(b.meta().periodLabel()));
        out.put("period_request", json(c.periodRequest()));
        out.put("as_of", json(c.asOf() == null ? null : c.asOf().toString()));
        out.put("compared_with", json(c.comparedWith()));
        return out;
    }

    private static String json(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
