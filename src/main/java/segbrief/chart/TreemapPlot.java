package segbrief.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.Serial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.PlotState;
import segbrief.brief.ChartSpec.Tile;
import segbrief.brief.ValueKind;

/**
 * A two-level squarified treemap, which JFreeChart lacks: one rectangle per group (e.g. city) sized by its total,
 * split into tiles per label (e.g. gender). When the same few labels recur across groups, tiles are coloured by
 * label (with a legend) so the split compares across groups; otherwise by group. Group name, tile label and
 * compact value are written inside a tile when they fit.
 */
final class TreemapPlot extends Plot {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The tiles of one group, in the spec's order. */
    record Group(String name, List<Tile> tiles) {
        double total() { return tiles.stream().mapToDouble(Tile::value).sum(); }
    }

    private final transient Theme theme;
    private final transient List<Group> groups;
    private final List<String> labels;
    private final boolean byLabel;
    private final ValueKind kind;

    TreemapPlot(Theme theme, List<Tile> tiles, ValueKind kind) {
        this.theme = theme;
        this.kind = kind == null ? ValueKind.NUMBER : kind;
        Map<String, List<Tile>> byGroup = new LinkedHashMap<>();
        for (Tile t : tiles) {
            if (Double.isFinite(t.value()) && t.value() > 0) {
                byGroup.computeIfAbsent(t.group() == null ? "" : t.group(), g -> new ArrayList<>()).add(t);
            }
        }
        this.groups = byGroup.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
        this.labels = groups.stream().flatMap(g -> g.tiles().stream()).map(t -> String.valueOf(t.label()))
                .distinct().toList();
        int count = groups.stream().mapToInt(g -> g.tiles().size()).sum();
        this.byLabel = labels.size() <= Theme.PALETTE_HEX.size() && labels.size() < count && groups.size() > 1;
    }

    /** The groups and tiles drawn (positive finite values only), in the spec's order. */
    List<Group> groups() { return groups; }

    boolean colouredByLabel() { return byLabel; }

    @Override
    public String getPlotType() {
        return "Treemap";
    }

    @Override
    public LegendItemCollection getLegendItems() {
        LegendItemCollection items = new LegendItemCollection();
        if (!byLabel) return items;
        for (int i = 0; i < labels.size(); i++) {
            double d = theme.size(6);
            LegendItem item = new LegendItem(labels.get(i), null, null, null,
                    new Rectangle2D.Double(-d / 2, -d / 2, d, d), Theme.series(i));
            items.add(item);
        }
        return items;
    }

    @Override
    public void draw(Graphics2D g2, Rectangle2D area, Point2D anchor, PlotState parentState, PlotRenderingInfo info) {
        Rectangle2D inner = (Rectangle2D) area.clone();
        getInsets().trim(inner);
        if (info != null) {
            info.setPlotArea(area);
            info.setDataArea(inner);
        }
        if (groups.isEmpty()) {
            drawNoDataMessage(g2, inner);
            return;
        }
        List<Rectangle2D> outer = SquarifiedLayout.layout(groups.stream().map(Group::total).toList(), inner);
        for (int gi = 0; gi < groups.size(); gi++) {
            Group group = groups.get(gi);
            Rectangle2D box = outer.get(gi);
            List<Rectangle2D> cells = SquarifiedLayout.layout(group.tiles().stream().map(Tile::value).toList(), box);
            for (int ti = 0; ti < cells.size(); ti++) {
                Tile tile = group.tiles().get(ti);
                Color fill = byLabel ? Theme.series(labels.indexOf(String.valueOf(tile.label()))) : Theme.series(gi);
                Rectangle2D cell = cells.get(ti);
                g2.setPaint(fill);
                g2.fill(cell);
                g2.setPaint(Color.WHITE);
                g2.setStroke(new BasicStroke(theme.size(0.6f)));
                g2.draw(cell);
                boolean corner = cell.getX() == box.getX() && cell.getY() == box.getY();
                write(g2, cell, text(group, tile, corner), corner && !group.name().isBlank(), ColourScale.textOn(fill));
            }
            g2.setPaint(Color.WHITE);
            g2.setStroke(new BasicStroke(theme.size(3f)));
            g2.draw(box);
        }
    }

    /** Lines for a tile: the group's name on its top-left tile, then the tile's label and value. */
    private List<String> text(Group group, Tile tile, boolean corner) {
        List<String> lines = new ArrayList<>();
        if (corner && !group.name().isBlank()) lines.add(CategoryLabels.ellipsis(group.name()));
        if (tile.label() != null && !tile.label().isBlank() && !tile.label().equals(group.name())) {
            lines.add(CategoryLabels.ellipsis(tile.label()));
        }
        lines.add(theme.formats.compact(tile.value(), kind));
        return lines;
    }

    /** Writes the lines top-left in the cell if all fit; the first is bold when it is the group's name. */
    private void write(Graphics2D g2, Rectangle2D cell, List<String> lines, boolean groupFirst, Color colour) {
        Font plain = theme.valueLabelFont(), bold = theme.emphasisFont();
        FontRenderContext frc = g2.getFontRenderContext();
        double pad = theme.size(3), lineHeight = bold.getSize2D() * 1.2;
        double needH = pad * 2 + lineHeight * lines.size(), needW = 0;
        for (int i = 0; i < lines.size(); i++) {
            Font f = i == 0 && groupFirst ? bold : plain;
            needW = Math.max(needW, CjkFont.width(f, lines.get(i), frc) + pad * 2);
        }
        if (needW > cell.getWidth() || needH > cell.getHeight()) return;
        g2.setPaint(colour);
        for (int i = 0; i < lines.size(); i++) {
            g2.setFont(i == 0 && groupFirst ? bold : plain);
            g2.drawString(lines.get(i), (float) (cell.getX() + pad), (float) (cell.getY() + pad + lineHeight * (i + 1) - lineHeight * 0.25));
        }
    }
}
