package org.neuronmodels.core.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neuronmodels.core.sim.ProgressMonitor;

/**
 * Packed targets ({@link PackedTargets}): the gaps decode to the rows they
 * encode, the row cuts are those of a binary search on the int rows, a packed
 * random projection holds exactly the synapses of the int one, and a network
 * with packed projections spikes bit for bit as with int targets.
 */
class PackedTargetsTest {

	@AfterEach
	void restoreThreshold() {
		PackedTargets.packFrom = PackedTargets.MIN_SYNAPSES;
	}

	/** Ascending rows with short and long gaps (one or three chars) and empty rows. */
	private static int[][] rows() {
		final SplittableRandom rng = new SplittableRandom(5);
		final int[][] rows = new int[40][];
		final int[] gaps = { 1, 127, 65534, 65535, 65536, 65537, 1 << 21, (1 << 28) - 1, 1 << 28 };
		for (int r = 0; r < rows.length; r++) {
			final int n = r % 7 == 0 ? 0 : 1 + rng.nextInt(30);
			rows[r] = new int[n];
			long v = -1;
			for (int j = 0; j < n; j++) {
				v += r % 3 == 0 ? gaps[rng.nextInt(gaps.length)] : 1 + rng.nextInt(300);
				rows[r][j] = (int) Math.min(v, Integer.MAX_VALUE - 1 - (n - j));
				if (j > 0 && rows[r][j] <= rows[r][j - 1]) rows[r][j] = rows[r][j - 1] + 1;
				v = rows[r][j];
			}
		}
		return rows;
	}

	private static PackedTargets pack(final int[][] rows, final int[] rowStart) {
		int total = 0;
		for (int r = 0; r < rows.length; r++)
			rowStart[r + 1] = total += rows[r].length;
		final char[] gaps = new char[PackedTargets.maxChars(total)];
		final int[] rowChar = new int[rows.length + 1];
		for (int r = 0; r < rows.length; r++)
			rowChar[r + 1] = PackedTargets.encode(rows[r], 0, rows[r].length, gaps, rowChar[r]);
		return new PackedTargets(gaps, rowChar);
	}

	@Test
	void gapsDecodeToTheRowsTheyEncode() {
		final int[][] rows = rows();
		final int[] rowStart = new int[rows.length + 1];
		final PackedTargets p = pack(rows, rowStart);
		final int[] all = p.unpack(rowStart);
		for (int r = 0; r < rows.length; r++) {
			assertArrayEquals(rows[r], p.row(r, rows[r].length), "row " + r);
			assertArrayEquals(rows[r], Arrays.copyOfRange(all, rowStart[r], rowStart[r + 1]), "row " + r);
		}
		// one char per gap up to 65535, three above: 0, 65535 (gap 65535), 131071 (gap 65536) take 1 + 1 + 3
		assertEquals(5, PackedTargets.encode(new int[] { 0, 65535, 131071 }, 0, 3, new char[9], 0));
	}

	@Test
	void cutsAreThoseOfABinarySearchOnTheIntRows() {
		final int[][] rows = rows();
		final int[] rowStart = new int[rows.length + 1];
		final PackedTargets p = pack(rows, rowStart);
		final int[] bounds = { 0, 1, 200, 5000, 1 << 20, 1 << 29 };
		final int[][][] cuts = p.cuts(bounds);
		final int[][] at = cuts[0], before = cuts[1];
		for (int r = 0; r < rows.length; r++)
			for (int t = 0; t < bounds.length; t++) {
				int first = 0; // the first target ≥ bounds[t]
				while (first < rows[r].length && rows[r][first] < bounds[t])
					first++;
				assertEquals(first == 0 ? -1 : rows[r][first - 1], before[t][r], "row " + r + ", bound " + bounds[t]);
				// decoding from the cut gives exactly the targets from `first` on
				int v = before[t][r], q = at[t][r], j = first;
				while (q < p.rowChar[r + 1]) {
					final int d = p.gaps[q];
					v += d != 0 ? d : PackedTargets.longGap(p.gaps, q);
					q += d != 0 ? 1 : 3;
					assertEquals(rows[r][j++], v);
				}
				assertEquals(rows[r].length, j, "row " + r + " ends at its last target");
			}
	}

	@Test
	void aPackedRandomProjectionHoldsTheSynapsesOfTheIntOne() {
		for (final double p : new double[] { 0.02, 0.4, 0.001 }) {
			final Connectivity ints = ConnectionRules.fixedProbability(1500, 1200, p, 0.5, false, 11, n -> {});
			PackedTargets.packFrom = 0;
			final Connectivity packed = ConnectionRules.fixedProbability(1500, 1200, p, 0.5, false, 11, n -> {});
			PackedTargets.packFrom = PackedTargets.MIN_SYNAPSES;
			assertNull(ints.packed);
			assertNotNull(packed.packed);
			assertEquals(ints.synapseCount(), packed.synapseCount());
			for (int r = 0; r < 1500; r++)
				assertArrayEquals(ints.targetsOf(r), packed.targetsOf(r), "p = " + p + ", row " + r);
			assertArrayEquals(ints.inDegrees(), packed.inDegrees());
			assertArrayEquals(ints.toMatrix(), packed.toMatrix());
			final int[] t = ints.targetsOf(7);
			assertEquals(0.5, packed.weight(7, t[t.length / 2]));
			assertEquals(0, packed.weight(7, 7), "no autapse");
			// one char per synapse: gaps above 65535 cannot occur among 1200 targets
			assertEquals(ints.synapseCount(), packed.packed.rowChar[1500]);
			assertTrue(ints.synapseCount() <= PackedTargets.boundChars(ints.synapseCount(), p));
		}
	}

	@Test
	void networksWithPackedProjectionsSpikeAsWithIntTargets() {
		final NetworkSettings cuba = new NetworkSettings();
		cuba.preset = NetworkPreset.CUBA;
		cuba.neurons = 2000;
		cuba.duration = 200;
		final NetworkSettings delayed = new NetworkSettings();
		delayed.preset = NetworkPreset.CUSTOM;
		delayed.neurons = 1500;
		delayed.delay = 1.5;
		delayed.duration = 150;
		final NetworkSettings coba = new NetworkSettings();
		coba.preset = NetworkPreset.COBA;
		coba.neurons = 1600;
		coba.duration = 150;
		for (final NetworkSettings s : new NetworkSettings[] { cuba, delayed, coba })
			for (final int threads : new int[] { 1, 2 }) {
				s.threads = threads;
				final double[] ints = spikes(s, PackedTargets.MIN_SYNAPSES);
				final double[] packed = spikes(s, 0);
				assertTrue(ints.length > 100, s.preset + ": " + ints.length + " spikes");
				assertArrayEquals(ints, packed, s.preset + " at " + threads + " threads");
			}
	}

	/** Neuron and time of every spike, interleaved, with packing from {@code packFrom} synapses. */
	private static double[] spikes(final NetworkSettings s, final long packFrom) {
		PackedTargets.packFrom = packFrom;
		final NetworkSettings r = s.resolve();
		final NetworkResult result = NetworkSimulation.run(NetworkBuilder.build(r), r.duration, r.dt, r.threads,
			r.seed, ProgressMonitor.NONE);
		final double[] out = new double[2 * result.spikes().count()];
		for (int k = 0; k < result.spikes().count(); k++) {
			out[2 * k] = result.spikes().neuron(k);
			out[2 * k + 1] = result.spikes().time(k);
		}
		return out;
	}
}
