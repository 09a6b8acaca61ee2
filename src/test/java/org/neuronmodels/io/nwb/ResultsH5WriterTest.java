package org.neuronmodels.io.nwb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.lif.LifParameters;
import org.neuronmodels.core.lif.LifSimulation;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.sim.SimulationResult;
import org.neuronmodels.core.stimulus.Stimuli;

/** results.h5 written from a LIF run, read back by our reader and by h5py. */
class ResultsH5WriterTest {

	@TempDir
	Path dir;

	/** A LIF run (V_rest −70, V_reset −65, V_th −50 mV, R 10 MΩ, τ 8 ms, 2 ms; step of {@code amplitude} nA). */
	private static Map<String, Object> outputs(final double amplitude) {
		final SimulationResult r = LifSimulation.run(LifParameters.uniform(1, -70, -65, -50, 10, 8, 2),
			Integrators.EXACT, 0.1, 200, Stimuli.step(amplitude, 20, 180), ProgressMonitor.NONE);
		final Map<String, Object> out = new LinkedHashMap<>();
		out.put("spikeCount", r.spikes().timesOf(0).length);
		out.put("firingRate", r.meanRate(20, 180));
		out.put("spikeTimes", r.spikes().timesOf(0));
		out.put("time", r.traces().time());
		out.put("voltage", r.traces().voltage(0));
		out.put("current", r.traces().current(0));
		final Map<String, double[]> table = new LinkedHashMap<>();
		table.put("Time (ms)", r.spikes().timesOf(0));
		out.put("spikeTable", table);
		return out;
	}

	private Path write(final Map<String, Object> outputs) {
		final Map<String, Object> inputs = new LinkedHashMap<>();
		inputs.put("amplitude", 2.5);
		inputs.put("stimulus", "Step");
		inputs.put("tableColumn", "");
		final Path f = dir.resolve("results-" + outputs.get("spikeCount") + ".h5");
		ResultsH5Writer.write(f, "Leaky Integrate-and-Fire", "0.1.0-test", inputs, outputs, "nA");
		return f;
	}

	@Test
	void ourReaderReadsBackTheSameNumbers() {
		final Map<String, Object> out = outputs(2.5);
		final double[] spikes = (double[]) out.get("spikeTimes");
		assertTrue(spikes.length > 5);
		try (NwbFile f = NwbFile.open(write(out))) {
			final RecordedSeries v = f.read(f.find("voltage"), Quantity.VOLTAGE);
			assertArrayEquals((double[]) out.get("voltage"), v.values(), 0);
			assertEquals(0, v.startMs(), 0);
			assertEquals(0.1, v.dtMs(), 1e-12);
			assertArrayEquals((double[]) out.get("current"), f.read(f.find("current"), Quantity.CURRENT).values(), 0);
			final UnitsTable u = f.unitsTables().get(0);
			assertEquals(1, u.size());
			assertArrayEquals(spikes, u.spikeTimes(0), 1e-12); // seconds in the file: one rounding each way
		}
	}

	@Test
	void h5pyReadsTheSameNumbersAndTheAttributes() throws IOException {
		Python.requireH5py();
		final Map<String, Object> out = outputs(2.5);
		final Path f = write(out);
		final String script = "import h5py, numpy as np, sys\n" + //
			"f = h5py.File(sys.argv[1], 'r')\n" + //
			"f['acquisition/voltage/data'][()].astype('<f8').tofile(sys.argv[2] + '.v')\n" + //
			"f['stimulus/presentation/current/data'][()].astype('<f8').tofile(sys.argv[2] + '.i')\n" + //
			"(f['units/spike_times'][()] * 1e3).astype('<f8').tofile(sys.argv[2] + '.s')\n" + //
			"st = f['acquisition/voltage/starting_time']\n" + //
			"print(f['units/spike_times_index'][()].tolist(), st[()], st.attrs['rate'], " + //
			"f['acquisition/voltage/data'].attrs['unit'].decode(), f['general/neuron_models'].attrs['command'].decode(), " + //
			"f['general/neuron_models/inputs'].attrs['amplitude'], f['analysis/neuron_models/spikeCount'][()])\n";
		final Path py = dir.resolve("read.py");
		Files.write(py, script.getBytes("UTF-8"));
		final String prefix = dir.resolve("h5py").toString();
		final String printed = Python.run(60, py.toString(), f.toString(), prefix).trim();
		final double[] spikes = (double[]) out.get("spikeTimes");
		try (NwbFile nwb = NwbFile.open(f)) {
			assertArrayEquals(Python.readDoubles(new java.io.File(prefix + ".v")), nwb.read(nwb.find("voltage"),
				Quantity.VOLTAGE).values(), 0);
			assertArrayEquals(Python.readDoubles(new java.io.File(prefix + ".i")), nwb.read(nwb.find("current"),
				Quantity.CURRENT).values(), 0);
			assertArrayEquals(Python.readDoubles(new java.io.File(prefix + ".s")), nwb.unitsTables().get(0)
				.spikeTimes(0), 0);
		}
		assertEquals("[" + spikes.length + "] 0.0 10000.0 millivolts Leaky Integrate-and-Fire 2.5 " + spikes.length,
			printed);
	}

	@Test
	void zeroSpikesWriteAnEmptyUnit() {
		final Map<String, Object> out = outputs(0.5); // V∞ = −65 mV < V_th
		assertEquals(0, ((double[]) out.get("spikeTimes")).length);
		try (NwbFile f = NwbFile.open(write(out))) {
			assertEquals(0, f.unitsTables().get(0).spikeTimes(0).length, () -> "tables: " + f.unitsTables());
		}
	}

	@Test
	void h5pyReadsEveryObjectOfAZeroSpikeFile() {
		Python.requireH5py();
		final Path f = write(outputs(0.5));
		final String printed = Python.run(60, "-c", "import h5py, sys\n" + //
			"f = h5py.File(sys.argv[1], 'r')\n" + //
			"names = []\n" + //
			"f.visititems(lambda n, o: names.append(n) if hasattr(o, 'shape') and o[()] is not None else None)\n" + //
			"print(len(names), f['units/spike_times_index'][()].tolist(), 'spike_times' in f['units'])", f
				.toString()).trim();
		assertEquals("10 [0] False", printed);
	}

	@Test
	void sameRunSameBytes() throws IOException {
		final Path a = write(outputs(2.5));
		final byte[] first = Files.readAllBytes(a);
		Files.delete(a);
		assertArrayEquals(first, Files.readAllBytes(write(outputs(2.5))));
	}

	@Test
	void tooLargeIsRefusedBeforeWriting() {
		final Path f = dir.resolve("big.h5");
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> ResultsH5Writer
			.write(f, "LIF", "x", new LinkedHashMap<>(), outputs(2.5), "nA", 1000));
		assertTrue(e.getMessage().startsWith("h5: results.h5 would hold "), e.getMessage());
		assertFalse(Files.exists(f));
	}
}
