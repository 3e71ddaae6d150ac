package segbrief.chart;

/**
 * A dataset key that reads as its label but is unique by position, so two categories that share a name (or an
 * ellipsis) stay two bars. JFreeChart prints keys with {@code toString()}.
 */
record Key(int index, String label) implements Comparable<Key> {
    /** The column keys of a dataset built with Keys, typed. */
    static java.util.List<Key> columns(org.jfree.data.category.CategoryDataset data) {
        return java.util.stream.IntStream.range(0, data.getColumnCount()).mapToObj(i -> (Key) data.getColumnKey(i)).toList();
    }

    @Override
    public int compareTo(Key other) {
        return Integer.compare(index, other.index);
    }

    @Override
    public String toString() {
        return label;
    }
}
