package segbrief.segment;

import java.sql.DriverManager;
import java.util.List;
import segbrief.brief.Clustering;
import segbrief.metrics.CustomerFeatures;
import segbrief.metrics.CustomerTable;

/**
 * Not part of the suite (no @Test): a million customers with five features, built in DuckDB and clustered.
 * Run: java --enable-native-access=ALL-UNNAMED -Xmx3g -cp target/classes:target/test-classes:$(cat cp.txt)
 * segbrief.segment.ScaleBenchmark [customers]
 */
public final class ScaleBenchmark {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        try (var c = DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement()) {
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            long t0 = System.nanoTime();
            // five blobs in five features, noise from hash(); one row per customer
            st.execute("CREATE TABLE f AS SELECT i AS id, (i % 5) AS g, "
                    + "(i % 5) * 10 + (hash(i, 1) % 1000) / 250.0 AS a, ((i + 1) % 5) * 10 + (hash(i, 2) % 1000) / 250.0 AS b, "
                    + "((i + 2) % 5) * 10 + (hash(i, 3) % 1000) / 250.0 AS c, ((i + 3) % 5) * 10 + (hash(i, 4) % 1000) / 250.0 AS d, "
                    + "exp(((i + 4) % 5) + (hash(i, 5) % 1000) / 4000.0) AS e FROM range(" + n + ") t(i)");
            long t1 = System.nanoTime();
            CustomerTable t = CustomerFeatures.build(new segbrief.source.DuckDbEngine(c), "f", "id", null, "e", List.of("a", "b", "c", "d", "e"),
                    List.of("g"));
            long t2 = System.nanoTime();
            long cpu0 = os.getProcessCpuTime();
            SegmentResult r = new SmileKMeansSegmenter().segment(t, SegmentOptions.defaults(42), "revenue");
            long t3 = System.nanoTime();
            long cpu1 = os.getProcessCpuTime();
            long w0 = System.nanoTime();
            new SmileKMeansSegmenter().segment(t, SegmentOptions.defaults(42), "revenue");
            System.out.printf("segment again (warm JIT): %.1f s wall%n", (System.nanoTime() - w0) / 1e9);
            Clustering cl = r.clustering();
            // the phases again, separately
            long c0 = os.getProcessCpuTime();
            long p0 = System.nanoTime();
            FeatureScaling sc = FeatureScaling.of(t.values(), t.features(), "zscore");
            long p1 = System.nanoTime();
            int[] idx = KMeansFits.sample(n, 10_000, 1);
            double[][] sample = KMeansFits.rows(sc.scaled, idx);
            int[][] labs = new int[9][];
            int[] ks = new int[9];
            for (int k = 2; k <= 10; k++) {
                labs[k - 2] = KMeansFits.best(sample, k, SmileKMeansSegmenter.LARGE_RUNS, k).labels();
                ks[k - 2] = k;
            }
            long p2 = System.nanoTime();
            long c2 = os.getProcessCpuTime();
            Silhouette.means(sample, labs, ks);
            long p3 = System.nanoTime();
            long c3 = os.getProcessCpuTime();
            KMeansFits.refine(sc.scaled, KMeansFits.best(sample, cl.k(), SmileKMeansSegmenter.LARGE_RUNS, 3).centroids());
            long p4 = System.nanoTime();
            long c4 = os.getProcessCpuTime();
            System.out.printf("phases: scaling %.2f s, k-means k=2..10 on sample %.2f s, silhouette x9 %.2f s,"
                    + " final fit: best of %d on sample + Lloyd on everyone %.2f s%n", (p1 - p0) / 1e9, (p2 - p1) / 1e9, (p3 - p2) / 1e9,
                    SmileKMeansSegmenter.LARGE_RUNS, (p4 - p3) / 1e9);
            long c5 = os.getProcessCpuTime();
            long p5 = System.nanoTime();
            int[] refLabels = new int[idx.length];
            int[] all = r.clusterIds();
            for (int i = 0; i < idx.length; i++) refLabels[i] = all[idx[i]] - 1;
            SmileKMeansSegmenter.stability(sample, refLabels, cl.k(), 10, 42);
            long p6 = System.nanoTime();
            long c6 = os.getProcessCpuTime();
            var prof = ClusterProfiles.of(t, sc, all, cl.k());
            ClusterCharts.of(t, sc, all, prof, cl.choices(), cl.k(), 42, "revenue");
            long p7 = System.nanoTime();
            long c7 = os.getProcessCpuTime();
            System.out.printf("stability %.2f s wall %.2f s CPU; profiles + charts %.2f s wall %.2f s CPU%n",
                    (p6 - p5) / 1e9, (c6 - c5) / 1e9, (p7 - p6) / 1e9, (c7 - c6) / 1e9);
            System.out.printf("CPU: scaling + sample fits %.2f s, silhouette %.2f s, final %.2f s; load %.1f%n",
                    (c2 - c0) / 1e9, (c3 - c2) / 1e9, (c4 - c3) / 1e9, os.getSystemLoadAverage());
            System.out.printf("customers %,d: generate %.1f s, per-customer SQL + JDBC %.1f s, segment %.1f s wall,"
                    + " %.1f s CPU (all threads)%n", n, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9,
                    (cpu1 - cpu0) / 1e9);
            st.execute("CREATE TABLE tx AS SELECT i % " + n + " AS cust, DATE '2023-01-01' + (hash(i, 7) % 700)::INT"
                    + " AS day, (hash(i, 8) % 10000) / 100.0 AS amount FROM range(" + (5L * n) + ") t(i)");
            long r0 = System.nanoTime();
            var rfm = segbrief.metrics.Rfm.compute(new segbrief.source.DuckDbEngine(c), "tx", "cust", "day", "amount").orElseThrow();
            long r1 = System.nanoTime();
            CustomerTable derived = CustomerFeatures.build(new segbrief.source.DuckDbEngine(c), "tx", "cust", "day", "amount", List.of(), List.of());
            long r2 = System.nanoTime();
            System.out.printf("RFM on %,d rows / %,d customers %.1f s (%d segments); derived features %.1f s%n",
                    5L * n, rfm.ids().size(), (r1 - r0) / 1e9, rfm.summary().segments().size(), (r2 - r1) / 1e9);
            if (derived.size() != n) throw new AssertionError("expected " + n + " customers");
            System.out.printf("k=%d scaling=%s silhouette=%.3f ari=%.3f sizes=%s%n", cl.k(), cl.scaling(),
                    cl.silhouette(), cl.stabilityAri(), cl.clusters().stream().map(Clustering.Cluster::size).toList());
        }
    }
}
