package segbrief.chart;

import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.GraphicsConfiguration;
import java.awt.Image;
import java.awt.Paint;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.BufferedImageOp;
import java.awt.image.ImageObserver;
import java.awt.image.RenderedImage;
import java.awt.image.renderable.RenderableImage;
import java.text.AttributedCharacterIterator;
import java.text.CharacterIterator;
import java.util.Map;

/**
 * A Graphics2D that draws and measures strings the way a font with fallback would: the characters the current font
 * lacks (Chinese, Japanese, Korean next to DejaVu Sans) in Droid Sans Fallback, see {@link CjkFont}. JFreeChart
 * draws text with {@code drawString(String, x, y)} and measures it with {@code getFontMetrics(font)}, so those two
 * are all that change; everything else goes to the wrapped Graphics2D. Used only for charts whose text needs it, so
 * every other chart is drawn exactly as before.
 */
final class FallbackGraphics extends Graphics2D {
    private final Graphics2D g;

    FallbackGraphics(Graphics2D g) {
        this.g = g;
    }

    // ---- the text: drawn run by run, measured the same way

    @Override
    public void drawString(String str, float x, float y) {
        Font font = g.getFont();
        if (!CjkFont.needed(font, str)) {
            g.drawString(str, x, y);
            return;
        }
        FontRenderContext frc = g.getFontRenderContext();
        try {
            for (CjkFont.Run r : CjkFont.runs(font, str)) {
                g.setFont(r.font());
                g.drawString(r.text(), x, y);
                x += (float) r.font().getStringBounds(r.text(), frc).getWidth();
            }
        } finally {
            g.setFont(font);
        }
    }

    @Override
    public void drawString(String str, int x, int y) {
        drawString(str, (float) x, (float) y);
    }

    @Override
    public FontMetrics getFontMetrics(Font f) {
        return new Metrics(g.getFontMetrics(f));
    }

    /** The wrapped font's metrics, with string widths that count the fallback runs. */
    private static final class Metrics extends FontMetrics {
        private final FontMetrics m;

        Metrics(FontMetrics m) {
            super(m.getFont());
            this.m = m;
        }

        @Override
        public Rectangle2D getStringBounds(String str, Graphics context) {
            Rectangle2D b = m.getStringBounds(str, context);
            if (!CjkFont.needed(getFont(), str)) return b;
            FontRenderContext frc = context instanceof Graphics2D g2 ? g2.getFontRenderContext() : m.getFontRenderContext();
            return new Rectangle2D.Double(b.getX(), b.getY(), CjkFont.width(getFont(), str, frc), b.getHeight());
        }

        @Override
        public Rectangle2D getStringBounds(String str, int begin, int limit, Graphics context) {
            return getStringBounds(str.substring(begin, limit), context);
        }

        @Override
        public Rectangle2D getStringBounds(char[] chars, int begin, int limit, Graphics context) {
            return getStringBounds(new String(chars, begin, limit - begin), context);
        }

        @Override
        public Rectangle2D getStringBounds(CharacterIterator ci, int begin, int limit, Graphics context) {
            StringBuilder s = new StringBuilder();
            for (char c = ci.setIndex(begin); ci.getIndex() < limit; c = ci.next()) s.append(c);
            return getStringBounds(s.toString(), context);
        }

        @Override
        public int stringWidth(String str) {
            if (!CjkFont.needed(getFont(), str)) return m.stringWidth(str);
            return (int) Math.ceil(CjkFont.width(getFont(), str, m.getFontRenderContext()));
        }

        @Override
        public int charsWidth(char[] data, int off, int len) {
            return stringWidth(new String(data, off, len));
        }

        @Override public int getAscent() { return m.getAscent(); }
        @Override public int getDescent() { return m.getDescent(); }
        @Override public int getLeading() { return m.getLeading(); }
        @Override public int getHeight() { return m.getHeight(); }
        @Override public int getMaxAscent() { return m.getMaxAscent(); }
        @Override public int getMaxDescent() { return m.getMaxDescent(); }
        @Override public int getMaxAdvance() { return m.getMaxAdvance(); }
        @Override public int charWidth(int codePoint) { return m.charWidth(codePoint); }
        @Override public int charWidth(char ch) { return m.charWidth(ch); }
        @Override public int[] getWidths() { return m.getWidths(); }
        @Override public FontRenderContext getFontRenderContext() { return m.getFontRenderContext(); }
        @Override public LineMetrics getLineMetrics(String str, Graphics context) { return m.getLineMetrics(str, context); }
    }

    // ---- everything else as the wrapped Graphics2D does it

    @Override public Graphics create() { return new FallbackGraphics((Graphics2D) g.create()); }
    @Override public void dispose() { g.dispose(); }
    @Override public Font getFont() { return g.getFont(); }
    @Override public void setFont(Font font) { g.setFont(font); }
    @Override public FontRenderContext getFontRenderContext() { return g.getFontRenderContext(); }
    @Override public void drawString(AttributedCharacterIterator iterator, int x, int y) { g.drawString(iterator, x, y); }
    @Override public void drawString(AttributedCharacterIterator iterator, float x, float y) { g.drawString(iterator, x, y); }
    @Override public void drawGlyphVector(GlyphVector gv, float x, float y) { g.drawGlyphVector(gv, x, y); }
    @Override public void draw(Shape s) { g.draw(s); }
    @Override public void fill(Shape s) { g.fill(s); }
    @Override public boolean hit(Rectangle rect, Shape s, boolean onStroke) { return g.hit(rect, s, onStroke); }
    @Override public boolean drawImage(Image img, AffineTransform xform, ImageObserver obs) { return g.drawImage(img, xform, obs); }
    @Override public void drawImage(BufferedImage img, BufferedImageOp op, int x, int y) { g.drawImage(img, op, x, y); }
    @Override public void drawRenderedImage(RenderedImage img, AffineTransform xform) { g.drawRenderedImage(img, xform); }
    @Override public void drawRenderableImage(RenderableImage img, AffineTransform xform) { g.drawRenderableImage(img, xform); }
    @Override public GraphicsConfiguration getDeviceConfiguration() { return g.getDeviceConfiguration(); }
    @Override public void setComposite(Composite comp) { g.setComposite(comp); }
    @Override public Composite getComposite() { return g.getComposite(); }
    @Override public void setPaint(Paint paint) { g.setPaint(paint); }
    @Override public Paint getPaint() { return g.getPaint(); }
    @Override public void setStroke(Stroke s) { g.setStroke(s); }
    @Override public Stroke getStroke() { return g.getStroke(); }
    @Override public void setRenderingHint(RenderingHints.Key key, Object value) { g.setRenderingHint(key, value); }
    @Override public Object getRenderingHint(RenderingHints.Key key) { return g.getRenderingHint(key); }
    @Override public void setRenderingHints(Map<?, ?> hints) { g.setRenderingHints(hints); }
    @Override public void addRenderingHints(Map<?, ?> hints) { g.addRenderingHints(hints); }
    @Override public RenderingHints getRenderingHints() { return g.getRenderingHints(); }
    @Override public void translate(int x, int y) { g.translate(x, y); }
    @Override public void translate(double tx, double ty) { g.translate(tx, ty); }
    @Override public void rotate(double theta) { g.rotate(theta); }
    @Override public void rotate(double theta, double x, double y) { g.rotate(theta, x, y); }
    @Override public void scale(double sx, double sy) { g.scale(sx, sy); }
    @Override public void shear(double shx, double shy) { g.shear(shx, shy); }
    @Override public void transform(AffineTransform tx) { g.transform(tx); }
    @Override public void setTransform(AffineTransform tx) { g.setTransform(tx); }
    @Override public AffineTransform getTransform() { return g.getTransform(); }
    @Override public void setBackground(Color color) { g.setBackground(color); }
    @Override public Color getBackground() { return g.getBackground(); }
    @Override public void clip(Shape s) { g.clip(s); }
    @Override public Color getColor() { return g.getColor(); }
    @Override public void setColor(Color c) { g.setColor(c); }
    @Override public void setPaintMode() { g.setPaintMode(); }
    @Override public void setXORMode(Color c1) { g.setXORMode(c1); }
    @Override public Rectangle getClipBounds() { return g.getClipBounds(); }
    @Override public void clipRect(int x, int y, int width, int height) { g.clipRect(x, y, width, height); }
    @Override public void setClip(int x, int y, int width, int height) { g.setClip(x, y, width, height); }
    @Override public Shape getClip() { return g.getClip(); }
    @Override public void setClip(Shape clip) { g.setClip(clip); }
    @Override public void copyArea(int x, int y, int width, int height, int dx, int dy) { g.copyArea(x, y, width, height, dx, dy); }
    @Override public void drawLine(int x1, int y1, int x2, int y2) { g.drawLine(x1, y1, x2, y2); }
    @Override public void fillRect(int x, int y, int width, int height) { g.fillRect(x, y, width, height); }
    @Override public void drawRect(int x, int y, int width, int height) { g.drawRect(x, y, width, height); }
    @Override public void clearRect(int x, int y, int width, int height) { g.clearRect(x, y, width, height); }
    @Override public void drawRoundRect(int x, int y, int w, int h, int aw, int ah) { g.drawRoundRect(x, y, w, h, aw, ah); }
    @Override public void fillRoundRect(int x, int y, int w, int h, int aw, int ah) { g.fillRoundRect(x, y, w, h, aw, ah); }
    @Override public void drawOval(int x, int y, int width, int height) { g.drawOval(x, y, width, height); }
    @Override public void fillOval(int x, int y, int width, int height) { g.fillOval(x, y, width, height); }
    @Override public void drawArc(int x, int y, int w, int h, int start, int arc) { g.drawArc(x, y, w, h, start, arc); }
    @Override public void fillArc(int x, int y, int w, int h, int start, int arc) { g.fillArc(x, y, w, h, start, arc); }
    @Override public void drawPolyline(int[] xs, int[] ys, int n) { g.drawPolyline(xs, ys, n); }
    @Override public void drawPolygon(int[] xs, int[] ys, int n) { g.drawPolygon(xs, ys, n); }
    @Override public void fillPolygon(int[] xs, int[] ys, int n) { g.fillPolygon(xs, ys, n); }
    @Override public boolean drawImage(Image img, int x, int y, ImageObserver o) { return g.drawImage(img, x, y, o); }
    @Override public boolean drawImage(Image img, int x, int y, int w, int h, ImageObserver o) { return g.drawImage(img, x, y, w, h, o); }
    @Override public boolean drawImage(Image img, int x, int y, Color bg, ImageObserver o) { return g.drawImage(img, x, y, bg, o); }
    @Override public boolean drawImage(Image img, int x, int y, int w, int h, Color bg, ImageObserver o) {
        return g.drawImage(img, x, y, w, h, bg, o);
    }
    @Override public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                                       ImageObserver o) {
        return g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, o);
    }
    @Override public boolean drawImage(Image img, int dx1, int dy1, int dx2, int dy2, int sx1, int sy1, int sx2, int sy2,
                                       Color bg, ImageObserver o) {
        return g.drawImage(img, dx1, dy1, dx2, dy2, sx1, sy1, sx2, sy2, bg, o);
    }
}
