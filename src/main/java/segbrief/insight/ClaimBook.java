package segbrief.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import segbrief.brief.Claim;
import segbrief.brief.Claim.Kind;

/**
 * Every claim of one brief. Claims are tested as they are found, then judged together: Benjamini–Hochberg across all
 * of them at level {@code alpha}, the interval on the claimed side of no effect, and groups of at least
 * {@code minSize} customers. The archive and the words read the verdicts from here.
 */
public final class ClaimBook {
    public static final double DEFAULT_ALPHA = 0.05;
    public static final long DEFAULT_MIN_CUSTOMERS = 30;

    private final Map<String, Claim> claims = new LinkedHashMap<>();
    private final double alpha;
    private final long minSize;
    private boolean judged;

    public ClaimBook(double alpha, long minSize) {
        this.alpha = alpha;
        this.minSize = minSize;
    }

    public double alpha() {
        return alpha;
    }

    public long minSize() {
        return minSize;
    }

    /** Adds a claim (the first of the same id is kept: one test, however many sentences ask for it). */
    public Claim add(Claim c) {
        if (judged) throw new IllegalStateException("claims were judged already");
        return claims.computeIfAbsent(c.id(), k -> c);
    }

    /** Applies the false-discovery control and decides every claim; later reads see the verdicts. */
    public void judge() {
        List<Claim> all = new ArrayList<>(claims.values());
        double[] p = all.stream().mapToDouble(Claim::p).toArray();
        double[] q = StatTests.benjaminiHochberg(p);
        for (int i = 0; i < all.size(); i++) {
            Claim c = all.get(i);
            claims.put(c.id(), c.judged(q[i], !Double.isNaN(q[i]) && q[i] <= alpha && rightSide(c) && bigEnough(c)));
        }
        judged = true;
    }

    public boolean isJudged() {
        return judged;
    }

    public Claim get(String id) {
        return claims.get(id);
    }

    public boolean passed(String id) {
        Claim c = claims.get(id);
        return c != null && c.passed();
    }

    public List<Claim> all() {
        return List.copyOf(claims.values());
    }

    public boolean bigEnough(Claim c) {
        if (c.kind() == Kind.PEAK || c.kind() == Kind.LOW || c.kind() == Kind.CHANGE) return true;
        return c.size() >= minSize && c.otherSize() >= minSize;
    }

    /** The interval lies wholly on the side the claim states: above no effect, or below it for a low. */
    private static boolean rightSide(Claim c) {
        double none = "lift".equals(c.effect()) ? 1 : 0;
        if (Double.isNaN(c.low()) || Double.isNaN(c.high())) return false;
        return switch (c.kind()) {
            case LOW, LOWEST_MEAN -> c.high() < none;
            case CHANGE -> c.low() > none || c.high() < none;
            default -> c.low() > none;
        };
    }
}
