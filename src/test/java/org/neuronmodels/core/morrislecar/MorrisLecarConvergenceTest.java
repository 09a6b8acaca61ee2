package org.neuronmodels.core.morrislecar;

import org.neuronmodels.core.integrate.IntegratorRegistry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SimulationResult;

/**
 * Convergence orders of the three schemes, measured against RK4 at a step 64
 * (for RK4) or 8 times finer than the finest tested (its own error is far below
 * the smallest error measured): the observed order log2(e(dt)/e(dt/2)) of the
 * largest |V − V_ref| on the grid must be 4, 2 and 1. Morris–Lecar has no
 * reset, so the orders hold through a whole spike as well as on a
 * subthreshold stretch.
 */
class MorrisLecarConvergenceTest {

	private static double[] voltage(final String preset, final String scheme, final double dt,
		final double duration, final double current, final int spikes)
	{
		final MorrisLecarPopulation p = new MorrisLecarPopulation(MorrisLecarParameters.uniform(1, MorrisLecarModel.presetCell(preset),
			Double.NaN, MorrisLecarModel.SPIKE_THRESHOLD_DEFAULT), dt, IntegratorRegistry.get(scheme));
		final TimeGrid grid = TimeGrid.of(duration, dt);
		final double[] input = new double[grid.steps()];
		java.util.Arrays.fill(input, current);
		final SimulationResult r = Simulation.run(p, CurrentInput.shared(input), grid, Recording.of(0),
			ProgressMonitor.NONE);
		assertEquals(spikes, r.spikes().count(), "spikes in the stretch");
		return r.traces().voltage(0);
	}

	@ParameterizedTest(name = "{0} {1} at {2} µA/cm² for {3} ms ({4} spikes): order {5}")
	@CsvSource({ //
		"Type I, RK4, 20, 60, 0, 4, 0.2, 0.4", // subthreshold: relaxation to the depolarised rest
		"Type I, HEUN, 20, 60, 0, 2, 0.1, 0.1", //
		"Type I, EULER, 20, 60, 0, 1, 0.1, 0.05", //
		"Type II, RK4, 60, 60, 0, 4, 0.2, 0.4", // subthreshold damped oscillation of Type II
		"Type I, RK4, 60, 60, 1, 4, 0.2, 0.2", // through a full spike
		"Type I, HEUN, 60, 60, 1, 2, 0.1, 0.05", //
		"Type I, EULER, 60, 60, 1, 1, 0.1, 0.0125" })
	void observedOrder(final String preset, final String scheme, final double current,
		final double duration, final int spikes, final double order, final double tolerance,
		final double coarsestDt)
	{
		final double[] dts = { coarsestDt, coarsestDt / 2, coarsestDt / 4 };
		final double refDt = dts[2] / ("RK4".equals(scheme) ? 64 : 8);
		final double[] ref = voltage(preset, "RK4", refDt, duration, current, spikes);
		double previous = Double.NaN;
		for (final double dt : dts) {
			final double[] v = voltage(preset, scheme, dt, duration, current, spikes);
			final int stride = (int) Math.round(dt / refDt);
			double e = 0;
			for (int k = 0; k < v.length; k++)
				e = Math.max(e, Math.abs(v[k] - ref[k * stride]));
			if (!Double.isNaN(previous)) {
				assertEquals(order, Math.log(previous / e) / Math.log(2), tolerance, scheme + " between dt " + 2 * dt +
					" and " + dt + " (errors " + previous + ", " + e + " mV)");
			}
			previous = e;
		}
		assertTrue(previous > 1e-11, "the error is measurable, not round-off: " + previous);
	}
}
