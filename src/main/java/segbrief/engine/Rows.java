package segbrief.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The rows of one query, read forward, columns numbered from 1 as in JDBC. Numbers come back as the engine gives
 * them (Long, Double, BigDecimal, BigInteger); the typed getters convert, and read a missing value as 0 (or null)
 * with {@link #wasNull()} telling which.
 */
public interface Rows extends AutoCloseable {
    boolean next();

    /** The value as the engine gave it: Number, String, Boolean, LocalDate, List (arrays), or null. */
    Object getObject(int column);

    /** Whether the value read last was missing. */
    boolean wasNull();

    int columnCount();

    String columnName(int column);

    default long getLong(int column) {
        Object o = getObject(column);
        return o == null ? 0 : ((Number) o).longValue();
    }

    default int getInt(int column) {
        return Math.toIntExact(getLong(column));
    }

    default double getDouble(int column) {
        Object o = getObject(column);
        return o == null ? 0 : ((Number) o).doubleValue();
    }

    default BigDecimal getBigDecimal(int column) {
        Object o = getObject(column);
        if (o == null) return null;
        if (o instanceof BigDecimal b) return b;
        if (o instanceof java.math.BigInteger b) return new BigDecimal(b);
        if (o instanceof Double || o instanceof Float) return BigDecimal.valueOf(((Number) o).doubleValue());
        return BigDecimal.valueOf(((Number) o).longValue());
    }

    default boolean getBoolean(int column) {
        Object o = getObject(column);
        return o != null && (Boolean) o;
    }

    default String getString(int column) {
        Object o = getObject(column);
        return o == null ? null : o.toString();
    }

    default LocalDate getDate(int column) {
        Object o = getObject(column);
        return switch (o) {
            case null -> null;
            case LocalDate d -> d;
            case java.time.LocalDateTime t -> t.toLocalDate();
            default -> LocalDate.parse(o.toString().substring(0, 10));
        };
    }

    /** An array value (DuckDB LIST, Spark array) as a list, or null. */
    default List<?> getList(int column) {
        Object o = getObject(column);
        return o == null ? null : (List<?>) o;
    }

    @Override
    void close();
}
