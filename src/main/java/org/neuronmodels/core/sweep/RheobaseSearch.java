package org.neuronmodels.core.sweep;

import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * The rheobase on the simulation: the smallest current that makes the model
 * fire repetitively (a rate above 0, i.e. two spikes or more in the second
 * half of the window carrying the current). The sweep brackets the first transition from silent to firing;
 * the bracket is then shrunk by simulating {@link #PROBES} currents inside it
 * at once (one population; a vectorised bisection that divides the bracket
 * by {@code PROBES + 1} per round) until it is at most the tolerance wide.
 */
public final class RheobaseSearch {

	/** Currents simulated together per round. */
	public static final int PROBES = 15;

	/** Rounds at most (each divides the bracket by 16: 16^12 ≈ 3·10^14). */
	private static final int MAX_ROUNDS = 12;

	private RheobaseSearch() {}

	/**
	 * The midpoint of the final bracket, within {@code tolerance / 2} of the
	 * simulated rheobase; NaN if no current of the sweep fires or the first one
	 * already does (the rheobase is then outside the swept range).
	 */
	public static double find(final ModelSetup setup, final FiProtocol protocol, final double[] currents, final double[] rates, final double tolerance, final ProgressMonitor monitor)
	{
		int j = 0;
		while (j < rates.length && !(rates[j] > 0))
			j++;
		if (j == 0 || j == rates.length) return Double.NaN;
		double lo = currents[j - 1], hi = currents[j];
		final double[] probes = new double[PROBES];
		for (int round = 0; round < MAX_ROUNDS && hi - lo > tolerance; round++) {
			for (int i = 0; i < PROBES; i++)
				probes[i] = lo + (hi - lo) * (i + 1) / (PROBES + 1);
			final double[] r = FiSweep.simulate(setup, probes, protocol, false, monitor).rates();
			int first = 0;
			while (first < PROBES && !(r[first] > 0))
				first++;
			final double newLo = first == 0 ? lo : probes[first - 1];
			final double newHi = first == PROBES ? hi : probes[first];
			lo = newLo;
			hi = newHi;
		}
		return 0.5 * (lo + hi);
	}
}
