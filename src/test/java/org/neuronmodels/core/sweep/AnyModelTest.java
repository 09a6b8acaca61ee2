package org.neuronmodels.core.sweep;

import org.neuronmodels.core.sim.CrossingTimer;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ModelSetup;
import org.neuronmodels.core.model.ParameterValues;
import org.neuronmodels.core.model.StateVariable;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * The f–I machinery works for any {@link SpikingPopulation}: a perfect
 * (non-leaky) integrate-and-fire model written as one small class.
 * {@code C dV/dt = I}, spike when {@code V > V_th}, reset to 0, no refractory
 * period: the interval is {@code C·V_th/I} ms, the rate {@code 1000·I/(C·V_th)} Hz
 * (nA, nF, mV, ms).
 */
class AnyModelTest {

	static final double C = 0.5, V_TH = 10, DT = 0.1;

	/** The perfect integrator as a model descriptor; {@code withTimer} says whether it can interpolate its crossings. */
	static ModelSetup perfect(final boolean withTimer, final double blowUpAbove) {
		return ModelSetup.of(new ModelDescriptor("Perfect IF", "nA", DT, Collections.emptyList(), Collections
			.singletonList(new StateVariable("V", "mV")), Collections.emptyList(), Collections.singletonList(
				Integrators.EULER))
		{

			@Override
			public double[] initialState(final ParameterValues p) {
				return new double[] { 0 };
			}

			@Override
			public CrossingTimer crossingTimer(final SpikingPopulation population, final ParameterValues p,
				final double dt, final String integrator)
			{
				return withTimer ? new CrossingTimer() {

					@Override
					public double fraction(final int i, final double vStart, final double input) {
						return (V_TH - vStart) / (DT * input / C);
					}

					@Override
					public boolean resetsAtStepEnd() {
						return true;
					}
				} : null;
			}

			@Override
			public SpikingPopulation population(final ParameterValues p, final int n, final double dt,
				final String integrator)
			{
				final double[] v = new double[n];
				final SpikingPopulation pop = new SpikingPopulation() {

					@Override
					public int size() {
						return n;
					}

					@Override
					public double dt() {
						return DT;
					}

					@Override
					public int step(final double[] input, final int[] spiked) {
						int c = 0;
						for (int i = 0; i < n; i++) {
							v[i] += DT * input[i] / C;
							if (v[i] > V_TH) {
								v[i] = 0;
								spiked[c++] = i;
							}
						}
						return c;
					}

					@Override
					public double[] voltage() {
						return v;
					}

					@Override
					public double[] voltageBounds() {
						return new double[] { -1, blowUpAbove };
					}
				};
				return pop;
			}
		}, "", "", DT, "");
	}

	@Test
	void perfectIntegratorRatesMeetTheoryWithInterpolation() {
		final FiCurve c = FiCurve.compute(perfect(true, 1e9), FiProtocol
			.constant(1000), 0.5, 5, 10, true, ProgressMonitor.NONE);
		for (int i = 0; i < c.currents().length; i++) {
			final double theory = 1000 * c.currents()[i] / (C * V_TH);
			assertEquals(theory, c.interpolatedRates()[i], 1e-6 * theory, "I = " + c.currents()[i]);
			assertTrue(c.rates()[i] <= theory + 1e-9 && c.rates()[i] >= 1000 / (C * V_TH / c.currents()[i] + DT) -
				1e-9);
		}
	}

	@Test
	void aModelWithoutTimerRefusesInterpolation() {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> FiCurve.compute(
			perfect(false, 1e9), FiProtocol.constant(100), 1, 2, 3, true,
			ProgressMonitor.NONE));
		assertEquals("interpolateSpikes", e.parameter());
	}

	@Test
	void blowUpIsReported() {
		assertThrows(NumericalInstabilityException.class, () -> FiCurve.compute(perfect(false, 5), FiProtocol.constant(100), 1, 2, 3, false, ProgressMonitor.NONE));
	}
}
