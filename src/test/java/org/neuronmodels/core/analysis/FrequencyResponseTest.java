package org.neuronmodels.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.ProgressMonitor;

/** The passive membrane's frequency response against the analytic low-pass. */
class FrequencyResponseTest {

	static final double V_REST = -70, R = 10, TAU = 8;

	static FrequencyResponse compute(final double dt, final double fMin, final double fMax, final int steps) {
		return FrequencyResponse.compute(V_REST, R, TAU, 1.0, 0.5, dt, fMin, fMax, steps, 3, ProgressMonitor.NONE);
	}

	@Test
	void frequenciesAreLogSpaced() {
		final double[] f = FrequencyResponse.frequencies(1, 1000, 4);
		assertEquals(1, f[0], 0);
		assertEquals(10, f[1], 1e-12);
		assertEquals(100, f[2], 1e-10);
		assertEquals(1000, f[3], 0);
		assertEquals(7, FrequencyResponse.frequencies(7, 7, 1)[0], 0);
	}

	@Test
	void fitEqualsTheExactDiscreteTransferFunction() {
		// The run is exactly the linear recursion V_(k+1) = a·V_k + (1 − a)(E_L + R·I_k): after 20 τ its
		// steady state is the sinusoid given by R(1 − a)/(e^(iωdt) − a) at the grid points, so the least-squares
		// fit must return it up to the transient e^(−20) ≈ 2e-9 and rounding.
		final double dt = 0.05;
		final FrequencyResponse r = compute(dt, 2, 500, 9);
		for (int j = 0; j < r.frequencies().length; j++) {
			final double f = r.frequencies()[j];
			assertEquals(PassiveMembrane.discreteGain(R, TAU, f, dt), r.gain()[j], 1e-7, "gain at " + f + " Hz");
			final double halfStep = PassiveMembrane.omega(f) * dt / 2; // the reported phase adds it back
			assertEquals(Math.toDegrees(PassiveMembrane.discretePhase(TAU, f, dt) + halfStep), r.phase()[j], 1e-6,
				"phase at " + f + " Hz");
		}
	}

	@Test
	void gainAndPhaseMeetTheContinuousLowPass() {
		// Remaining second-order error (FrequencyResponse javadoc), x = dt/2τ, y = ωdt/2 at 1 kHz, dt 0.01 ms:
		// x = 6.25e-4, y = 0.0314: gain ≤ y²/2 + (x² + y²)/3 = 8.2e-4 relative, phase ≤ (x² + y²)/6 = 1.6e-4 rad.
		final double dt = 0.01;
		final FrequencyResponse r = compute(dt, 1, 1000, 7);
		final double x = dt / (2 * TAU), y = PassiveMembrane.omega(1000) * dt / 2;
		final double gainBound = 1.2 * (y * y / 2 + (x * x + y * y) / 3);
		final double phaseBound = Math.toDegrees(1.2 * (x * x + y * y) / 6);
		for (int j = 0; j < r.frequencies().length; j++) {
			final double f = r.frequencies()[j];
			final double w = 2 * Math.PI * f / 1000;
			assertEquals(R / Math.sqrt(1 + w * w * TAU * TAU), r.theoryGain()[j], 1e-12);
			assertEquals(-Math.toDegrees(Math.atan(w * TAU)), r.theoryPhase()[j], 1e-12);
			assertEquals(r.theoryGain()[j], r.gain()[j], gainBound * r.theoryGain()[j], "gain at " + f + " Hz");
			assertEquals(r.theoryPhase()[j], r.phase()[j], phaseBound, "phase at " + f + " Hz");
		}
		// the corner 1/(2πτ) = 19.9 Hz: gain R/√2 and phase −45°
		final FrequencyResponse corner = compute(dt, 1000 / (2 * Math.PI * TAU), 1000 / (2 * Math.PI * TAU), 1);
		assertEquals(R / Math.sqrt(2), corner.gain()[0], 1e-4);
		assertEquals(-45, corner.phase()[0], 1e-3);
	}

	@Test
	void badInputNamesTheField() {
		assertField("frequencySteps", () -> compute(0.01, 1, 10, 0));
		assertField("frequencyMax", () -> compute(0.01, 10, 1, 3));
		assertField("frequencyMin", () -> compute(0.01, Double.NaN, 1, 3));
		assertField("frequencyMin", () -> compute(0.01, -1, 1, 3));
		assertField("dt", () -> compute(1, 1, 1000, 3)); // 1 step per period of 1 kHz
		assertField("amplitude", () -> FrequencyResponse.compute(V_REST, R, TAU, 0, 0, 0.01, 1, 10, 3, 3,
			ProgressMonitor.NONE));
		assertField("amplitude", () -> FrequencyResponse.compute(V_REST, R, TAU, 40, 0, 0.01, 1, 10, 3, 3,
			ProgressMonitor.NONE));
		assertField("tauM", () -> FrequencyResponse.compute(V_REST, R, -1, 1, 0, 0.01, 1, 10, 3, 3,
			ProgressMonitor.NONE));
	}

	static void assertField(final String field, final org.junit.jupiter.api.function.Executable run) {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, run);
		assertEquals(field, e.parameter(), e.getMessage());
		assertTrue(e.getMessage().startsWith(field), e.getMessage());
	}
}
