package org.neuronmodels.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ModelRegistry;
import org.neuronmodels.core.model.ParameterValues;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * Times the block step kernels of the conductance models through their
 * descriptors: a Hodgkin–Huxley f–I-like population (100 neurons, currents
 * 0 … 20 µA/cm², 1000 ms at dt = 0.01 ms) with each of its integrators, a
 * single HH neuron for 1000 ms, and a Morris–Lecar population the same way.
 * Not a test: run its main, e.g.
 * {@code java -cp target/classes:target/test-classes:<deps> org.neuronmodels.bench.IntegratorBench [repeats]}.
 * Times are the thread's CPU time (best of the repeats); report the machine
 * load ({@code uptime}) with the numbers.
 */
public final class IntegratorBench {

	/** CPU time of the running thread: on a loaded machine, wall time measures the other users. */
	private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

	private IntegratorBench() {}

	/**
	 * Prints the best of {@code args[0]} (default 3) timings per model × integrator;
	 * {@code args[1]}, {@code args[2]}: only this model and integrator (one per JVM
	 * gives each its own JIT profile, as a real run has).
	 */
	public static void main(final String[] args) {
		final int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
		final String[] models = args.length > 1 ? new String[] { args[1] } : new String[] { "Hodgkin-Huxley",
			"Morris-Lecar" };
		for (final String name : models) {
			final ModelDescriptor model = ModelRegistry.byName(name);
			for (final String integrator : model.integrators()) {
				if (args.length > 2 && !args[2].equalsIgnoreCase(integrator)) continue;
				final double dt = 0.01;
				System.out.printf("%s %s: 100 neurons x 1000 ms %.3f s, 1 neuron x 1000 ms %.3f s%n", name,
					integrator, best(model, integrator, 100, dt, repeats), best(model, integrator, 1, dt, repeats * 5));
			}
		}
	}

	private static double best(final ModelDescriptor model, final String integrator, final int n, final double dt,
		final int repeats)
	{
		double best = Double.POSITIVE_INFINITY;
		for (int r = 0; r < repeats; r++) {
			final ParameterValues p = model.defaults();
			final SpikingPopulation pop = model.population(p, n, dt, integrator);
			final double[] input = new double[n];
			for (int i = 0; i < n; i++)
				input[i] = n == 1 ? 10 : 20.0 * i / n + (model.name().equals("Morris-Lecar") ? 30 : 0);
			final int[] spiked = new int[n];
			final int steps = (int) Math.round(1000 / dt);
			final long t0 = CPU.getCurrentThreadCpuTime();
			long spikes = 0;
			for (int k = 0; k < steps; k++)
				spikes += pop.step(input, spiked);
			best = Math.min(best, (CPU.getCurrentThreadCpuTime() - t0) / 1e9);
			if (spikes < 0) throw new AssertionError();
		}
		return best;
	}
}
