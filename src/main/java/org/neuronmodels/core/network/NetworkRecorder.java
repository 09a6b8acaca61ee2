package org.neuronmodels.core.network;

import java.util.Arrays;

import org.neuronmodels.core.MemoryBudget;
import org.neuronmodels.core.record.Recording;
import org.neuronmodels.core.record.TraceRecord;

/**
 * The traces of the recorded neurons of a network run, in the
 * {@link TraceRecord} the single-neuron runs fill: every {@code every}-th step
 * k, each chunk stores the state of its recorded neurons at the start of the
 * step (before the spikes of step k − 1 arrive) and their external input of the
 * step, as the single-neuron loop does. The variables are those of the first
 * recorded neuron's population ({@link NetworkPopulation#variables()}); a
 * neuron of a population without one of them records NaN for it.
 */
final class NetworkRecorder {

	private final TraceRecord traces;
	private final int[] neurons;
	private final String[] variables;
	private final String inputUnit;
	private final int every;
	private final NetworkPopulation[] pops;

	NetworkRecorder(final NetworkPopulation[] pops, final Recording recording, final int steps, final double dt) {
		this.pops = pops;
		this.neurons = recording.neurons();
		this.every = recording.every();
		final int samples = recording.samples(steps);
		final NetworkPopulation first = neurons.length == 0 ? pops[0] : populationOf(pops, neurons[0]);
		this.variables = first.variables();
		this.inputUnit = first.currentUnit();
		MemoryBudget.require(TraceRecord.bytesNeeded(neurons.length, variables.length, samples), "recordNeurons",
			"recording " + neurons.length + " neuron(s) for " + samples + " samples (one every recordEvery = " + every +
				" steps)");
		this.traces = new TraceRecord(neurons, variables, first.variableUnits(), samples);
		for (int s = 0; s < samples; s++)
			traces.setTime(s, s * every * dt);
	}

	/** The traces (filled once the run is over). */
	TraceRecord traces() {
		return traces;
	}

	/** The unit of the recorded external input (the first recorded neuron's population's current unit). */
	String inputUnit() {
		return inputUnit;
	}

	/** The recorded neurons of the chunk {@code [lo, hi)} (global indices), or null if none. */
	Part part(final int lo, final int hi) {
		int count = 0;
		for (final int g : neurons)
			if (g >= lo && g < hi) count++;
		return count == 0 ? null : new Part(lo, hi, count);
	}

	private static NetworkPopulation populationOf(final NetworkPopulation[] pops, final int g) {
		for (final NetworkPopulation p : pops)
			if (g >= p.offset && g < p.offset + p.n) return p;
		throw new IllegalArgumentException("neuron " + g);
	}

	/** The recorded neurons of one chunk. */
	final class Part {

		private final int[] slot, local;
		private final NetworkPopulation[] pop;
		/** Per slot and recorded variable: the index in its population's variables, or −1. */
		private final int[][] map;

		private Part(final int lo, final int hi, final int count) {
			slot = new int[count];
			local = new int[count];
			pop = new NetworkPopulation[count];
			map = new int[count][];
			int j = 0;
			for (int s = 0; s < neurons.length; s++) {
				final int g = neurons[s];
				if (g < lo || g >= hi) continue;
				slot[j] = s;
				pop[j] = populationOf(pops, g);
				local[j] = g - pop[j].offset;
				final java.util.List<String> own = Arrays.asList(pop[j].variables());
				map[j] = new int[variables.length];
				for (int v = 0; v < variables.length; v++)
					map[j][v] = own.indexOf(variables[v]);
				j++;
			}
		}

		/** Stores sample {@code k / every} of this chunk's recorded neurons if step {@code k} is sampled. */
		void sample(final int k) {
			if (k % every != 0) return;
			final int s = k / every;
			for (int j = 0; j < slot.length; j++) {
				final NetworkPopulation p = pop[j];
				for (int v = 0; v < map[j].length; v++)
					traces.set(v, slot[j], s, map[j][v] < 0 ? Double.NaN : p.sample(map[j][v], local[j]));
				traces.setCurrent(slot[j], s, p.externalInput(local[j], k));
			}
		}
	}
}
