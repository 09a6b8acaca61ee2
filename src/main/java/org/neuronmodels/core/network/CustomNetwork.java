package org.neuronmodels.core.network;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.model.ModelSetup;

/**
 * The Custom preset: LIF neurons (CUBA's: τ_m 20 ms, R 100 MΩ, E_L −49, V_t −50,
 * V_r −60 mV, 5 ms refractory, V(0) ~ U(V_r, V_t)), or neurons of any registered
 * model ({@link NetworkSettings#model}, including equation models; at the
 * model's initial state, see {@link ModelNetworkPopulation}), with the chosen synapse kind
 * (excitatory τ 5 ms, E 0 mV; inhibitory τ 10 ms, E −80 mV) and connection rule.
 * Probability rules make an 80/20 E/I pair of populations; one-to-one, ring
 * and weight-image rules make one population, positive weights going to the
 * excitatory and negative ones to the inhibitory channel.
 */
final class CustomNetwork {

	private CustomNetwork() {}

	static Network build(final NetworkSettings s) {
		final ModelSetup model = s.populationSetup();
		final boolean cond = s.synapse.isConductance();
		final SynapseChannel e = channel("exc", s.synapse, 5, 0);
		final SynapseChannel i = channel("inh", s.synapse, 10, -80);
		final Network net = new Network();
		final String rule = s.rule.toLowerCase(java.util.Locale.ROOT);
		final int delay = s.delaySteps();
		if (rule.equals("one-to-one") || rule.equals("ring") || rule.equals("weight image")) {
			final int n = rule.equals("weight image") ? checkImage(s) : s.neurons;
			final NetworkPopulation all = net.add(population("all", n, model, e, i));
			if (rule.equals("weight image")) {
				final double[] pos = new double[s.weightMatrix.length], neg = new double[s.weightMatrix.length];
				for (int k = 0; k < pos.length; k++) {
					final double w = s.weightMatrix[k];
					if (w > 0) pos[k] = w;
					else if (w < 0) neg[k] = cond ? -w : w;
					else if (Double.isNaN(w)) throw new InvalidParameterException("weightImage", "weightImage pixel (x = " +
						k % n + ", y = " + k / n + ") = NaN is invalid: weights must be finite numbers");
				}
				ConnectionRules.fromMatrix(s.weightMatrix, n, n); // checks every pixel, names the bad one
				net.connect(all, all, "exc", ConnectionRules.fromMatrix(pos, n, n).withDelay(delay));
				net.connect(all, all, "inh", ConnectionRules.fromMatrix(neg, n, n).withDelay(delay));
			}
			else {
				final Connectivity c = rule.equals("ring") ? ConnectionRules.ring(n, s.excitatoryWeight) : ConnectionRules
					.oneToOne(n, s.excitatoryWeight);
				net.connect(all, all, "exc", c.withDelay(delay));
			}
			drive(all, s);
			return net;
		}
		if (cond && (s.excitatoryWeight < 0 || s.inhibitoryWeight < 0)) throw Checks.invalid(s.excitatoryWeight < 0
			? "excitatoryWeight" : "inhibitoryWeight", "µS", Math.min(s.excitatoryWeight, s.inhibitoryWeight),
			"conductance weights must be >= 0 µS");
		final int ne = NetworkBuilder.excitatory(s.neurons), ni = s.neurons - ne;
		final NetworkPopulation exc = net.add(population("exc", ne, model, e, i));
		final NetworkPopulation inh = net.add(population("inh", ni, model, e, i));
		if (rule.equals("fixed probability")) NetworkBuilder.connectEI(net, exc, inh, s, false);
		else {
			final NetworkPopulation[] pops = { exc, inh };
			int projection = 1;
			for (final NetworkPopulation pre : pops)
				for (final NetworkPopulation post : pops) {
					final double w = pre == exc ? s.excitatoryWeight : s.inhibitoryWeight;
					final long seed = NetworkBuilder.seedOf(s, projection++);
					final Connectivity c = rule.equals("all-to-all") ? ConnectionRules.allToAll(pre.size(), post.size(), w,
						pre != post) : ConnectionRules.fixedInDegree(pre.size(), post.size(), (int) Math.round(s.connectionProbability *
							pre.size()), w, pre != post, seed);
					net.connect(pre, post, pre == exc ? "exc" : "inh", c.withDelay(delay));
				}
		}
		drive(exc, s);
		drive(inh, s);
		return net;
	}

	private static int checkImage(final NetworkSettings s) {
		if (s.weightWidth != s.weightHeight) throw new InvalidParameterException("weightImage", "weightImage is " +
			s.weightWidth + " × " + s.weightHeight + " pixels but must be square (presynaptic × postsynaptic, one " +
			"row and column per neuron)");
		if (s.weightWidth < 2) throw new InvalidParameterException("weightImage", "weightImage must be at least 2 × 2");
		return s.weightWidth;
	}

	private static NetworkPopulation population(final String name, final int n, final ModelSetup model,
		final SynapseChannel e, final SynapseChannel i)
	{
		if (model != null) return new ModelNetworkPopulation(name, model::population, model.model().currentUnit(),
			new double[n], e, i);
		return new LifNetworkPopulation(name, LifParameters.uniform(n, -49, -60, -50, 100, 20, 5), new double[n], e, i);
	}

	private static void drive(final NetworkPopulation p, final NetworkSettings s) {
		if (p instanceof LifNetworkPopulation) NetworkBuilder.uniformVoltage(p, -60, -50, s.seed);
		if (s.poissonRate > 0) p.addPoissonDrive(PoissonDrive.always(0, s.poissonRate, s.poissonWeight));
	}

	private static SynapseChannel channel(final String name, final SynapseKind kind, final double tau,
		final double reversal)
	{
		if (kind == SynapseKind.DELTA) return SynapseChannel.delta(name);
		if (kind.isConductance()) return SynapseChannel.conductance(name, tau, reversal);
		return SynapseChannel.current(name, kind, tau);
	}
}
