package segbrief.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import segbrief.engine.Rows;

/**
 * Trims the spaces around text values and turns empty text into NULL, touching only the rows that need it: one
 * scan finds which columns have such values (cheap prefix and suffix tests), an UPDATE fixes just those rows.
 */
final class TextTrim {
    private TextTrim() {}

    static void trim(DuckDbEngine engine, Set<String> columns, Map<String, String> types) {
        List<String> text = columns.stream().filter(c -> "VARCHAR".equals(types.get(c))).toList();
        if (text.isEmpty()) return;
        List<String> counts = new ArrayList<>(List.of("0"));
        for (String c : text) counts.add("count(*) FILTER (" + untrimmed(c) + ")");
        List<String> dirty = new ArrayList<>();
        try (Rows r = engine.query("untrimmed text", "SELECT " + String.join(", ", counts) + " FROM " + DuckDbSource.TABLE)) {
            r.next();
            for (int i = 0; i < text.size(); i++) if (r.getLong(i + 2) > 0) dirty.add(text.get(i));
        }
        for (String c : dirty) {
            engine.execute("trim " + c, "UPDATE " + DuckDbSource.TABLE + " SET " + Sql.id(c) + " = NULLIF(trim(" + Sql.id(c) + "), '') WHERE " + untrimmed(c));
        }
    }

    private static String untrimmed(String column) {
        String c = Sql.id(column);
        return "starts_with(" + c + ", ' ') OR ends_with(" + c + ", ' ') OR " + c + " = ''";
    }
}
