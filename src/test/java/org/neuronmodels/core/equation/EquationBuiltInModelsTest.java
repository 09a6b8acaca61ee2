package org.neuronmodels.core.equation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.adex.AdExParameters;
import org.neuronmodels.core.adex.AdExSimulation;
import org.neuronmodels.core.izhikevich.IzhikevichCell;
import org.neuronmodels.core.izhikevich.IzhikevichParameters;
import org.neuronmodels.core.izhikevich.IzhikevichPopulation;
import org.neuronmodels.core.izhikevich.IzhikevichScheme;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.Simulation;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;
import org.neuronmodels.core.stimulus.Stimulus;

/**
 * The LIF, AdEx and Izhikevich models written as equations reproduce the
 * built-in simulations bit for bit with the same integrator: the equation
 * compiler folds {@code dt/τ} into one per-neuron factor and keeps every other
 * operation in the order written, exactly as the built-in code computes.
 */
class EquationBuiltInModelsTest {

	/** The LIF as equations; Exponential Euler of this linear equation is the built-in "Exact" step. */
	static final EquationSpec LIF = new EquationSpec("dv/dt = (-(v - vRest) + R*I)/tau : volt (unless refractory)",
		"v > vTh", "v = vReset", "tRef", "vRest = -65*mV, vReset = -65*mV, vTh = -50*mV\nR = 10*Mohm, " +
			"tau = 8*ms, tRef = 2*ms", "v = vRest");

	/** The AdEx of the Neuronal Dynamics exercise (neurodynex3 defaults) as equations. */
	static final EquationSpec ADEX = new EquationSpec(
		"dv/dt = (-(v - vRest) + deltaT*exp((v - vT)/deltaT) + R*(I - w))/tauM : volt\n" +
			"dw/dt = (a*(v - vRest) - w)/tauW : amp", "v > vSpike", "v = vReset; w += b", "",
		"tauM = 5*ms, R = 500*Mohm, vRest = -70*mV, vReset = -51*mV, vT = -50*mV, deltaT = 2*mV,\n" +
			"a = 0.5*nS, tauW = 100*ms, b = 7*pA, vSpike = -30*mV", "v = vRest, w = 0*nA");

	/** Izhikevich (2003) in Brian2's notation; u in mV/ms, I converted by 1 MΩ/ms (numerically 1). */
	static final EquationSpec IZHIKEVICH = new EquationSpec(
		"dv/dt = (0.04/ms/mV)*v**2 + (5/ms)*v + 140*mV/ms - u + I*Mohm/ms : volt\n" +
			"du/dt = a*(b*v - u) : volt/second", "v >= 30*mV", "v = c; u += d", "",
		"a = 0.02/ms, b = 0.2/ms, c = -65*mV, d = 8*mV/ms", "v = c, u = b*c");

	private static SimulationResult equations(final EquationSpec spec, final String integrator,
		final double dt, final double duration, final Stimulus stimulus)
	{
		return EquationSimulation.run(spec, integrator, dt, duration, stimulus, 1, ProgressMonitor.NONE);
	}

	@Test
	void lifExponentialEulerIsTheBuiltInExactStepBitForBit() {
		final Stimulus s = Stimuli.ornsteinUhlenbeck(2.0, 0.6, 5, 7);
		final SimulationResult built = LifSimulation.run(LifParameters.uniform(1, -65, -65, -50, 10, 8, 2),
			Integrators.EXACT, 0.1, 1000, s, ProgressMonitor.NONE);
		final SimulationResult eq = equations(LIF, Integrators.EXPONENTIAL_EULER, 0.1, 1000, s);
		assertTrue(built.spikes().count() > 20, "the test drives the neuron to fire");
		assertArrayEquals(built.spikes().times(), eq.spikes().times());
		assertArrayEquals(built.traces().voltage(0), eq.traces().voltage(0));
	}

	@Test
	void adexEulerIsTheBuiltInBitForBit() {
		final Stimulus s = Stimuli.step(0.065, 10, 250);
		final SimulationResult built = AdExSimulation.run(AdExParameters.neurodynex(1), Integrators.EULER,
			0.01, 400, s, ProgressMonitor.NONE);
		final SimulationResult eq = equations(ADEX, Integrators.EULER, 0.01, 400, s);
		assertTrue(built.spikes().count() >= 5, "the initial-burst pattern fires");
		assertArrayEquals(built.spikes().times(), eq.spikes().times());
		assertArrayEquals(built.traces().voltage(0), eq.traces().voltage(0));
		assertArrayEquals(built.traces().values("w", 0), eq.traces().values("w", 0));
	}

	@Test
	void adexHeunBelowThresholdIsTheBuiltInBitForBit() {
		// Below v_spike the built-in cap of the exponential never acts, so Heun is the same operations.
		final Stimulus s = Stimuli.sine(0.02, 20, 0.01, 0);
		final SimulationResult built = AdExSimulation.run(AdExParameters.neurodynex(1), Integrators.HEUN, 0.05,
			300, s, ProgressMonitor.NONE);
		final SimulationResult eq = equations(ADEX, Integrators.HEUN, 0.05, 300, s);
		assertEquals(0, built.spikes().count());
		assertArrayEquals(built.traces().voltage(0), eq.traces().voltage(0));
		assertArrayEquals(built.traces().values("w", 0), eq.traces().values("w", 0));
	}

	@Test
	void izhikevichEulerIsTheConsistentSchemeBitForBit() {
		final double dt = 0.25, duration = 500;
		final TimeGrid grid = TimeGrid.of(duration, dt);
		final double[] input = Stimuli.step(10, 50, 450).sample(grid);
		final IzhikevichPopulation built = new IzhikevichPopulation(IzhikevichParameters.uniform(1, IzhikevichCell
			.of(0.02, 0.2, -65, 8)), dt, IzhikevichScheme.EULER);
		final SimulationResult b = Simulation.run(built, CurrentInput.shared(input), grid, Recording.of(0),
			ProgressMonitor.NONE);
		final SimulationResult eq = equations(IZHIKEVICH, Integrators.EULER, dt, duration, Stimuli.step(10, 50,
			450));
		assertTrue(b.spikes().count() > 5);
		assertArrayEquals(b.spikes().times(), eq.spikes().times());
		assertArrayEquals(b.traces().values("u", 0), eq.traces().values("u", 0));
		// The built-in draws v at the peak (30 mV) in the sample after a spike and resets at the next step;
		// the equation resets at once (Brian2's order). Every other sample is the same bit for bit.
		final double[] vb = b.traces().voltage(0), ve = eq.traces().voltage(0);
		int differing = 0;
		for (int k = 0; k < vb.length; k++)
			if (Double.doubleToLongBits(vb[k]) != Double.doubleToLongBits(ve[k])) {
				assertEquals(30, vb[k]);
				assertEquals(-65, ve[k]);
				differing++;
			}
		assertEquals(b.spikes().count(), differing);
	}
}
