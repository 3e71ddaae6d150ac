package segbrief.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Droid Sans Fallback, for the Chinese, Japanese and Korean letters DejaVu Sans has no glyphs for: the same file the
 * PDFs' font set embeds (segbrief/fonts/fonts.xml). Java2D does not fall back from one loaded font to another, so
 * text is cut into runs here, each drawn and measured in the font that has its glyphs. Droid Sans Fallback has no
 * Latin, Greek or Cyrillic of its own, so only the characters DejaVu Sans lacks ever change font.
 */
final class CjkFont {
    private static final String RESOURCE = "/segbrief/fonts/DroidSansFallback.ttf";

    private CjkFont() {}

    /** Loaded on first use by the class-holder idiom; a chart without CJK never reads the 3.4 MB file. */
    private static final class Holder {
        static final Font FONT = load();
    }

    /** A stretch of a text and the font to draw it in. */
    record Run(String text, Font font) {}

    /** Whether {@code text} has a character {@code font} cannot show and Droid Sans Fallback can. */
    static boolean needed(Font font, String text) {
        return text.codePoints().anyMatch(c -> !font.canDisplay(c) && Holder.FONT.canDisplay(c));
    }

    /** Whether any of {@code text} needs Droid Sans Fallback next to DejaVu Sans (the style does not matter). */
    static boolean needed(String text) {
        return needed(DejaVuFonts.plain(10), text);
    }

    /** {@code text} in runs: in {@code font}, and in Droid Sans Fallback (same size and style) where font lacks glyphs. */
    static List<Run> runs(Font font, String text) {
        Font fallback = Holder.FONT.deriveFont(font.getStyle(), font.getSize2D());
        List<Run> runs = new ArrayList<>();
        int start = 0;
        boolean inFallback = false;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            boolean f = !font.canDisplay(c) && Holder.FONT.canDisplay(c);
            if (f != inFallback && i > start) {
                runs.add(new Run(text.substring(start, i), inFallback ? fallback : font));
                start = i;
            }
            inFallback = f;
        }
        if (start < text.length()) runs.add(new Run(text.substring(start), inFallback ? fallback : font));
        return runs;
    }

    /** The advance of {@code text} in {@code font} with the fallback runs: exactly the font's own where none is needed. */
    static double width(Font font, String text, FontRenderContext frc) {
        if (!needed(font, text)) return font.getStringBounds(text, frc).getWidth();
        double w = 0;
        for (Run r : runs(font, text)) w += r.font().getStringBounds(r.text(), frc).getWidth();
        return w;
    }

    private static Font load() {
        try {
            return FontFiles.load(RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + RESOURCE + " is not a TrueType font", e);
        }
    }
}
