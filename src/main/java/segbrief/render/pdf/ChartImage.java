package segbrief.render.pdf;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import segbrief.brief.ChartSpec;
import segbrief.chart.ChartRenderer;

/** A report image that draws one chart as vectors when the page is exported. */
final class ChartImage extends AbstractRenderer implements Graphics2DRenderable {
    // Reports are filled and exported in memory (no virtualizer), so the image is never serialized.
    private final transient ChartSpec spec;
    private final transient ChartRenderer charts;

    ChartImage(ChartSpec spec, ChartRenderer charts) {
        this.spec = spec;
        this.charts = charts;
    }

    /** The chart without its own title: the report prints the title as text above it (searchable, not repeated). */
    static ChartImage of(ChartSpec spec, ChartRenderer charts) {
        return spec == null ? null : new ChartImage(untitled(spec), charts);
    }

    static ChartSpec untitled(ChartSpec spec) {
        return spec.untitled();
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
        Graphics2D copy = (Graphics2D) g.create();
        try {
            copy.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            charts.draw(spec, copy, area);
        } finally {
            copy.dispose();
        }
    }
}
