package org.neuronmodels.io.nwb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neuronmodels.io.nwb.NwbTestFiles.expected;
import static org.neuronmodels.io.nwb.NwbTestFiles.file;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Reading the h5py-written test files (chunked, gzip) against the numbers
 * numpy computed from h5py's reading of the same files (expected.properties).
 */
class NwbFileTest {

	@Test
	void listsTheSeriesWithTheirTimeBaseAndSweep() {
		try (NwbFile f = NwbFile.open(file("icephys.nwb"))) {
			assertEquals("2.7.0", f.version());
			final List<SeriesInfo> all = f.series();
			assertEquals(6, all.size());
			for (int sweep = 0; sweep < 3; sweep++) {
				final SeriesInfo s = f.find("sweep " + sweep);
				final String key = "acquisition/CurrentClampSeries_00" + sweep;
				assertEquals("/" + key, s.path());
				assertEquals("CurrentClampSeries", s.type());
				assertEquals(sweep, s.sweep());
				assertSame(Quantity.VOLTAGE, s.quantity());
				assertEquals((long) expected(key + ".samples"), s.samples());
				assertEquals(expected(key + ".start_ms"), s.startMs(), 1e-9);
				assertEquals(expected(key + ".dt_ms"), s.dtMs(), 1e-12);
				assertEquals(sweep == 2, s.hasTimestamps());
				assertNull(s.problem());
			}
			assertEquals(-1, f.intracellularRecordings());
		}
	}

	@Test
	void int16DataTimesConversionPlusOffsetInMillivolts() {
		try (NwbFile f = NwbFile.open(file("icephys.nwb"))) {
			for (int sweep = 0; sweep < 3; sweep++) {
				final String key = "acquisition/CurrentClampSeries_00" + sweep;
				final RecordedSeries v = f.read(f.find(key.substring(12)), Quantity.VOLTAGE);
				final double[] x = v.values();
				// the same IEEE operations as numpy: (raw · conversion + offset) · 1000
				assertEquals(expected(key + ".first_mV"), x[0], 0);
				assertEquals(expected(key + ".sample1234_mV"), x[1234], 0);
				assertEquals(expected(key + ".last_mV"), x[x.length - 1], 0);
				double sum = 0;
				for (final double y : x)
					sum += y;
				assertEquals(expected(key + ".mean_mV"), sum / x.length, 1e-9);
				assertEquals(expected(key + ".start_ms") + 0.05 * 100, v.time()[100], 1e-9);
			}
		}
	}

	@Test
	void theStimulusOfASweepIsFoundBySweepNumberInNanoamperes() {
		try (NwbFile f = NwbFile.open(file("icephys.nwb"))) {
			final SeriesInfo stim = f.stimulusFor(f.find("1"));
			assertEquals("/stimulus/presentation/CurrentClampStimulusSeries_001", stim.path());
			final double[] i = f.read(stim, Quantity.CURRENT).values();
			final String key = "stimulus/presentation/CurrentClampStimulusSeries_001";
			assertEquals(expected(key + ".sample2000_nA"), i[2000], 0);
			assertEquals(0.2, i[2000], 1e-9); // 200 pA
		}
	}

	@Test
	void unitsTableRaggedSpikeTimesAndObservationIntervals() {
		try (NwbFile f = NwbFile.open(file("icephys.nwb"))) {
			final List<UnitsTable> tables = f.unitsTables();
			assertEquals(1, tables.size());
			final UnitsTable u = tables.get(0);
			assertEquals("/units", u.path());
			assertEquals(3, u.size());
			for (int r = 0; r < 3; r++) {
				assertEquals((long) expected("units." + r + ".id"), u.id(r));
				final double[] t = u.spikeTimes(r);
				assertEquals((int) expected("units." + r + ".count"), t.length);
				assertEquals(expected("units." + r + ".first_ms"), t[0], 0);
				assertEquals(expected("units." + r + ".last_ms"), t[t.length - 1], 0);
				assertEquals((int) expected("units." + r + ".observed"), u.observedSpikeTimes(r).length);
				assertEquals(expected("units." + r + ".observed_ms"), u.observedMs(r), 1e-9);
			}
			assertArrayEquals(new double[] { 500, 7000 }, u.observedSpikeTimes(1)); // 4 s is outside [0,2]∪[6,8] s
			assertEquals(1, u.rowOf(12));
		}
	}

	@Test
	void badFilesAndSeriesNameTheFileAndTheObjectPath() {
		assertProblem("not-hdf5.nwb: is not an HDF5 file", () -> NwbFile.open(file("not-hdf5.nwb")));
		assertProblem("plain.h5: /: is HDF5 but not an NWB 2.x file", () -> NwbFile.open(file("plain.h5")));
		assertProblem("missing.nwb: does not exist", () -> NwbFile.open(file("plain.h5").resolveSibling(
			"missing.nwb")));
		try (NwbFile f = NwbFile.open(file("malformed.nwb"))) {
			assertProblem("/acquisition/no_rate: has neither starting_time", () -> f.read(f.find("no_rate"),
				Quantity.VOLTAGE));
			assertProblem("/acquisition/rate_missing_attr: starting_time: attribute rate is missing", () -> f.read(f
				.find("rate_missing_attr"), Quantity.VOLTAGE));
			assertProblem("/acquisition/with_nan/data: sample 57 is NaN", () -> f.read(f.find("with_nan"),
				Quantity.VOLTAGE));
			assertProblem("/acquisition/odd_unit: data: unit \"furlongs\" is unknown", () -> f.read(f.find("odd_unit"),
				Quantity.VOLTAGE));
			assertProblem("/acquisition/image_like: is a ImageSeries", () -> f.read(f.find("image_like"),
				Quantity.VOLTAGE));
			assertProblem("has no series or sweep \"nope\"; its series are: /acquisition/image_like, " +
				"/acquisition/no_rate (sweep 0)", () -> f
				.find("nope"));
		}
		try (NwbFile f = NwbFile.open(file("icephys.nwb"))) {
			assertProblem("/stimulus/presentation/CurrentClampStimulusSeries_000: is a CurrentClampStimulusSeries in " +
				"amperes, not a voltage series", () -> f.read(f.find("CurrentClampStimulusSeries_000"),
					Quantity.VOLTAGE));
		}
	}

	private static void assertProblem(final String part, final org.junit.jupiter.api.function.Executable run) {
		final NwbException e = assertThrows(NwbException.class, run);
		assertTrue(e.getMessage().contains(part), e.getMessage());
	}
}
