package org.neuronmodels.core.stimulus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.TimeGrid;

/** Reading table stimuli from CSV files, and the errors for malformed ones. */
class CsvColumnTest {

	@TempDir
	Path dir;

	private Path csv(final String name, final String content) throws IOException {
		final Path file = dir.resolve(name);
		Files.write(file, content.getBytes(StandardCharsets.UTF_8));
		return file;
	}

	private static InvalidParameterException fails(final String parameter, final Executable call,
		final String... fragments)
	{
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, call);
		assertEquals(parameter, e.parameter(), e.getMessage());
		for (final String f : fragments)
			assertTrue(e.getMessage().contains(f), "'" + f + "' missing from: " + e.getMessage());
		return e;
	}

	@Test
	void namedColumnWithCommaHeader() throws IOException {
		final Path f = csv("a.csv", "time,current\n0,1\n0.1,2\n0.2,3\n");
		final Stimulus s = Stimuli.csvColumn(f, "current", 0.1);
		assertArrayEquals(new double[] { 1, 2, 3, 0, 0 }, s.sample(TimeGrid.of(0.5, 0.1)), 0);
		assertEquals("column 'current' of a.csv: 3 samples every 0.1 ms", s.describe());
		// Names match case-insensitively when there is no exact match.
		assertArrayEquals(new double[] { 1, 2, 3 }, Stimuli.csvColumn(f, "CURRENT", 0.1).sample(TimeGrid.of(0.3,
			0.1)), 0);
	}

	@Test
	void semicolonsQuotesBlankLinesAndCrLf() throws IOException {
		final Path f = csv("b.csv", "\"t\";\"I\"\r\n\r\n0;1.5\r\n   \r\n1;-2\r\n");
		assertArrayEquals(new double[] { 1.5, 1.5, -2, -2, 0, 0 }, Stimuli.csvColumn(f, 1, 1).sample(TimeGrid.of(3,
			0.5)), 0);
		assertArrayEquals(new double[] { 1.5, -2 }, Stimuli.csvColumn(f, "I", 1).sample(TimeGrid.of(2, 1)), 0);
	}

	@Test
	void tabsWithoutHeaderByIndex() throws IOException {
		final Path f = csv("c.tsv", "1\t10\n2\t20\n");
		assertArrayEquals(new double[] { 10, 10, 20, 20 }, Stimuli.csvColumn(f, 1, 2).sample(TimeGrid.of(4, 1)), 0);
		assertArrayEquals(new double[] { 1, 2 }, Stimuli.csvColumn(f, 0, 1).sample(TimeGrid.of(2, 1)), 0);
	}

	@Test
	void blankColumnSelectsTheOnlyColumnAndByteOrderMarkIsIgnored() throws IOException {
		final Path f = csv("d.csv", "\uFEFFI\n1\n2\n");
		assertArrayEquals(new double[] { 1, 2 }, Stimuli.csvColumn(f, "", 1).sample(TimeGrid.of(2, 1)), 0);
		assertArrayEquals(new double[] { 1, 2 }, Stimuli.csvColumn(f, "I", 1).sample(TimeGrid.of(2, 1)), 0);
		fails("column", () -> Stimuli.csvColumn(csv("e.csv", "t,I\n0,1\n"), "", 1), "t, I");
	}

	@Test
	void timeColumnGivesTheStepAndTheStart() throws IOException {
		// Uniform times 5, 6, 7 ms: step 1 ms, values held from 5 ms.
		final Path f = csv("f.csv", "t,I\n5,1\n6,2\n7,3\n");
		assertArrayEquals(new double[] { 0, 0, 0, 0, 0, 1, 2, 3, 0, 0 }, Stimuli.csvColumn(f, "t", "I").sample(
			TimeGrid.of(10, 1)), 0);
		// Times printed rounded (0, 0.3333, 0.6667, 1) are uniform within 0.1% of the step 1/3 ms; values held
		// on [0, 1/3), [1/3, 2/3), [2/3, 1), [1, 4/3) and sampled at 0, 0.2, ..., 1 ms.
		final Path g = csv("g.csv", "t,I\n0,1\n0.3333,2\n0.6667,3\n1,4\n");
		assertArrayEquals(new double[] { 1, 1, 2, 2, 3, 4 }, Stimuli.csvColumn(g, "t", "I").sample(TimeGrid.of(1.2,
			0.2)), 0);
	}

	@Test
	void nonUniformTimeColumnIsAClearError() throws IOException {
		// Step (3 - 0) / 3 = 1 ms, so line 4 (t = 2.5) should be 2.
		final Path f = csv("h.csv", "t,I\n0,1\n1,2\n2.5,3\n3,4\n");
		fails("timeColumn", () -> Stimuli.csvColumn(f, "t", "I"), "h.csv", "line 4", "'t'", "2.5", "uniform");
		fails("timeColumn", () -> Stimuli.csvColumn(csv("i.csv", "t,I\n0,1\n"), "t", "I"), "i.csv", "at least 2");
		fails("timeColumn", () -> Stimuli.csvColumn(csv("j.csv", "t,I\n3,1\n2,1\n"), "t", "I"), "j.csv", "increase");
	}

	@Test
	void malformedCellsNameFileLineAndColumn() throws IOException {
		fails("file", () -> Stimuli.csvColumn(csv("k.csv", "t,I\n0,1\n1,abc\n"), "I", 1), "k.csv", "line 3", "'I'",
			"abc");
		fails("file", () -> Stimuli.csvColumn(csv("l.csv", "t,I\n0,1\n1\n"), "I", 1), "l.csv", "line 3", "'I'");
		fails("file", () -> Stimuli.csvColumn(csv("m.csv", "t,I\n\n0,NaN\n"), "I", 1), "m.csv", "line 3", "NaN");
		fails("file", () -> Stimuli.csvColumn(csv("n.csv", "1,2\n3,\n"), 1, 1), "n.csv", "line 2", "1 (0-based)");
		fails("valueColumn", () -> Stimuli.csvColumn(csv("o.csv", "0,1\n1,2x\n"), "t", "I"), "o.csv", "no header");
		// a ragged row is an error even where the asked-for column is there (line counted across CRLF)
		fails("file", () -> Stimuli.csvColumn(csv("u.csv", "t,I\r\n0,1\r\n1,2,3\r\n"), "I", 1), "u.csv", "line 3",
			"column 2 (0-based) is extra");
		fails("file", () -> Stimuli.csvColumn(csv("v.csv", "t;I;V\n0;1;2\n1;2\n"), "I", 1), "v.csv", "line 3",
			"column 'V' is missing");
	}

	@Test
	void anUnclosedQuoteNamesItsLineAfterEarlierRowsAreChecked() throws IOException {
		fails("file", () -> Stimuli.csvColumn(csv("x.csv", "t,I\n0,1\n\"1,2\n3,4\n"), "I", 1), "x.csv", "line 3",
			"quoted cell is never closed");
		fails("file", () -> Stimuli.csvColumn(csv("y.csv", "t,I\n0,abc\n\"1,2\n"), "I", 1), "y.csv", "line 2", "abc");
	}

	@Test
	void quotedCellsMayHoldTheSeparator() throws IOException {
		final Path f = csv("w.csv", "\"t, ms\",\"I, nA\"\n0,\"1.5\"\n1, 2\n");
		assertArrayEquals(new double[] { 1.5, 2 }, Stimuli.csvColumn(f, "I, nA", 1).sample(TimeGrid.of(2, 1)), 0);
	}

	@Test
	void emptyAndMissingFilesAndColumns() throws IOException {
		fails("file", () -> Stimuli.csvColumn(csv("p.csv", ""), "I", 1), "p.csv", "empty");
		fails("file", () -> Stimuli.csvColumn(csv("q.csv", "\n  \n\n"), 0, 1), "q.csv", "empty");
		fails("file", () -> Stimuli.csvColumn(csv("r.csv", "t,I\n\n"), "I", 1), "r.csv", "no data rows");
		fails("file", () -> Stimuli.csvColumn(dir.resolve("absent.csv"), "I", 1), "absent.csv", "does not exist");
		fails("file", () -> Stimuli.csvColumn(null, "I", 1), "file");
		fails("column", () -> Stimuli.csvColumn(csv("s.csv", "t,I\n0,1\n"), "V", 1), "s.csv", "\"V\"", "t, I");
		fails("column", () -> Stimuli.csvColumn(csv("t.csv", "0,1\n"), "I", 1), "t.csv", "no header");
		fails("column", () -> Stimuli.csvColumn(csv("u.csv", "0,1\n"), 2, 1), "u.csv", "2");
		fails("column", () -> Stimuli.csvColumn(csv("v.csv", "0,1\n"), -1, 1), "-1");
		fails("valueColumn", () -> Stimuli.csvColumn(csv("w.csv", "t,I\n0,1\n1,2\n"), "t", "V"), "w.csv", "\"V\"");
		fails("sampleDt", () -> Stimuli.csvColumn(csv("x.csv", "1\n"), 0, 0), "sampleDt");
		fails("sampleDt", () -> Stimuli.csvColumn(csv("y.csv", "1\n"), "", -1), "sampleDt");
	}

	/** Issue 12: values outside the physical range, ragged rows and NaN/∞ name the file, line and column. */
	@Test
	void implausibleValuesNameFileLineAndColumn() throws IOException {
		final Path huge = csv("huge.csv", "current\n1\n1e300\n");
		fails("file", () -> Stimuli.csvColumn(huge, "current", 0.1), "huge.csv", "line 3", "'current'",
			"outside the physical range -1000000 to 1000000");
		final Path ragged = csv("ragged.csv", "time,current\n0,1\n0.1,2,3\n");
		fails("file", () -> Stimuli.csvColumn(ragged, "current", 0.1), "ragged.csv", "line 3");
		final Path inf = csv("inf.csv", "current\n1\nInfinity\n");
		fails("file", () -> Stimuli.csvColumn(inf, "current", 0.1), "inf.csv", "line 3", "not a finite number");
		final Path negative = csv("spikes.csv", "t\n5\n-1\n");
		fails("spikeFile", () -> CsvColumnReader.read(negative, "t", "spikeFile", "spikeColumn", 0, 1e9, "ms"),
			"spikes.csv", "line 3", "-1 ms is outside the physical range 0 to");
	}
}
