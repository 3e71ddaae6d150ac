package segbrief.render.data;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import segbrief.brief.Continuity;

/** The "continuity" section of metrics.json: how the period was asked for, its coverage, what changed, and the
 * per-segment spreads a later run tests against. */
final class ContinuityJson {
    private ContinuityJson() {}

    static void write(ObjectNode n, Continuity c) {
        n.put("period_request", c.periodRequest()).put("as_of", c.asOf() == null ? null : c.asOf().toString());
        if (c.coverage() != null) {
            var v = c.coverage();
            ObjectNode x = n.putObject("coverage").put("days_in_period", v.daysInPeriod()).put("days_with_data", v.daysWithData())
                    .put("data_ends", v.dataEnds() == null ? null : v.dataEnds().toString());
            num(x, "rows_per_day", v.rowsPerDay());
            num(x, "expected_rows_per_day", v.expectedRowsPerDay());
            x.put("expected_from", v.expectedFrom()).put("complete", v.complete()).put("banner", v.banner());
        }
        n.put("compared_with", c.comparedWith());
        ArrayNode changes = n.putArray("changes");
        for (Continuity.Change ch : c.changes()) {
            ObjectNode x = changes.addObject().put("key", ch.key()).put("group", ch.group()).put("label", ch.label())
                    .put("kind", ch.kind().name().toLowerCase());
            num(x, "previous", ch.previous());
            num(x, "current", ch.current());
            num(x, "difference", ch.difference());
            num(x, "low", ch.low());
            num(x, "high", ch.high());
            x.put("test", ch.test());
            num(x, "p", ch.p());
            num(x, "q", ch.q());
            x.put("significant", ch.significant());
        }
        ArrayNode revisions = n.putArray("revisions");
        for (Continuity.Revision r : c.revisions()) {
            ObjectNode x = revisions.addObject().put("key", r.key()).put("label", r.label()).put("kind", r.kind().name().toLowerCase());
            num(x, "archived", r.archived());
            num(x, "recomputed", r.recomputed());
            x.put("rows", r.rows()).put("sentence", r.sentence());
        }
        ArrayNode since = n.putArray("since");
        c.since().forEach(since::add);
        ArrayNode movements = n.putArray("movements");
        for (Continuity.Movement m : c.movements()) {
            ObjectNode x = movements.addObject().put("kind", m.kind()).put("largest", m.largest());
            ArrayNode flows = x.putArray("flows");
            m.flows().forEach(f -> flows.addObject().put("from", f.from()).put("to", f.to()).put("customers", f.customers()));
        }
        ArrayNode matches = n.putArray("cluster_matches");
        for (Continuity.ClusterMatch m : c.clusterMatches()) {
            ObjectNode x = matches.addObject().put("id", m.id()).put("name", m.name()).put("previous_id", m.previousId())
                    .put("previous_name", m.previousName());
            num(x, "distance", m.distance());
            x.put("status", m.status());
        }
        ArrayNode spreads = n.putArray("spreads");
        for (Continuity.Spread s : c.spreads()) {
            ObjectNode x = spreads.addObject().put("column", s.column()).put("segment", s.segment()).put("n", s.n());
            num(x, "mean", s.mean());
            num(x, "variance", s.variance());
        }
    }

    private static void num(ObjectNode n, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) n.putNull(key);
        else n.put(key, v);
    }
}
