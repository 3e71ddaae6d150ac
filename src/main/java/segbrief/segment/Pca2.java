package segbrief.segment;

/**
 * The first two principal components of the scaled features. Smile's PCA needs the native OpenBLAS/LAPACK
 * library (it fails with "Cannot open library: libopenblas.so" where none is installed), so the p × p covariance
 * is diagonalised here with Jacobi rotations: p is the number of features, a handful.
 */
final class Pca2 {
    final double[] mean;
    final double[][] axes;          // two unit vectors of length p
    final double[] varianceShare;   // of each axis

    private Pca2(double[] mean, double[][] axes, double[] varianceShare) {
        this.mean = mean;
        this.axes = axes;
        this.varianceShare = varianceShare;
    }

    static Pca2 fit(double[][] x) {
        int n = x.length;
        int p = x[0].length;
        double[] mean = new double[p];
        for (double[] row : x) for (int j = 0; j < p; j++) mean[j] += row[j] / n;
        double[][] cov = new double[p][p];
        for (double[] row : x) {
            for (int a = 0; a < p; a++) {
                double da = row[a] - mean[a];
                for (int b = a; b < p; b++) cov[a][b] += da * (row[b] - mean[b]);
            }
        }
        for (int a = 0; a < p; a++) {
            for (int b = a; b < p; b++) {
                cov[a][b] /= Math.max(1, n - 1);
                cov[b][a] = cov[a][b];
            }
        }
        double[][] v = new double[p][p];
        double[] eig = jacobi(cov, v);
        Integer[] order = new Integer[p];
        for (int i = 0; i < p; i++) order[i] = i;
        java.util.Arrays.sort(order, (a, b) -> a.equals(b) ? 0
                : eig[b] != eig[a] ? Double.compare(eig[b], eig[a]) : Integer.compare(a, b));
        double total = 0;
        for (double e : eig) total += Math.max(0, e);
        double[][] axes = new double[2][p];
        double[] share = new double[2];
        for (int c = 0; c < 2 && c < p; c++) {
            int col = order[c];
            int biggest = 0;
            for (int j = 0; j < p; j++) {
                axes[c][j] = v[j][col];
                if (Math.abs(v[j][col]) > Math.abs(v[biggest][col])) biggest = j;
            }
            if (axes[c][biggest] < 0) for (int j = 0; j < p; j++) axes[c][j] = -axes[c][j];  // a fixed sign
            share[c] = total > 0 ? Math.max(0, eig[col]) / total : 0;
        }
        return new Pca2(mean, axes, share);
    }

    double[] project(double[] row) {
        double[] out = new double[2];
        for (int c = 0; c < 2; c++) {
            for (int j = 0; j < row.length; j++) out[c] += (row[j] - mean[j]) * axes[c][j];
        }
        return out;
    }

    /** Eigenvalues of symmetric {@code a} (destroyed); eigenvectors into the columns of {@code v}. */
    private static double[] jacobi(double[][] a, double[][] v) {
        int p = a.length;
        for (int i = 0; i < p; i++) v[i][i] = 1;
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int i = 0; i < p; i++) for (int j = i + 1; j < p; j++) off += a[i][j] * a[i][j];
            if (off < 1e-22) break;
            for (int i = 0; i < p; i++) {
                for (int j = i + 1; j < p; j++) {
                    if (Math.abs(a[i][j]) < 1e-300) continue;
                    double theta = (a[j][j] - a[i][i]) / (2 * a[i][j]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < p; k++) {
                        double aki = a[k][i];
                        double akj = a[k][j];
                        a[k][i] = c * aki - s * akj;
                        a[k][j] = s * aki + c * akj;
                    }
                    for (int k = 0; k < p; k++) {
                        double aik = a[i][k];
                        double ajk = a[j][k];
                        a[i][k] = c * aik - s * ajk;
                        a[j][k] = s * aik + c * ajk;
                    }
                    for (int k = 0; k < p; k++) {
                        double vki = v[k][i];
                        double vkj = v[k][j];
                        v[k][i] = c * vki - s * vkj;
                        v[k][j] = s * vki + c * vkj;
                    }
                }
            }
        }
        double[] eig = new double[p];
        for (int i = 0; i < p; i++) eig[i] = a[i][i];
        return eig;
    }
}
