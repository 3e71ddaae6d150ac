package segbrief.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.Serial;
import java.io.Serializable;
import java.text.AttributedString;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.labels.PieSectionLabelGenerator;
import org.jfree.chart.plot.CenterTextMode;
import org.jfree.chart.plot.PieLabelLinkStyle;
import org.jfree.chart.plot.RingPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.general.DefaultPieDataset;
import org.jfree.data.general.PieDataset;
import segbrief.brief.ChartSpec;
import segbrief.brief.Formats;

/**
 * A ring with "label 42.3%" outside each slice. With a highlight, that slice is the accent colour, the rest are
 * greys, and its share stands in the hole; without one, slices take the palette.
 */
final class DonutChartBuilder {
    private static final List<Color> GREYS = List.of(Theme.MUTED, new Color(0xD9, 0xD9, 0xD9), new Color(0xA6, 0xA6, 0xA6));

    private final Theme theme;

    DonutChartBuilder(Theme theme) {
        this.theme = theme;
    }

    JFreeChart build(ChartSpec.Donut spec, Rectangle2D area) {
        DefaultPieDataset<Key> data = dataset(spec);
        double total = data.getKeys().stream().mapToDouble(k -> data.getValue(k).doubleValue()).sum();
        Key highlight = data.getKeys().stream()
                .filter(k -> k.label().equals(spec.highlight()) || spec.labels().get(k.index()).equals(spec.highlight()))
                .findFirst().orElse(null);

        RingPlot plot = new RingPlot(data);
        plot.setSectionDepth(0.38);
        plot.setStartAngle(90);
        plot.setCircular(true);
        plot.setIgnoreZeroValues(true);
        plot.setIgnoreNullValues(true);
        plot.setShadowPaint(null);
        plot.setShadowGenerator(null);
        plot.setSeparatorsVisible(false);
        plot.setSectionOutlinesVisible(true);
        plot.setDefaultSectionOutlinePaint(Color.WHITE);
        plot.setDefaultSectionOutlineStroke(new BasicStroke(theme.size(1f)));
        plot.setAutoPopulateSectionOutlinePaint(false);
        plot.setAutoPopulateSectionOutlineStroke(false);
        plot.setInteriorGap(0.06);
        plot.setMaximumLabelWidth(0.28);
        plot.setLabelGenerator(new ShareLabels(theme.formats, total));
        plot.setLabelFont(theme.valueLabelFont());
        plot.setLabelPaint(Theme.TEXT);
        plot.setLabelBackgroundPaint(null);
        plot.setLabelOutlinePaint(null);
        plot.setLabelShadowPaint(null);
        plot.setLabelPadding(new RectangleInsets(1, 1, 1, 1));
        plot.setLabelLinkStyle(PieLabelLinkStyle.STANDARD);
        plot.setLabelLinkPaint(Theme.AXIS_LINE);
        plot.setLabelLinkStroke(theme.thin());
        plot.setLabelGap(0.01);
        int grey = 0;
        for (int i = 0; i < data.getItemCount(); i++) {
            Key k = data.getKey(i);
            if (highlight == null) {
                plot.setSectionPaint(k, Theme.series(i));
            } else {
                plot.setSectionPaint(k, k.equals(highlight) ? Theme.accent() : GREYS.get(grey++ % GREYS.size()));
            }
        }
        if (highlight != null && total > 0) {
            plot.setCenterTextMode(CenterTextMode.FIXED);
            plot.setCenterText(theme.formats.percent(data.getValue(highlight).doubleValue() / total));
            plot.setCenterTextFont(DejaVuFonts.bold(theme.size(11f)));
            plot.setCenterTextColor(Theme.accent());
        }
        return theme.chart(spec.title(), plot, false);
    }

    /** Slices in the spec's order; NaN, negative and missing values have no slice (a ring cannot show them). */
    private static DefaultPieDataset<Key> dataset(ChartSpec.Donut spec) {
        DefaultPieDataset<Key> data = new DefaultPieDataset<>();
        List<String> labels = CategoryLabels.distinct(spec.labels());
        for (int i = 0; i < spec.labels().size(); i++) {
            double v = i < spec.values().size() ? spec.values().get(i) : Double.NaN;
            if (Double.isFinite(v) && v >= 0) data.setValue(new Key(i, labels.get(i)), v);
        }
        return data;
    }

    /** "label 42.3%": the slice's share of the ring, worded by {@link Formats#percent}. */
    @SuppressWarnings({"rawtypes", "unchecked"}) // JFreeChart 1.5's PieSectionLabelGenerator is declared with raw types

    private record ShareLabels(Formats formats, double total) implements PieSectionLabelGenerator, Serializable {
        @Serial
        private static final long serialVersionUID = 1L;

        @Override
        public String generateSectionLabel(PieDataset dataset, Comparable key) {
            Number v = dataset.getValue(key);
            if (v == null || total <= 0) return null;
            return key + " " + formats.percent(v.doubleValue() / total);
        }

        @Override
        public AttributedString generateAttributedSectionLabel(PieDataset dataset, Comparable key) {
            return null;
        }
    }
}
