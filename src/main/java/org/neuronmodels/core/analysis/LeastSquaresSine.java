package org.neuronmodels.core.analysis;

/**
 * Least-squares fit of {@code y ≈ a·s + b·c + d} (s, c: the sine and cosine of
 * the drive), accumulated sample by sample through the 3×3 normal equations.
 */
final class LeastSquaresSine {

	private double ss, sc, s1, cc, c1, n, sy, cy, y1;

	/** Adds one sample. */
	void add(final double s, final double c, final double y) {
		ss += s * s;
		sc += s * c;
		s1 += s;
		cc += c * c;
		c1 += c;
		n++;
		sy += s * y;
		cy += c * y;
		y1 += y;
	}

	/** {a, b, d}, or null if the normal equations are singular (too few samples). */
	double[] solve() {
		final double[][] m = { { ss, sc, s1, sy }, { sc, cc, c1, cy }, { s1, c1, n, y1 } };
		for (int col = 0; col < 3; col++) {
			int pivot = col;
			for (int r = col + 1; r < 3; r++)
				if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
			if (!(Math.abs(m[pivot][col]) > 1e-12 * Math.max(1, n))) return null;
			final double[] t = m[col];
			m[col] = m[pivot];
			m[pivot] = t;
			for (int r = 0; r < 3; r++) {
				if (r == col) continue;
				final double factor = m[r][col] / m[col][col];
				for (int k = col; k < 4; k++)
					m[r][k] -= factor * m[col][k];
			}
		}
		return new double[] { m[0][3] / m[0][0], m[1][3] / m[1][1], m[2][3] / m[2][2] };
	}
}
