package org.neuronmodels.core.izhikevich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;

/** The population's schemes, spike bookkeeping and checks. */
class IzhikevichPopulationTest {

	/** RS from v = −60 mV, u = b·v = −12 with constant I. */
	private static IzhikevichPreset rsStep(final double current, final double duration) {
		return new IzhikevichPreset("test", IzhikevichCell.of(0.02, 0.2, -65, 8), -60, -12, 0.1, duration,
			new ProtocolStimulus(t -> current, "I = " + current), IzhikevichScheme.FIGURE_1);
	}

	/** The standard model's right-hand side, written out here. */
	private static double[] rhs(final double v, final double u, final double i) {
		return new double[] { 0.04 * v * v + 5 * v + 140 - u + i, 0.02 * (0.2 * v - u) };
	}

	/** Classic RK4 on the RS cell from (−60, −12) with constant I, to time {@code end} with step h. */
	private static double rk4(final double current, final double end, final double h) {
		double v = -60, u = -12;
		for (int k = 0; k < Math.round(end / h); k++) {
			final double[] k1 = rhs(v, u, current);
			final double[] k2 = rhs(v + h / 2 * k1[0], u + h / 2 * k1[1], current);
			final double[] k3 = rhs(v + h / 2 * k2[0], u + h / 2 * k2[1], current);
			final double[] k4 = rhs(v + h * k3[0], u + h * k3[1], current);
			v += h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]);
			u += h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1]);
		}
		return v;
	}

	@Test
	void consistentSchemeConvergesWithOrderOneBelowRheobase() {
		// RS, b = 0.2, I = 0: equilibria 0.04v² + 4.8v + 140 = 0 at −70 (rest) and −50 mV (saddle); from
		// (−60, −12) the state relaxes to rest without a spike, a smooth solution to compare with RK4
		final double end = 40, exact = rk4(0, end, 1e-3);
		final double[] dts = { 0.2, 0.1, 0.05, 0.025 };
		final double[] errors = new double[dts.length];
		for (int j = 0; j < dts.length; j++) {
			final IzhikevichPreset p = rsStep(0, end + dts[j]);
			final SimulationResult r = IzhikevichSimulation.run(p, IzhikevichScheme.EULER, dts[j], ProgressMonitor.NONE);
			assertEquals(0, r.spikes().count());
			final double[] v = r.traces().voltage(0);
			errors[j] = Math.abs(v[v.length - 1] - exact);
		}
		for (int j = 1; j < dts.length; j++)
			assertEquals(1, Math.log(errors[j - 1] / errors[j]) / Math.log(2), 0.1, "observed order at dt " + dts[j]);
	}

	@Test
	void aSpikeIsDrawnAtThePeakThenResetWithUIncrementedAtOnce() {
		final SimulationResult r = IzhikevichSimulation.run(rsStep(10, 100), IzhikevichScheme.EULER, 0.1,
			ProgressMonitor.NONE);
		final double t0 = r.spikes().time(0);
		final double[] v = r.traces().voltage(0), u = r.traces().values("u", 0);
		final int k = (int) Math.round(t0 / 0.1);
		assertEquals(30, v[k], 0.0, "the sample at the spike time shows the peak");
		assertTrue(v[k - 1] < 30, "the sample before is below the peak");
		// the next step starts from v = c = −65: one Euler step from there changes v by at most a few mV
		assertEquals(-65, v[k + 1], 3);
		// u jumped by d = 8 during the spike step (its own change over 0.1 ms is ≪ 1)
		assertEquals(8, u[k] - u[k - 1], 0.5);
	}

	@Test
	void figureCodeThresholdIsStrictAndNetMsIsNot() {
		// dv/dt = 0.04v² − u + I from v0 = 0, u0 = 0 with I = 30 and dt = 1 ms: one step lands exactly on 30
		final IzhikevichCell cell = IzhikevichCell.of(0.02, 0.2, -65, 8).withVEquation(0.04, 0, 0);
		final IzhikevichPreset p = new IzhikevichPreset("edge", cell.withPeak(30), 0, 0, 1, 1, new ProtocolStimulus(
			t -> 30, "I = 30"), IzhikevichScheme.FIGURE_1);
		assertEquals(0, IzhikevichSimulation.run(p, IzhikevichScheme.FIGURE_1, 1, ProgressMonitor.NONE).spikes()
			.count(), "figure1.m: V > 30");
		assertEquals(1, IzhikevichSimulation.run(p, IzhikevichScheme.EULER, 1, ProgressMonitor.NONE).spikes()
			.count(), "v ≥ 30");
	}

	@Test
	void aHugeInhibitoryCurrentBlowsUpWithAClearError() {
		final NumericalInstabilityException e = assertThrows(NumericalInstabilityException.class,
			() -> IzhikevichSimulation.run(rsStep(-1e6, 10), IzhikevichScheme.EULER, 0.1, ProgressMonitor.NONE));
		assertTrue(e.getMessage().contains("dt"), e.getMessage());
	}

	@Test
	void badConstantsAreRefusedByName() {
		assertEquals("c", assertThrows(InvalidParameterException.class, () -> IzhikevichCell.of(0.02, 0.2, 35, 8)
			.validate()).parameter());
		assertEquals("a", assertThrows(InvalidParameterException.class, () -> IzhikevichCell.of(Double.NaN, 0.2, -65,
			8).validate()).parameter());
		assertEquals("vInit", assertThrows(InvalidParameterException.class, () -> new IzhikevichPreset("x",
			IzhikevichCell.of(0.02, 0.2, -65, 8), 30, 0, 0.1, 10, new ProtocolStimulus(t -> 0, "0"),
			IzhikevichScheme.EULER)).parameter());
		assertEquals("dt", assertThrows(InvalidParameterException.class, () -> IzhikevichSimulation.run(rsStep(0, 10),
			IzhikevichIntegration.CONSISTENT, -1, ProgressMonitor.NONE)).parameter());
		assertEquals("dt", assertThrows(InvalidParameterException.class, () -> IzhikevichSimulation.run(rsStep(0, 10),
			IzhikevichIntegration.CONSISTENT, 50, ProgressMonitor.NONE)).parameter());
		assertEquals("preset", assertThrows(InvalidParameterException.class, () -> IzhikevichPresets.byLabel(
			"(Z) nothing")).parameter());
	}

	@Test
	void everyPresetLabelIsUniqueAndTheListEndsWithCustom() {
		final String[] labels = IzhikevichPresets.labels();
		assertEquals(20 + 7 + 1, labels.length);
		assertEquals(labels.length, java.util.Arrays.stream(labels).distinct().count());
		assertEquals("Custom", labels[labels.length - 1]);
		assertEquals("(A) tonic spiking", labels[0]);
		assertEquals("(T) inhibition-induced bursting", labels[19]);
	}
}
