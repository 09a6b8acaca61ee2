package org.neuronmodels.core.izhikevich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;

/** The 2003 classes under net.m's published scheme, against net.m itself and the paper's descriptions. */
class Classes2003Test {

	private static double[] spikes(final String label) {
		return IzhikevichSimulation.run(IzhikevichPresets.byLabel(label), IzhikevichIntegration.PUBLISHED, 0,
			ProgressMonitor.NONE).spikes().timesOf(0);
	}

	/**
	 * net.m (Izhikevich 2003) for one neuron, transcribed here from the paper: each 1 ms step first resets
	 * the neurons with v ≥ 30 (recording the spike at that step's time t), then
	 * v = v + 0.5(0.04v² + 5v + 140 − u + I) twice and u = u + a(bv − u). Returns the spike times.
	 */
	private static List<Double> netM(final double a, final double b, final double c, final double d,
		final double current, final int milliseconds)
	{
		double v = -65, u = b * v;
		final List<Double> fired = new ArrayList<>();
		for (int t = 0; t <= milliseconds; t++) {
			if (v >= 30) {
				fired.add((double) t);
				v = c;
				u = u + d;
			}
			if (t == milliseconds) break;
			v = v + 0.5 * (0.04 * (v * v) + 5 * v + 140 - u + current);
			v = v + 0.5 * (0.04 * (v * v) + 5 * v + 140 - u + current);
			u = u + a * (b * v - u);
		}
		return fired;
	}

	@Test
	void publishedRsAtI10MatchesNetMSpikeForSpike() {
		// RS (a, b, c, d) = (0.02, 0.2, −65, 8), I = 10 for 1000 ms, 1 ms steps with 0.5 ms half-steps for v
		final IzhikevichCell rs = IzhikevichCell.of(0.02, 0.2, -65, 8);
		final IzhikevichPreset preset = new IzhikevichPreset("RS at I = 10", rs, -65, 0.2 * -65, 1, 1000,
			new ProtocolStimulus(t -> 10, "I = 10"), IzhikevichScheme.NET_M);
		final SimulationResult r = IzhikevichSimulation.run(preset, IzhikevichIntegration.PUBLISHED, 0,
			ProgressMonitor.NONE);
		final List<Double> expected = netM(0.02, 0.2, -65, 8, 10, 1000);
		assertTrue(expected.size() > 5, "net.m's RS fires tonically at I = 10");
		assertArrayEquals(expected.stream().mapToDouble(Double::doubleValue).toArray(), r.spikes().timesOf(0), 1e-9);
		assertEquals(expected.size(), r.meanRate(0, 1000), 1e-9, "rate in Hz over 1 s = spike count");
	}

	@Test
	void classPresetsHaveThePapersParametersAndNetMsScheme() {
		final double[][] abcd = { { 0.02, 0.2, -65, 8 }, { 0.02, 0.2, -55, 4 }, { 0.02, 0.2, -50, 2 }, { 0.1, 0.2, -65,
			2 }, { 0.02, 0.25, -65, 0.05 }, { 0.02, 0.25, -65, 2 }, { 0.1, 0.26, -65, 2 } };
		final List<IzhikevichPreset> classes = IzhikevichPresets.classes2003();
		assertEquals(7, classes.size());
		for (int i = 0; i < 7; i++) {
			final IzhikevichCell cell = classes.get(i).cell();
			assertArrayEquals(abcd[i], new double[] { cell.a, cell.b, cell.c, cell.d }, 0.0, classes.get(i).label());
			assertEquals(IzhikevichScheme.NET_M, classes.get(i).publishedScheme());
			assertEquals(1, classes.get(i).dt(), 0.0);
			// the step I = 10 starts at 20 ms; the rest state (I = 0) does not fire before
			final double[] t = spikes(classes.get(i).label());
			assertTrue(t.length > 0 && t[0] > 20, classes.get(i).label());
		}
	}

	private static double[] isi(final double[] t) {
		return Figure1BehaviourTest.isi(t);
	}

	@Test
	void regularSpikingAdapts() {
		final double[] isi = isi(spikes("RS (regular spiking)"));
		assertTrue(isi.length >= 2 && isi[0] < isi[isi.length - 1], Arrays.toString(isi));
	}

	@Test
	void intrinsicallyBurstingStartsWithABurstThenSpikesTonically() {
		final double[] isi = isi(spikes("IB (intrinsically bursting)"));
		final double later = Arrays.stream(isi, 1, isi.length).min().getAsDouble();
		assertTrue(isi.length >= 3 && 5 * isi[0] < later, Arrays.toString(isi));
	}

	@Test
	void chatteringFiresRepeatedBursts() {
		final double[] split = Figure1BehaviourTest.bimodalSplit(isi(spikes("CH (chattering)")));
		assertTrue(4 * split[0] < split[1] && split[2] >= 2, Arrays.toString(split));
	}

	@Test
	void fastSpikingAndLowThresholdSpikingFireFasterThanRegularSpiking() {
		final int rs = spikes("RS (regular spiking)").length;
		assertTrue(spikes("FS (fast spiking)").length > 2 * rs);
		assertTrue(spikes("LTS (low-threshold spiking)").length > rs);
		final double[] lts = isi(spikes("LTS (low-threshold spiking)"));
		assertTrue(lts[0] < lts[lts.length - 1], "LTS adapts: " + Arrays.toString(lts));
	}

	@Test
	void thalamoCorticalAndResonatorFireTonicallyAtI10() {
		assertTrue(spikes("TC (thalamo-cortical)").length >= 5);
		assertTrue(spikes("RZ (resonator)").length >= 5);
	}
}
