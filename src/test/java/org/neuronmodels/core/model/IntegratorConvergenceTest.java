package org.neuronmodels.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * The convergence order of every registered model × integrator of the
 * registry on a subthreshold stretch (no spike, so no reset caps the order):
 * the largest voltage error over 20 ms of a constant current below rheobase,
 * at dt, dt/2 and dt/4, against a reference of the same integrator at dt/256
 * (whose own error is 256^p times smaller). The order {@code log2(e(h)/e(h/2))} must be the
 * scheme's: Euler, Exponential Euler and the Izhikevich loops 1, Heun 2,
 * RK4 4; the exact LIF update must agree with the closed form to rounding.
 */
class IntegratorConvergenceTest {

	/** The theoretical order of each scheme. */
	private static final Map<String, Integer> ORDER = new HashMap<>();
	static {
		ORDER.put(Integrators.EULER, 1);
		ORDER.put(Integrators.EXPONENTIAL_EULER, 1);
		ORDER.put(Integrators.HEUN, 2);
		ORDER.put(Integrators.RK4, 4);
		ORDER.put("Published", 1);
		ORDER.put("net.m", 1);
	}

	/** A current below each model's rheobase (model unit), and the coarsest step (ms). */
	private static double current(final String model) {
		switch (model) {
			case "LIF":
				return 1; // V∞ = −60 mV < V_th −50 mV
			case "Hodgkin-Huxley":
				return 2; // repetitive firing from 6.2 µA/cm² (NEURON)
			case "Izhikevich":
				return 2; // rest lost at the Hopf point I = 3.7975
			case "ExpIF":
				return 0.2; // rheobase 0.4 nA
			case "Morris-Lecar":
				return 20; // Type I defaults: V relaxes to the rest at 20 µA/cm² (saddle-node at 39.96)
			case "Traub-Miles":
				return -0.05; // hyperpolarising: V relaxes towards about −65 mV (R = 100 MΩ), no spike
			default:
				return 0.02; // AdEx defaults: steady V ≈ −70 + R·I/(1 + aR) = −62 mV, far below ϑ_rh
		}
	}

	/** V every {@code sample} ms over 20 ms of constant current {@code I}, stepping by {@code dt}. */
	private static double[] trace(final ModelDescriptor model, final String integrator, final double dt,
		final double sample, final double I)
	{
		final ParameterValues p = model.defaults();
		final SpikingPopulation pop = model.population(p, 1, dt, integrator);
		final double[] in = { I };
		final int[] spiked = new int[1];
		final int steps = (int) Math.round(20 / dt), stride = (int) Math.round(sample / dt);
		final double[] v = new double[steps / stride];
		for (int k = 1; k <= steps; k++) {
			if (pop.step(in, spiked) > 0) throw new AssertionError(model + " spiked: not subthreshold");
			if (k % stride == 0) v[k / stride - 1] = pop.voltage()[0];
		}
		return v;
	}

	private static double maxDifference(final double[] a, final double[] b) {
		double e = 0;
		for (int k = 0; k < a.length; k++)
			e = Math.max(e, Math.abs(a[k] - b[k]));
		return e;
	}

	/**
	 * The coarsest step (ms) of the three: 0.1 ms, and 0.4 ms for RK4 (0.1 ms for
	 * Hodgkin–Huxley), so that the finest RK4 error is still far above round-off.
	 */
	private static double coarsest(final String model, final String integrator) {
		return Integrators.RK4.equals(integrator) && !"Hodgkin-Huxley".equals(model) ? 0.4 : 0.1;
	}

	@Test
	void everyModelAndIntegratorConvergesAtItsOrder() {
		final List<String> report = new ArrayList<>();
		int checked = 0;
		for (final ModelDescriptor model : ModelRegistry.all()) {
			final double I = current(model.name());
			for (final String integrator : model.integrators()) {
				final double h = coarsest(model.name(), integrator);
				if (Integrators.EXACT.equals(integrator)) {
					// LIF: V(t) = V∞ + (V_rest − V∞)·exp(−t/τ) at every step, for every dt
					final double vInf = -70 + 10 * I;
					final double[] v = trace(model, integrator, h, h, I);
					for (int k = 0; k < v.length; k++)
						assertEquals(vInf + (-70 - vInf) * Math.exp(-(k + 1) * h / 8.0), v[k], 1e-10);
					checked++;
					continue;
				}
				final Integer expected = ORDER.get(integrator);
				if (expected == null) throw new AssertionError("no order known for " + integrator);
				final double[] ref = trace(model, integrator, h / 256, h, I);
				final double e1 = maxDifference(trace(model, integrator, h, h, I), ref);
				final double e2 = maxDifference(trace(model, integrator, h / 2, h, I), ref);
				final double e3 = maxDifference(trace(model, integrator, h / 4, h, I), ref);
				final double p1 = Math.log(e1 / e2) / Math.log(2), p2 = Math.log(e2 / e3) / Math.log(2);
				report.add(model + " " + integrator + ": " + p1 + ", " + p2 + " (errors " + e1 + ", " + e2 + ", " + e3 +
					")");
				assertTrue(Math.abs(p2 - expected) < 0.25 && Math.abs(p1 - expected) < 0.5, model + " " + integrator +
					" should converge at order " + expected + ": " + report.get(report.size() - 1));
				assertTrue(e3 > 1e-11, "error above round-off: " + report.get(report.size() - 1));
				checked++;
			}
		}
		assertTrue(checked >= 19, "every built-in model × integrator: " + checked);
	}

	@Test
	void everyListedIntegratorIsRegisteredWithTheOrderTestedHere() {
		for (final ModelDescriptor model : ModelRegistry.all())
			for (final String integrator : model.integrators()) {
				final org.neuronmodels.core.integrate.Scheme scheme = model.scheme(integrator);
				assertEquals(integrator, scheme.name());
				if (!Integrators.EXACT.equals(integrator)) assertEquals(ORDER.get(integrator).intValue(), scheme.order(),
					model + " " + integrator);
			}
		// the equation models generate their own code for the registry's schemes, by the same names
		for (final String i : new String[] { "euler", "RK2", "Heun", "rk4", "exponential euler" })
			assertEquals(org.neuronmodels.core.integrate.IntegratorRegistry.get(i).name(),
				org.neuronmodels.core.equation.EquationModelDescriptor.integratorName(i));
		org.junit.jupiter.api.Assertions.assertThrows(org.neuronmodels.core.InvalidParameterException.class,
			() -> org.neuronmodels.core.equation.EquationModelDescriptor.integratorName(Integrators.EXACT));
	}
}
