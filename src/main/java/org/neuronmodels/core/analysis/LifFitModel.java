package org.neuronmodels.core.analysis;

/**
 * The LIF trajectory of a recorded trace with the spikes forced at the
 * recorded reset steps: {@code V_(k+1) = a·V_k + (1 − a)(E + R·I_k)} on free
 * steps, {@code V = V_reset} after a spike step and for the {@code hold}
 * refractory steps that follow, {@code V_0} at the start. For fixed {@code a}
 * and {@code hold} the trajectory is linear in {@code (E, R, V_reset, V_0)}, so
 * those four are fitted by linear least squares (variable projection);
 * {@code a} and {@code hold} are searched outside.
 */
final class LifFitModel {

	private final double[] v, current;
	private final boolean[] spike;
	private final boolean anySpike;

	LifFitModel(final double[] voltage, final double[] current, final int[] spikeSteps) {
		this.v = voltage;
		this.current = current;
		this.spike = new boolean[voltage.length];
		for (final int s : spikeSteps)
			spike[s] = true;
		this.anySpike = spikeSteps.length > 0;
	}

	/** The least-squares {E, R, V_reset, V_0} for decay {@code a} and {@code hold} steps; null if singular. */
	double[] solve(final double a, final int hold) {
		final int m = anySpike ? 4 : 3;
		final double[][] normal = new double[m][m + 1];
		final double[] basis = new double[4];
		final double[] p = { 0, 0, 0, 1 }; // trajectories with E = 1, R = 1, V_reset = 1, V_0 = 1 (others 0)
		int holdLeft = 0;
		for (int k = 0; k < v.length; k++) {
			basis[0] = p[0];
			basis[1] = p[1];
			basis[2] = p[2];
			basis[3] = p[3];
			if (!anySpike) basis[2] = basis[3];
			for (int i = 0; i < m; i++) {
				for (int j = i; j < m; j++)
					normal[i][j] += basis[i] * basis[j];
				normal[i][m] += basis[i] * v[k];
			}
			holdLeft = advance(p, k, a, holdLeft, hold);
		}
		for (int i = 0; i < m; i++)
			for (int j = 0; j < i; j++)
				normal[i][j] = normal[j][i];
		final double[] x = gauss(normal);
		if (x == null) return null;
		return anySpike ? x : new double[] { x[0], x[1], Double.NaN, x[2] };
	}

	/** Advances the four basis trajectories over step {@code k}; returns the refractory steps left. */
	private int advance(final double[] p, final int k, final double a, final int holdLeft, final int hold) {
		if (spike[k]) {
			p[0] = 0;
			p[1] = 0;
			p[2] = 1;
			p[3] = 0;
			return hold;
		}
		if (holdLeft > 0) return holdLeft - 1;
		p[0] = a * p[0] + (1 - a);
		p[1] = a * p[1] + (1 - a) * current[k];
		p[2] *= a;
		p[3] *= a;
		return 0;
	}

	/** The forced trajectory for parameters {E, R, V_reset, V_0}. */
	double[] trajectory(final double[] x, final double a, final int hold) {
		final double[] out = new double[v.length];
		final double[] p = { 0, 0, 0, 1 };
		int holdLeft = 0;
		for (int k = 0; k < v.length; k++) {
			out[k] = x[0] * p[0] + x[1] * p[1] + (anySpike ? x[2] * p[2] : 0) + x[3] * p[3];
			holdLeft = advance(p, k, a, holdLeft, hold);
		}
		return out;
	}

	/** The sum of squared residuals of the best linear fit for {@code a} and {@code hold} (infinite if singular). */
	double sse(final double a, final int hold) {
		final double[] x = solve(a, hold);
		if (x == null) return Double.POSITIVE_INFINITY;
		final double[] t = trajectory(x, a, hold);
		double s = 0;
		for (int k = 0; k < v.length; k++)
			s += (v[k] - t[k]) * (v[k] - t[k]);
		return s;
	}

	/** Solves the augmented system in place by Gaussian elimination with partial pivoting; null if singular. */
	private static double[] gauss(final double[][] m) {
		final int n = m.length;
		double scale = 0;
		for (int i = 0; i < n; i++)
			scale = Math.max(scale, Math.abs(m[i][i]));
		for (int c = 0; c < n; c++) {
			int pivot = c;
			for (int r = c + 1; r < n; r++)
				if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) pivot = r;
			if (!(Math.abs(m[pivot][c]) > 1e-11 * scale)) return null;
			final double[] t = m[c];
			m[c] = m[pivot];
			m[pivot] = t;
			for (int r = 0; r < n; r++) {
				if (r == c) continue;
				final double f = m[r][c] / m[c][c];
				for (int k = c; k <= n; k++)
					m[r][k] -= f * m[c][k];
			}
		}
		final double[] x = new double[n];
		for (int i = 0; i < n; i++)
			x[i] = m[i][n] / m[i][i];
		return x;
	}
}
