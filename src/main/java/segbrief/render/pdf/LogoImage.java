package segbrief.render.pdf;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import segbrief.chart.Logo;

/** A report image that draws the company's logo as vectors (an SVG's paths stay paths in the PDF). */
final class LogoImage extends AbstractRenderer implements Graphics2DRenderable {
    // Reports are filled and exported in memory (no virtualizer), so the image is never serialized.
    private final transient Logo logo;

    LogoImage(Logo logo) {
        this.logo = logo;
    }

    @Override
    public void render(JasperReportsContext context, Graphics2D g, Rectangle2D area) {
        logo.draw(g, area.getX(), area.getY(), area.getWidth(), area.getHeight());
    }
}
