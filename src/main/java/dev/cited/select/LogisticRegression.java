package dev.cited.select;

/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares) on standardised features: deterministic, no learning rate, converges in a few dozen
 * steps for the couple of dozen features the selector uses. The intercept is not penalised.
 */
final class LogisticRegression {

    private static final int MAX_STEPS = 50;

    private LogisticRegression() {}

    /**
     * A model fitted on standardised features: each feature's {@code mean} and {@code scale}
     * (standard deviation, 1 where a feature is constant), the {@code weights} of the standardised
     * features and the intercept {@code bias}.
     */
    record Standardised(double[] mean, double[] scale, double[] weights, double bias) {}

    /**
     * Standardises the columns of {@code x} (its {@code d} features) and fits {@link #fit} on them.
     */
    static Standardised fitStandardised(double[][] x, int[] y, int d, double lambda) {
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (double[] row : x) {
            for (int i = 0; i < d; i++) {
                mean[i] += row[i] / x.length;
            }
        }
        for (double[] row : x) {
            for (int i = 0; i < d; i++) {
                scale[i] += (row[i] - mean[i]) * (row[i] - mean[i]) / x.length;
            }
        }
        for (int i = 0; i < d; i++) {
            scale[i] = scale[i] > 1e-12 ? Math.sqrt(scale[i]) : 1;
        }
        double[][] z = new double[x.length][d];
        for (int r = 0; r < x.length; r++) {
            for (int i = 0; i < d; i++) {
                z[r][i] = (x[r][i] - mean[i]) / scale[i];
            }
        }
        double[] w = fit(z, y, lambda);
        double[] weights = new double[d];
        System.arraycopy(w, 1, weights, 0, d);
        return new Standardised(mean, scale, weights, w[0]);
    }

    /**
     * Fitted weights: index 0 is the intercept, then one per column of {@code x}.
     *
     * @param x rows of standardised features
     * @param y labels, 0 or 1
     * @param lambda the L2 penalty (on the sum of squared weights, not on the intercept)
     */
    static double[] fit(double[][] x, int[] y, double lambda) {
        int d = x[0].length + 1;
        double[] w = new double[d];
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (int r = 0; r < x.length; r++) {
                double[] row = withIntercept(x[r]);
                double p = sigmoid(dot(w, row));
                double s = Math.max(p * (1 - p), 1e-9);
                for (int i = 0; i < d; i++) {
                    gradient[i] += (p - y[r]) * row[i];
                    for (int j = 0; j <= i; j++) {
                        hessian[i][j] += s * row[i] * row[j];
                    }
                }
            }
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < i; j++) {
                    hessian[j][i] = hessian[i][j];
                }
                if (i > 0) {
                    gradient[i] += lambda * w[i];
                    hessian[i][i] += lambda;
                } else {
                    hessian[i][i] += 1e-9;
                }
            }
            double[] delta = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < d; i++) {
                w[i] -= delta[i];
                change = Math.max(change, Math.abs(delta[i]));
            }
            if (change < 1e-8) {
                break;
            }
        }
        return w;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double[] withIntercept(double[] row) {
        double[] out = new double[row.length + 1];
        out[0] = 1;
        System.arraycopy(row, 0, out, 1, row.length);
        return out;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting ({@code a} is changed). */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[] x = b.clone();
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] rowSwap = a[c];
            a[c] = a[pivot];
            a[pivot] = rowSwap;
            double xSwap = x[c];
            x[c] = x[pivot];
            x[pivot] = xSwap;
            for (int r = c + 1; r < n; r++) {
                double f = a[r][c] / a[c][c];
                for (int k = c; k < n; k++) {
                    a[r][k] -= f * a[c][k];
                }
                x[r] -= f * x[c];
            }
        }
        for (int c = n - 1; c >= 0; c--) {
            for (int k = c + 1; k < n; k++) {
                x[c] -= a[c][k] * x[k];
            }
            x[c] /= a[c][c];
        }
        return x;
    }
}
