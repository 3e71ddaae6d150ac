package segbrief.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * DejaVu Sans from the jasperreports-fonts jar, registered once in the local GraphicsEnvironment so the PNGs and
 * the PDF (whose font extension names the same family) use the same letters.
 */
final class DejaVuFonts {
    static final String FAMILY = "DejaVu Sans";
    private static final String DIR = "/net/sf/jasperreports/fonts/dejavu/";

    private DejaVuFonts() {}

    /** Loaded on first use by the class-holder idiom: thread-safe and registered exactly once. */
    private static final class Holder {
        static final Font PLAIN = register("DejaVuSans.ttf");
        static final Font BOLD = register("DejaVuSans-Bold.ttf");
    }

    static Font plain(float size) {
        return Holder.PLAIN.deriveFont(Font.PLAIN, size);
    }

    static Font bold(float size) {
        return Holder.BOLD.deriveFont(Font.BOLD, size);
    }

    private static Font register(String file) {
        try {
            if (DejaVuFonts.class.getResource(DIR + file) == null) {
                throw new IllegalStateException("font resource " + DIR + file
                        + " is missing: is net.sf.jasperreports:jasperreports-fonts on the classpath?");
            }
            Font font = FontFiles.load(DIR + file);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + DIR + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + DIR + file + " is not a TrueType font", e);
        }
    }
}
