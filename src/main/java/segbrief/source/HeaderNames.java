package segbrief.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The header of a CSV as the user wrote it, made usable: a repeated name gets a suffix (amount, amount_2), a blank
 * one a name by its position (column_4), and each such change is noted. Other files keep the engine's names.
 */
final class HeaderNames {
    /** The names to read the file with (null: keep the engine's) and what was changed. */
    record Fixed(List<String> names, List<String> notes) {}

    private HeaderNames() {}

    static Fixed fix(Path readable, String shownName) {
        String line;
        try (BufferedReader r = Files.newBufferedReader(readable, StandardCharsets.UTF_8)) {
            line = r.readLine();
        } catch (IOException | RuntimeException e) {
            return new Fixed(null, List.of());  // the reader reports what it cannot read
        }
        if (line == null) return new Fixed(null, List.of());
        if (line.startsWith("\uFEFF")) line = line.substring(1);
        List<String> fields = split(line, delimiter(line));
        List<String> names = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String f : fields) taken.add(f.strip().toLowerCase(Locale.ROOT));
        Set<String> used = new HashSet<>();
        boolean changed = false;
        for (int i = 0; i < fields.size(); i++) {
            String name = fields.get(i).strip();
            if (name.isEmpty()) {
                name = "column_" + (i + 1);
                for (int k = 2; taken.contains(name.toLowerCase(Locale.ROOT)); k++) name = "column_" + (i + 1) + "_" + k;
                notes.add(shownName + ": column " + (i + 1) + " has no header; it is read as \"" + name + "\"");
                changed = true;
            } else if (used.contains(name.toLowerCase(Locale.ROOT))) {
                String base = name;
                int k = 2;
                while (used.contains((base + "_" + k).toLowerCase(Locale.ROOT)) || taken.contains((base + "_" + k).toLowerCase(Locale.ROOT))) k++;
                name = base + "_" + k;
                notes.add(shownName + ": the header \"" + base + "\" appears more than once; column " + (i + 1) + " is read as \"" + name + "\"");
                changed = true;
            }
            used.add(name.toLowerCase(Locale.ROOT));
            names.add(name);
        }
        if (changed && names.stream().allMatch(n -> n.startsWith("column_"))) {
            notes.add(shownName + ": the header row is blank");
        }
        return changed ? new Fixed(List.copyOf(names), List.copyOf(notes)) : new Fixed(null, List.of());
    }

    /** The separator the header uses most, outside quotes: comma, semicolon, tab or pipe. */
    static char delimiter(String line) {
        char best = ',';
        int most = -1;
        for (char d : new char[]{',', ';', '\t', '|'}) {
            int n = split(line, d).size();
            if (n > most) {
                most = n;
                best = d;
            }
        }
        return best;
    }

    static List<String> split(String line, char delimiter) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == delimiter && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
