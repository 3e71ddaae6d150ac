package segbrief.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Dimension2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.Document;

/**
 * A company logo, SVG or PNG, drawn with Apache Batik (already on the class path through JasperReports): as vectors
 * into any Graphics2D (the PDFs) or as a PNG of a given height (the email, where SVG is not shown). The SVG comes
 * from a spec, so it may load no external resource and run no script.
 */
public final class Logo {
    private final GraphicsNode svg;
    private final BufferedImage png;
    private final double width;
    private final double height;

    private Logo(GraphicsNode svg, BufferedImage png, double width, double height) {
        this.svg = svg;
        this.png = png;
        this.width = width;
        this.height = height;
    }

    public static Logo of(byte[] bytes, boolean isSvg) {
        if (!isSvg) {
            try {
                BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
                if (img == null) throw new IllegalArgumentException("not a readable PNG");
                return new Logo(null, img, img.getWidth(), img.getHeight());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            UserAgentAdapter agent = new UserAgentAdapter() {
                @Override
                public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL doc) {
                    return new NoLoadExternalResourceSecurity();
                }

                @Override
                public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL doc) {
                    return new NoLoadScriptSecurity(type);
                }
            };
            Document doc = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName())
                    .createDocument("file:///logo.svg", new ByteArrayInputStream(bytes));
            BridgeContext ctx = new BridgeContext(agent, new DocumentLoader(agent));
            ctx.setDynamicState(BridgeContext.STATIC);
            GraphicsNode node = new GVTBuilder().build(ctx, doc);
            Dimension2D size = ctx.getDocumentSize();
            return new Logo(node, null, size.getWidth(), size.getHeight());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the SVG logo cannot be drawn: " + e.getMessage(), e);
        }
    }

    /** Width over height. */
    public double aspect() { return width / height; }

    /** Draws the logo into the box, keeping its proportions, left-aligned and vertically centred. */
    public void draw(Graphics2D g, double x, double y, double boxWidth, double boxHeight) {
        double scale = Math.min(boxWidth / width, boxHeight / height);
        AffineTransform saved = g.getTransform();
        g.translate(x, y + (boxHeight - height * scale) / 2);
        g.scale(scale, scale);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        if (svg != null) svg.paint(g);
        else g.drawImage(png, 0, 0, null);
        g.setTransform(saved);
    }

    /** A PNG {@code pixelHeight} high (and as wide as the proportions ask), transparent around the logo. */
    public byte[] png(int pixelHeight) {
        int w = (int) Math.max(1, Math.round(pixelHeight * aspect()));
        BufferedImage img = new BufferedImage(w, pixelHeight, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        draw(g, 0, 0, w, pixelHeight);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
