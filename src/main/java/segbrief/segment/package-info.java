/**
 * Customer segmentation: feature scaling, k-means and the choice of k, stability, cluster profiles, names and
 * charts. The only package that touches Smile.
 *
 * <p>Call {@link segbrief.segment.SmileKMeansSegmenter#segment} with a {@link segbrief.metrics.CustomerTable};
 * the {@link segbrief.segment.SegmentResult} holds the {@link segbrief.brief.Clustering} for the brief and each
 * customer's cluster id, and joins RFM scores into the {@link segbrief.brief.CustomerScores} behind clusters.csv.
 *
 * <p>Reproducibility: every random choice derives from the spec's seed. Smile 6.3 draws k-means++ starts from
 * {@code smile.math.MathEx}'s thread-local generator on the calling thread, so each fit seeds it right before
 * calling {@code KMeans.fit}; its parallel loops only write per-row results, so fits are identical run to run.
 *
 * <p>Scale: silhouette (O(n²)), the k search and the bootstrap refits run on a seeded sample of at most
 * {@code maxSample} customers; a larger customer base gets the sample's best model carried over by Lloyd
 * iterations, linear in the number of customers.
 */
package segbrief.segment;
