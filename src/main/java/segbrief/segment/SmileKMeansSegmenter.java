package segbrief.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import segbrief.UserError;
import segbrief.brief.Clustering;
import segbrief.metrics.CustomerTable;
import smile.validation.metric.AdjustedRandIndex;

/**
 * Customer segments with Smile's k-means (k-means++ starts, best of several runs, seeded). k is chosen from 2..10
 * by mean silhouette on a seeded sample of at most {@code maxSample} customers. The final model covers everyone:
 * when everyone fits in the sample it is Smile's fit itself, otherwise Smile's best fit on the sample is carried to
 * everyone by Lloyd iterations. Stability is the mean adjusted Rand index of bootstrap refits on the sample.
 * Cluster ids run 1..k by size (largest first), ties by primary measure, never by Smile's internal order.
 */
public final class SmileKMeansSegmenter {
    /** Fewer customers than this cannot be split into two groups with a silhouette to choose by. */
    public static final int MIN_CUSTOMERS = 3;

    /** Below this mean adjusted Rand index the clustering is not presented as firm segments. */
    public static final double STABLE_ARI = 0.6;
    static final int RUNS = 10;
    static final int LARGE_RUNS = 3;
    /** Up to this many customers (in the sample) every k gets {@link #RUNS} starts. */
    static final int SMALL = 2_000;
    static final int BOOTSTRAP_RUNS = 3;

    private static final long SAMPLE = 1;
    private static final long FIT = 2;
    private static final long BOOTSTRAP = 3;
    private static final long BOOTSTRAP_FIT = 4;
    private static final long SILHOUETTE = 5;
    /** The most customers whose silhouettes are computed (each one against all the others). */
    static final int SILHOUETTE_SAMPLE = 4_000;

    /** Segments every customer of {@code table}; {@code primaryMeasureLabel} names the measure in chart text. */
    public SegmentResult segment(CustomerTable table, SegmentOptions options, String primaryMeasureLabel) {
        return segment(table, options, primaryMeasureLabel, List.of(), List.of());
    }

    /**
     * As above, with the archived period's clusters: this period's clusters are matched to them and matched ones keep
     * their numbers and names ({@link ClusterIdentity}).
     */
    public SegmentResult segment(CustomerTable table, SegmentOptions options, String primaryMeasureLabel,
                                 List<String> previousFeatures, List<segbrief.brief.Snapshot.Cluster> previous) {
        int n = table.size();
        List<String> features = table.features();
        if (features.isEmpty()) {
            throw new UserError(UserError.Kind.SPEC, "clusters.features", "no features to cluster on",
                    "name at least one numeric column in clusters.features");
        }
        if (n < MIN_CUSTOMERS) {
            throw new UserError(UserError.Kind.DATA, "clusters", "only " + n + " customers: too few to cluster",
                    "clustering needs at least " + MIN_CUSTOMERS + " customers");
        }
        long seed = options.seed();
        FeatureScaling scaling = FeatureScaling.of(table.values(), features, options.scaling());
        int[] sampleIdx = KMeansFits.sample(n, options.maxSample(), KMeansFits.mix(seed, SAMPLE, 0));
        double[][] sample = KMeansFits.rows(scaling.scaled, sampleIdx);
        boolean everyone = sampleIdx.length == n;
        // Ten k-means++ starts per k for small tables (a few hundred customers, where a bad start is likely and fits
        // are cheap), three beyond: 9 k's x 10 starts on 10,000 customers took 1.5 s of a 100k-row brief.
        int runs = sample.length <= SMALL ? RUNS : LARGE_RUNS;

        Choice choice = options.fixedK() != null ? fixed(sample, options.fixedK()) : choose(sample, runs, seed);
        int k = choice.k();
        KMeansFits.Fit onSample = choice.fit() != null ? choice.fit()
                : KMeansFits.best(sample, k, runs, KMeansFits.mix(seed, FIT, k));
        // With everyone in the sample the sample fit is final; otherwise it seeds Lloyd iterations on everyone.
        KMeansFits.Fit fit = everyone ? onSample : KMeansFits.refine(scaling.scaled, onSample.centroids());
        double silhouette = everyone ? choice.silhouette() : Double.NaN;

        int[] toId = idsBySize(fit, table.primaryMeasure());
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) labels[i] = toId[fit.labels()[i]];
        int[] sampleLabels = new int[sampleIdx.length];
        for (int i = 0; i < sampleIdx.length; i++) sampleLabels[i] = labels[sampleIdx[i]] - 1;
        int[] sub = KMeansFits.sample(sample.length, SILHOUETTE_SAMPLE, KMeansFits.mix(seed, SILHOUETTE, 0));
        if (Double.isNaN(silhouette)) {
            silhouette = Silhouette.means(KMeansFits.rows(sample, sub), new int[][] {pick(sampleLabels, sub)}, new int[] {k})[0];
        }
        // Stability is a property of the clustering, not of the sample size: bootstraps of the silhouette's
        // sub-sample (at most 4,000 customers) read it at a fraction of the cost of refitting 10,000.
        double ari = stability(KMeansFits.rows(sample, sub), pick(sampleLabels, sub), k, options.bootstraps(), seed);

        var profiles = ClusterProfiles.of(table, scaling, labels, k);
        ClusterIdentity identity = null;
        if (!previous.isEmpty()) {
            identity = ClusterIdentity.match(profiles.centroids(), profiles.clusters().stream().map(Clustering.Cluster::name).toList(),
                    features, previousFeatures, previous);
            int[] newIds = identity.newIds();
            for (int i = 0; i < n; i++) labels[i] = newIds[labels[i] - 1];
            profiles = ClusterProfiles.of(table, scaling, labels, k).named(identity.matches());
        }
        var charts = ClusterCharts.of(table, scaling, labels, profiles, choice.choices(), k, seed,
                primaryMeasureLabel);
        List<Clustering.Filled> filled = new java.util.ArrayList<>();
        for (int j = 0; j < features.size(); j++) {
            if (scaling.filled[j] > 0) filled.add(new Clustering.Filled(features.get(j), scaling.filled[j], scaling.mean[j]));
        }
        Clustering clustering = new Clustering(k, features, scaling.description, options.fixedK() == null,
                silhouette, ari, !(ari < STABLE_ARI), n, sub.length, choice.choices(), profiles.clusters(),
                charts, filled);
        return new SegmentResult(clustering, table.ids(), labels, identity);
    }

    /** The chosen k, the k-means fit on the sample for it (null when k was fixed) and its mean silhouette. */
    private record Choice(int k, List<Clustering.KChoice> choices, KMeansFits.Fit fit, double silhouette) {}

    private static Choice fixed(double[][] sample, int k) {
        // k-means++ needs k distinct starting points in the data it is fitted on (the sample for big data).
        if (KMeansFits.distinctRows(sample, k) < k) {
            throw new UserError(UserError.Kind.SPEC, "clusters.k", "k = " + k + " but the customers have fewer"
                    + " than " + k + " distinct combinations of feature values", "use a smaller k or k: auto");
        }
        return new Choice(k, List.of(), null, Double.NaN);
    }

    /** k from 2..10 with the highest mean silhouette on the sample; ties keep the smaller k. */
    private static Choice choose(double[][] sample, int runs, long seed) {
        int distinct = KMeansFits.distinctRows(sample, SegmentOptions.MAX_K);
        int kMax = Math.min(Math.min(SegmentOptions.MAX_K, distinct), sample.length - 1);
        if (kMax < SegmentOptions.MIN_K) {
            throw new UserError(UserError.Kind.DATA, "clusters", "the customers' features take fewer than two"
                    + " distinct values", "choose features that differ between customers");
        }
        // One k per task: each fit seeds Smile's generator on its own thread, so the results do not depend on
        // which thread ran which k.
        // Each thread builds the sample's BBD-tree once and reuses it for its k's (a fit only reads the tree).
        ThreadLocal<smile.clustering.BBDTree> tree = ThreadLocal.withInitial(() -> new smile.clustering.BBDTree(sample));
        List<KMeansFits.Fit> fits = KMeansFits.inParallel(kMax - SegmentOptions.MIN_K + 1, i -> KMeansFits.best(tree.get(),
                sample, SegmentOptions.MIN_K + i, runs, KMeansFits.mix(seed, FIT, SegmentOptions.MIN_K + i)));
        // Silhouettes are O(m²): a seeded sub-sample of at most 4,000 customers estimates the mean within about
        // 0.005 (its standard error), at a sixth of the cost of 10,000.
        int[] sub = KMeansFits.sample(sample.length, SILHOUETTE_SAMPLE, KMeansFits.mix(seed, SILHOUETTE, 0));
        double[][] subRows = KMeansFits.rows(sample, sub);
        int[][] subLabels = fits.stream().map(f -> pick(f.labels(), sub)).toArray(int[][]::new);
        double[] sil = Silhouette.means(subRows, subLabels, fits.stream().mapToInt(KMeansFits.Fit::k).toArray());
        List<Clustering.KChoice> choices = new ArrayList<>();
        int best = 0;
        for (int i = 0; i < fits.size(); i++) {
            choices.add(new Clustering.KChoice(fits.get(i).k(), sil[i], fits.get(i).distortion()));
            if (sil[i] > sil[best]) best = i;
        }
        return new Choice(fits.get(best).k(), choices, fits.get(best), sil[best]);
    }

    private static int[] pick(int[] labels, int[] index) {
        int[] out = new int[index.length];
        for (int i = 0; i < index.length; i++) out[i] = labels[index[i]];
        return out;
    }

    /** Smile label → id 1..k: larger clusters first, then the larger primary measure, then Smile's centroid order. */
    static int[] idsBySize(KMeansFits.Fit fit, double[] measure) {
        int k = fit.k();
        long[] size = new long[k];
        double[] sum = new double[k];
        int[] labels = fit.labels();
        for (int i = 0; i < labels.length; i++) {
            size[labels[i]]++;
            if (!Double.isNaN(measure[i])) sum[labels[i]] += measure[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < k; c++) order.add(c);
        double[][] centroids = fit.centroids();
        order.sort(Comparator.comparingLong((Integer c) -> -size[c])
                .thenComparingDouble(c -> -sum[c])
                .thenComparing((a, b) -> java.util.Arrays.compare(centroids[a], centroids[b])));
        int[] toId = new int[k];
        for (int rank = 0; rank < k; rank++) toId[order.get(rank)] = rank + 1;
        return toId;
    }

    /**
     * Mean adjusted Rand index between the reference labels and refits on bootstrap resamples of the sample,
     * compared on the customers each resample drew (the overlap). NaN when no bootstraps are asked for.
     */
    static double stability(double[][] sample, int[] reference, int k, int bootstraps, long seed) {
        int m = sample.length;
        // Each bootstrap is independent and seeded by its number: run them in parallel, sum in order.
        List<Double> ari = KMeansFits.inParallel(bootstraps, b -> {
            SplittableRandom rnd = new SplittableRandom(KMeansFits.mix(seed, BOOTSTRAP, b));
            int[] draw = new int[m];
            boolean[] drawn = new boolean[m];
            for (int i = 0; i < m; i++) {
                draw[i] = rnd.nextInt(m);
                drawn[draw[i]] = true;
            }
            double[][] data = KMeansFits.rows(sample, draw);
            if (KMeansFits.distinctRows(data, k) < k) return Double.NaN;  // k-means++ cannot start
            KMeansFits.Fit fit = KMeansFits.best(data, k, BOOTSTRAP_RUNS, KMeansFits.mix(seed, BOOTSTRAP_FIT, b));
            int overlap = 0;
            for (boolean d : drawn) if (d) overlap++;
            int[] ref = new int[overlap];
            int[] boot = new int[overlap];
            for (int j = 0, o = 0; j < m; j++) {
                if (!drawn[j]) continue;
                ref[o] = reference[j];
                boot[o++] = KMeansFits.nearest(sample[j], fit.centroids());
            }
            return AdjustedRandIndex.of(ref, boot);
        });
        double total = 0;
        int counted = 0;
        for (double a : ari) {
            if (Double.isNaN(a)) continue;
            total += a;
            counted++;
        }
        return counted == 0 ? Double.NaN : total / counted;
    }
}
