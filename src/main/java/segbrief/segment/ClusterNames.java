package segbrief.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names clusters from the features that set them apart: each feature's centroid z-score reads as Low (≤ −0.5),
 * Average or High (≥ 0.5). With one or two features every feature is named, in feature order ("High income ·
 * Low spending"); with more, the two with the largest |z| of at least 0.5. Duplicate names get further features,
 * then a group number, so no two clusters share a name.
 */
final class ClusterNames {
    static final double DISTINCT = 0.5;
    private static final String SEPARATOR = " · ";
    private static final Set<String> NOISE = Set.of("annual", "score", "total");
    private static final Pattern WORD_BREAK = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[_\\s.\\-]+");

    /** Words for low and high values of features whose plain "Low x" / "High x" reads badly. */
    private static final Map<String, String[]> SPECIAL = Map.of(
            "age", new String[] {"Young", "Middle-aged", "Older"},
            "recency days", new String[] {"Recent", "Average recency", "Lapsed"},
            "recency", new String[] {"Recent", "Average recency", "Lapsed"},
            "orders", new String[] {"Few orders", "Average orders", "Many orders"},
            "average order value", new String[] {"Small baskets", "Average baskets", "Large baskets"});

    private ClusterNames() {}

    /** Names for clusters whose centroid z-scores are {@code z[cluster][feature]}, in cluster order. */
    static List<String> names(List<String> features, double[][] z) {
        int k = z.length;
        int p = features.size();
        List<List<Integer>> order = new ArrayList<>();
        int[] used = new int[k];
        for (int c = 0; c < k; c++) {
            List<Integer> rank = rank(z[c], p);
            order.add(rank);
            double[] zc = z[c];
            used[c] = p <= 2 ? p : (int) Math.min(2, rank.stream().filter(j -> Math.abs(zc[j]) >= DISTINCT).count());
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) names.add(name(features, z[c], order.get(c), used[c], p));
        for (int round = 0; round < p; round++) {
            Map<String, List<Integer>> groups = groups(names);
            boolean clash = false;
            for (List<Integer> g : groups.values()) {
                if (g.size() < 2) continue;
                clash = true;
                for (int c : g) {
                    used[c] = Math.min(p, Math.max(used[c], 1) + 1);
                    names.set(c, name(features, z[c], order.get(c), used[c], p));
                }
            }
            if (!clash) break;
        }
        for (List<Integer> g : groups(names).values()) {
            if (g.size() < 2) continue;
            for (int c : g) names.set(c, names.get(c) + SEPARATOR + "group " + (c + 1));
        }
        return names;
    }

    /** "Annual income" from "AnnualIncome", "annual_income" or "Annual Income (k$)". */
    static String label(String feature) {
        String words = String.join(" ", words(feature.replaceAll("\\([^)]*\\)", " ")));
        if (words.isEmpty()) return feature;
        var unit = java.util.regex.Pattern.compile("\\([^)]*\\)").matcher(feature);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + (unit.find() ? " " + unit.group() : "");
    }

    private static List<String> words(String feature) {
        List<String> out = new ArrayList<>();
        for (String w : WORD_BREAK.split(feature.strip())) {
            if (!w.isBlank()) out.add(w.toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** The short word used in names: "income" for "AnnualIncome", "spending" for "SpendingScore". */
    static String shortWord(String feature) {
        List<String> w = words(feature.replaceAll("\\([^)]*\\)", " "));  // units in brackets say nothing here
        List<String> kept = w.stream().filter(x -> !NOISE.contains(x)).toList();
        String s = String.join(" ", kept.isEmpty() ? w : kept);
        return s.equals("spend") ? "spending" : s;
    }

    private static List<Integer> rank(double[] z, int p) {
        List<Integer> idx = new ArrayList<>();
        for (int j = 0; j < p; j++) idx.add(j);
        if (p <= 2) return idx;
        idx.sort(Comparator.comparingDouble((Integer j) -> -Math.abs(z[j])).thenComparing(j -> j));
        return idx;
    }

    private static String name(List<String> features, double[] z, List<Integer> rank, int used, int p) {
        if (used == 0) return "Typical customers";
        List<Integer> chosen = new ArrayList<>(rank.subList(0, used));
        List<String> parts = new ArrayList<>();
        for (int j : chosen) parts.add(level(features.get(j), z[j]));
        return String.join(SEPARATOR, parts);
    }

    static String level(String feature, double z) {
        int l = z >= DISTINCT ? 2 : z <= -DISTINCT ? 0 : 1;
        String word = shortWord(feature);
        String[] special = SPECIAL.get(word);
        if (special != null) return special[l];
        return switch (l) {
            case 0 -> "Low " + word;
            case 2 -> "High " + word;
            default -> "Average " + word;
        };
    }

    private static Map<String, List<Integer>> groups(List<String> names) {
        Map<String, List<Integer>> g = new HashMap<>();
        for (int c = 0; c < names.size(); c++) g.computeIfAbsent(names.get(c), x -> new ArrayList<>()).add(c);
        return g;
    }
}
