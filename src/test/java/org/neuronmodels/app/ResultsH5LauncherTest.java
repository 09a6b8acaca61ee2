package org.neuronmodels.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;
import org.neuronmodels.io.nwb.NwbFile;
import org.neuronmodels.io.nwb.Quantity;

/** {@code --out DIR --h5}: results.h5 beside the other outputs, for a single neuron and a network. */
class ResultsH5LauncherTest {

	@TempDir
	Path tmp;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	@Test
	void lifRunWritesItsTraceAndSpikes() {
		final Path out = tmp.resolve("lif");
		final Launch r = Launch.run("--headless", "--run", "Leaky Integrate-and-Fire", "amplitude=2.5,duration=200",
			"--out", out.toString(), "--h5");
		assertEquals(0, r.status, r::toString);
		// the same LIF run in the core: the command's defaults V_rest −70, V_reset −65, V_th −50 mV, R 10 MΩ,
		// τ 8 ms, t_ref 2 ms, dt 0.1 ms, step 20–180 ms (see LifCommand)
		final SimulationResult expected = LifSimulation.run(LifParameters.uniform(1, -70, -65, -50, 10, 8, 2),
			Integrators.EXACT, 0.1, 200, Stimuli.step(2.5, 20, 180), ProgressMonitor.NONE);
		try (NwbFile f = NwbFile.open(out.resolve("results.h5"))) {
			assertArrayEquals(expected.traces().voltage(0), f.read(f.find("voltage"), Quantity.VOLTAGE).values(),
				1e-9);
			assertArrayEquals(expected.traces().current(0), f.read(f.find("current"), Quantity.CURRENT).values(), 0);
			assertArrayEquals(expected.spikes().timesOf(0), f.unitsTables().get(0).spikeTimes(0), 1e-9);
		}
	}

	@Test
	void networkRunWritesItsTablesAndTheSameFileTwice() throws Exception {
		final byte[][] files = new byte[2][];
		for (int i = 0; i < 2; i++) {
			final Path out = tmp.resolve("net" + i);
			final Launch r = Launch.run("--headless", "--run", "Spiking Network", "preset=\"CUBA\",neurons=200," +
				"duration=50,threads=1", "--out", out.toString(), "--h5");
			assertEquals(0, r.status, r::toString);
			files[i] = Files.readAllBytes(out.resolve("results.h5"));
			try (NwbFile f = NwbFile.open(out.resolve("results.h5"))) {
				assertTrue(f.version().startsWith("results.h5"));
			}
		}
		assertArrayEquals(files[0], files[1]); // the loop time is left out: same run, same bytes
	}

	@Test
	void h5NeedsAnOutputFolderAndAFailedRunWritesNothing() {
		assertEquals(2, Launch.run("--headless", "--run", "Leaky Integrate-and-Fire", "", "--h5").status);
		final Path out = tmp.resolve("bad");
		final Launch r = Launch.run("--headless", "--run", "Leaky Integrate-and-Fire", "dt=-1", "--out", out
			.toString(), "--h5");
		assertEquals(2, r.status, r::toString);
		assertFalse(Files.exists(out));
	}
}
