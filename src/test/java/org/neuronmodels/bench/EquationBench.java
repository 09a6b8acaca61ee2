package org.neuronmodels.bench;

import org.neuronmodels.core.TimeGrid;
import org.neuronmodels.core.adex.AdExParameters;
import org.neuronmodels.core.adex.AdExPopulation;
import org.neuronmodels.core.equation.EquationPopulation;
import org.neuronmodels.core.equation.EquationSimulation;
import org.neuronmodels.core.equation.EquationSpec;
import org.neuronmodels.core.equation.ModelCompiler;
import org.neuronmodels.core.equation.StepProgram;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifPopulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.CurrentInput;
import org.neuronmodels.core.sim.SpikingPopulation;
import org.neuronmodels.core.stimulus.Stimuli;

/**
 * Equation models against the built-in models on the f–I sweep workload (one
 * population, one neuron per current, {@code CurrentInput.scaled}, the loop of
 * {@code core.sweep.FiSweep}): an equation LIF against the built-in LIF (both
 * the exact step), and an AdEx with an extra potassium-like current against
 * the built-in AdEx (both forward Euler). Not a test: run its main, e.g.
 * {@code java -cp target/classes:target/test-classes:<deps> org.neuronmodels.bench.EquationBench [neurons] [reps]}.
 */
public final class EquationBench {

	private EquationBench() {}

	/** Prints the median times of {@code reps} runs after one warm-up; args: neurons (default 2000), reps (5). */
	public static void main(final String[] args) {
		final int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
		final int reps = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		final double dt = 0.1, duration = 500;
		final double[] lifCurrents = currents(n, 0, 5);
		final StepProgram lif = StepProgram.of(ModelCompiler.compile(new EquationSpec(
			"dv/dt = (-(v - vRest) + R*I)/tau : volt (unless refractory)", "v > vTh", "v = vReset", "tRef",
			"vRest = -70*mV, vReset = -65*mV, vTh = -50*mV, R = 10*Mohm, tau = 8*ms, tRef = 2*ms", "v = vRest")),
			Integrators.EXPONENTIAL_EULER);
		final double builtLif = median(reps, () -> new LifPopulation(LifParameters.uniform(n, -70, -65, -50, 10, 8,
			2), dt, Integrators.EXACT), lifCurrents, dt, duration);
		final double eqLif = median(reps, () -> new EquationPopulation(lif, EquationSimulation.uniform(lif.model(),
			n), dt, 1), lifCurrents, dt, duration);
		report("LIF f-I sweep", n, duration / dt, builtLif, eqLif);

		final double adexDt = 0.01;
		final double[] adexCurrents = currents(n, 0, 0.5);
		final StepProgram adex = StepProgram.of(ModelCompiler.compile(new EquationSpec(
			"dv/dt = (-(v - vRest) + deltaT*exp((v - vT)/deltaT) + R*(I - w) + R*gK*(EK - v))/tauM : volt\n" +
				"dw/dt = (a*(v - vRest) - w)/tauW : amp", "v > vSpike", "v = vReset; w += b", "",
			"tauM = 5*ms, R = 500*Mohm, vRest = -70*mV, vReset = -51*mV, vT = -50*mV, deltaT = 2*mV, " +
				"a = 0.5*nS, tauW = 100*ms, b = 7*pA, vSpike = -30*mV, gK = 0.1*nS, EK = -90*mV",
			"v = vRest, w = 0*nA")), Integrators.EULER);
		final double builtAdex = median(reps, () -> new AdExPopulation(AdExParameters.neurodynex(n), adexDt,
			Integrators.EULER), adexCurrents, adexDt, duration / 5);
		final double eqAdex = median(reps, () -> new EquationPopulation(adex, EquationSimulation.uniform(adex
			.model(), n), adexDt, 1), adexCurrents, adexDt, duration / 5);
		report("AdEx f-I sweep (equation: + extra current gK*(EK - v))", n, duration / 5 / adexDt, builtAdex,
			eqAdex);
	}

	private static void report(final String what, final int n, final double steps, final double built,
		final double eq)
	{
		System.out.printf("%s, %d neurons x %.0f steps: built-in %.3f s, equation %.3f s, ratio %.2f%n", what, n,
			steps, built, eq, eq / built);
	}

	private static double[] currents(final int n, final double min, final double max) {
		final double[] c = new double[n];
		for (int i = 0; i < n; i++)
			c[i] = min + (max - min) * i / (n - 1);
		return c;
	}

	private static double median(final int reps, final java.util.function.Supplier<SpikingPopulation> make,
		final double[] currents, final double dt, final double duration)
	{
		final double[] t = new double[reps];
		run(make.get(), currents, dt, duration); // warm-up
		for (int r = 0; r < reps; r++) {
			final SpikingPopulation p = make.get();
			final long t0 = System.nanoTime();
			run(p, currents, dt, duration);
			t[r] = (System.nanoTime() - t0) / 1e9;
		}
		java.util.Arrays.sort(t);
		return t[reps / 2];
	}

	/** The f–I sweep loop: scaled input, one step, the spike count and the bounds check FiSweep makes. */
	private static long run(final SpikingPopulation p, final double[] currents, final double dt,
		final double duration)
	{
		final TimeGrid grid = TimeGrid.of(duration, dt);
		final int n = p.size();
		final CurrentInput input = CurrentInput.scaled(Stimuli.step(1, duration / 10, duration * 0.9).sample(grid),
			currents, new double[n]);
		final double[] in = new double[n];
		final int[] spiked = new int[n];
		final double[] v = p.voltage();
		long spikes = 0;
		for (int k = 0; k < grid.steps(); k++) {
			input.currents(k, in);
			spikes += p.step(in, spiked);
			for (int i = 0; i < n; i++)
				if (!(v[i] >= -1000 && v[i] <= 1000)) throw new IllegalStateException("blow-up");
		}
		return spikes;
	}
}
