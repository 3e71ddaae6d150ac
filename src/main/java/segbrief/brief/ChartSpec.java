package segbrief.brief;

import java.util.List;

/**
 * What to draw, as data: the chart package turns each kind into a JFreeChart with the one theme.
 * Titles are findings ("iOS gives 65% of donations"), not variable names.
 */
public sealed interface ChartSpec {
    String id();

    String title();

    /** The same chart without its own title, for pages that print the title as text above the drawing. */
    default ChartSpec untitled() {
        return switch (this) {
            case Bar b -> new Bar(b.id(), "", b.layout(), b.categories(), b.series(), b.kind(),
                    b.valueLabel(), b.highlight(), b.small());
            case Donut d -> new Donut(d.id(), "", d.labels(), d.values(), d.kind(), d.highlight());
            case Line l -> new Line(l.id(), "", l.periods(), l.primary(), l.kind(), l.secondary(),
                    l.secondaryKind(), l.highlight());
            case Histogram h -> new Histogram(h.id(), "", h.xLabel(), h.edges(), h.counts(),
                    h.densityX(), h.densityY());
            case GroupShape g -> new GroupShape(g.id(), "", g.style(), g.valueLabel(), g.groups());
            case Scatter s -> new Scatter(s.id(), "", s.xLabel(), s.yLabel(), s.groups());
            case Treemap t -> new Treemap(t.id(), "", t.tiles(), t.kind());
            case Heatmap h -> new Heatmap(h.id(), "", h.rowLabel(), h.columnLabel(), h.rows(),
                    h.columns(), h.values(), h.kind(), h.diverging());
        };
    }

    /**
     * Values per category; {@code highlight} is the category the text talks about (null for none); {@code small} are
     * the categories with too few customers to compare, drawn pale (their labels say how many).
     */
    record Bar(String id, String title, Layout layout, List<String> categories, List<Series> series,
               ValueKind kind, String valueLabel, String highlight, List<String> small) implements ChartSpec {
        public Bar {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            small = small == null ? List.of() : List.copyOf(small);
        }

        public Bar(String id, String title, Layout layout, List<String> categories, List<Series> series, ValueKind kind,
                   String valueLabel, String highlight) {
            this(id, title, layout, categories, series, kind, valueLabel, highlight, List.of());
        }
    }

    /** RANKED: one series, horizontal, largest first. GROUPED / STACKED: one series per split value. */
    enum Layout { RANKED, GROUPED, STACKED, COLUMNS }

    record Series(String name, List<Double> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    record Donut(String id, String title, List<String> labels, List<Double> values, ValueKind kind,
                 String highlight) implements ChartSpec {
        public Donut {
            labels = List.copyOf(labels);
            values = List.copyOf(values);
        }
    }

    /** A line over periods with markers; {@code secondary} (nullable) is drawn on a second axis. */
    record Line(String id, String title, List<String> periods, Series primary, ValueKind kind,
                Series secondary, ValueKind secondaryKind, String highlight) implements ChartSpec {
        public Line {
            periods = List.copyOf(periods);
        }
    }

    /** Bars over {@code edges} (counts.size() + 1 edges) and a density curve scaled to counts. */
    record Histogram(String id, String title, String xLabel, List<Double> edges, List<Long> counts,
                     List<Double> densityX, List<Double> densityY) implements ChartSpec {
        public Histogram {
            edges = List.copyOf(edges);
            counts = List.copyOf(counts);
            densityX = List.copyOf(densityX);
            densityY = List.copyOf(densityY);
        }
    }

    /** Box-and-whisker or violin per group, from the groups' summaries and densities. */
    record GroupShape(String id, String title, Style style, String valueLabel,
                      List<Distribution.Group> groups) implements ChartSpec {
        public GroupShape {
            groups = List.copyOf(groups);
        }
    }

    enum Style { BOX, VIOLIN }

    /** Points coloured by group with the groups' centroids marked. */
    record Scatter(String id, String title, String xLabel, String yLabel, List<PointGroup> groups)
            implements ChartSpec {
        public Scatter {
            groups = List.copyOf(groups);
        }
    }

    record PointGroup(String name, List<Double> xs, List<Double> ys, double centroidX, double centroidY) {
        public PointGroup {
            xs = List.copyOf(xs);
            ys = List.copyOf(ys);
        }
    }

    /** Rectangles sized by value, grouped by {@code group} (e.g. city) and labelled by {@code label} (gender). */
    record Treemap(String id, String title, List<Tile> tiles, ValueKind kind) implements ChartSpec {
        public Treemap {
            tiles = List.copyOf(tiles);
        }
    }

    record Tile(String group, String label, double value) {}

    /** Cells coloured by value; {@code values.get(r).get(c)}. */
    record Heatmap(String id, String title, String rowLabel, String columnLabel, List<String> rows,
                   List<String> columns, List<List<Double>> values, ValueKind kind, boolean diverging)
            implements ChartSpec {
        public Heatmap {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
            values = values.stream().map(List::copyOf).toList();
        }
    }
}
