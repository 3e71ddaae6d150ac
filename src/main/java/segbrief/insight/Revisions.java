package segbrief.insight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import segbrief.brief.Continuity;
import segbrief.brief.Formats;
import segbrief.brief.Kpi;
import segbrief.brief.Snapshot;
import segbrief.brief.ValueKind;

/**
 * The previous period as today's data has it against its archived brief: late rows and corrections move its
 * figures after it was sent. Each figure that moved is a revision with both values and the rows behind it.
 */
public final class Revisions {
    private Revisions() {}

    /**
     * @param rows      the previous period's rows in today's data
     * @param customers its distinct customers in today's data
     * @param sum       its primary measure's total in today's data
     */
    public static List<Continuity.Revision> of(Snapshot archived, long rows, long customers, double sum, String primary,
                                               String measureLabel, ValueKind kind, Formats f) {
        List<Continuity.Revision> out = new ArrayList<>();
        long more = rows - archived.rows();
        String period = archived.period();
        String why = more > 0 ? more + " row" + (more == 1 ? "" : "s") + " dated " + period + " arrived after its brief"
                : more < 0 ? -more + " row" + (more == -1 ? "" : "s") + " dated " + period + " are no longer in the data"
                : "rows dated " + period + " were corrected after its brief";
        Kpi total = archived.kpis().stream().filter(k -> k.key().equals(primary + ".sum")).findFirst().orElse(null);
        if (total != null && !same(total.value(), sum)) {
            out.add(new Continuity.Revision(primary + ".sum", total.label(), kind, total.value(), sum, more,
                    period + " " + measureLabel.toLowerCase(Locale.ROOT) + " revised from " + f.compact(total.value(), kind) + " to "
                            + f.compact(sum, kind) + ": " + why));
        }
        if (archived.rows() != rows) {
            out.add(new Continuity.Revision("rows", "Rows", ValueKind.COUNT, archived.rows(), rows, more,
                    period + " rows revised from " + f.exact(archived.rows(), ValueKind.COUNT) + " to " + f.exact(rows, ValueKind.COUNT)));
        }
        if (archived.customers() != customers) {
            out.add(new Continuity.Revision("customers", "Customers", ValueKind.COUNT, archived.customers(), customers, more,
                    period + " customers revised from " + f.exact(archived.customers(), ValueKind.COUNT) + " to "
                            + f.exact(customers, ValueKind.COUNT)));
        }
        return out;
    }

    private static boolean same(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }
}
