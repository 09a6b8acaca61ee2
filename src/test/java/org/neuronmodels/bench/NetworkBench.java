package org.neuronmodels.bench;

import java.util.Locale;

import org.neuronmodels.core.network.Network;
import org.neuronmodels.core.network.NetworkPreset;
import org.neuronmodels.core.network.NetworkBuilder;
import org.neuronmodels.core.network.NetworkResult;
import org.neuronmodels.core.network.NetworkSettings;
import org.neuronmodels.core.network.NetworkSimulation;
import org.neuronmodels.core.network.NetworkWarmup;
import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * Times the network engine on one preset in this JVM (no SciJava): build,
 * loop and spike statistics, as one JSON line per repetition. Usage:
 * {@code NetworkBench PRESET [threads] [repetitions] [seed] [warmup|cold]}; the
 * first repetition is a fresh process's run: with {@code warmup} (the default,
 * what the command does) a small copy of the network warms the JIT up while
 * the network is built ({@link NetworkWarmup}); with {@code cold} the loop
 * includes the JIT's warm-up.
 */
public final class NetworkBench {

	private NetworkBench() {}

	public static void main(final String[] args) {
		final NetworkPreset preset = NetworkPreset.fromLabel(args.length > 0 ? args[0] : "CUBA");
		final int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
		final int reps = args.length > 2 ? Integer.parseInt(args[2]) : 1;
		final long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
		final boolean warmup = args.length <= 4 || !args[4].equals("cold");
		for (int r = 0; r < reps; r++) {
			final long t0 = System.nanoTime();
			final NetworkSettings s = new NetworkSettings();
			s.preset = preset;
			s.threads = threads;
			s.seed = seed;
			final NetworkSettings resolved = s.resolve();
			final Network net = warmup ? NetworkWarmup.build(resolved) : NetworkBuilder.build(resolved);
			final double build = (System.nanoTime() - t0) * 1e-9;
			final NetworkResult res = NetworkSimulation.run(net, resolved.duration, resolved.dt, threads, seed,
				ProgressMonitor.NONE);
			System.out.println(String.format(Locale.ROOT,
				"{\"preset\":\"%s\",\"threads\":%d,\"seed\":%d,\"build_s\":%.4f,\"prepare_s\":%.4f,\"sim_loop_s\":%.4f," +
					"\"synapses\":%d,\"spikes\":%d,\"mean_rate_hz\":%.4f}", preset.label(), threads, seed, build, res
						.prepareSeconds(), res.loopSeconds(), net.synapseCount(), res.spikes().count(), res.meanRate()));
		}
	}
}
