package segbrief.engine;

import java.util.List;

/** Rows already in memory (an engine that collects its results to the driver, or a test). */
public final class ListRows implements Rows {
    private final List<String> names;
    private final List<Object[]> rows;
    private int at = -1;
    private boolean lastNull;

    public ListRows(List<String> names, List<Object[]> rows) {
        this.names = List.copyOf(names);
        this.rows = rows;
    }

    @Override
    public boolean next() {
        return ++at < rows.size();
    }

    @Override
    public Object getObject(int column) {
        Object o = rows.get(at)[column - 1];
        lastNull = o == null;
        return o;
    }

    @Override
    public boolean wasNull() { return lastNull; }

    @Override
    public int columnCount() { return names.size(); }

    @Override
    public String columnName(int column) { return names.get(column - 1); }

    @Override
    public void close() {
        // nothing held
    }
}
