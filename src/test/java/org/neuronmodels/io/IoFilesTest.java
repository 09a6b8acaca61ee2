package org.neuronmodels.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import ij.IJ;
import ij.ImagePlus;
import ij.measure.ResultsTable;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.integer.UnsignedByteType;
import net.imglib2.type.numeric.real.FloatType;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The io writers and readers on their own. */
class IoFilesTest {

	@TempDir
	Path tmp;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	@Test
	void jsonEscapesTextAndWritesNonFiniteNumbersAsNullWithNotes() {
		final Map<String, Object> root = new LinkedHashMap<>();
		root.put("text", "a \"quoted\" \\ path\nnew line\t\u0001");
		root.put("ints", new int[] { 1, -2 });
		root.put("doubles", new double[] { 0.1, 1e-300, Double.NaN });
		root.put("float", 0.1f);
		root.put("inf", Double.NEGATIVE_INFINITY);
		root.put("nested", Arrays.asList(new double[] { 1 }, new String[] { "x" }));
		root.put("none", null);
		final String json = Json.toJson(root);
		assertTrue(json.contains("\"text\": \"a \\\"quoted\\\" \\\\ path\\nnew line\\t\\u0001\""), json);
		assertTrue(json.replaceAll("\\s+", " ").contains("\"doubles\": [ 0.1, 1.0E-300, null ]"), json);
		assertTrue(json.contains("\"float\": 0.1,"), json);
		@SuppressWarnings("unchecked")
		final Map<String, Object> back = (Map<String, Object>) Json.parse(json);
		assertEquals(root.get("text"), back.get("text"));
		assertEquals(Arrays.asList(1.0, -2.0), back.get("ints"));
		assertNull(back.get("inf"));
		assertEquals(Arrays.asList(Arrays.asList(1.0), Arrays.asList("x")), back.get("nested"));
		assertEquals(Arrays.asList("root.doubles[2] is NaN, written as null",
			"root.inf is -Infinity, written as null"), Json.nonFiniteNotes(root,
				"root"));
	}

	@Test
	void manyNonFiniteValuesGiveAFewNotes() {
		final double[] v = new double[100];
		Arrays.fill(v, Double.NaN);
		final List<String> notes = Json.nonFiniteNotes(v, "v");
		assertEquals(4, notes.size(), notes::toString);
		assertEquals("v: 97 more NaN/Infinity values written as null", notes.get(3));
	}

	@Test
	void csvHasLabelsQuotingAndRoundTripNumbers() throws IOException {
		final ResultsTable t = new ResultsTable();
		t.incrementCounter();
		t.addLabel("cell \"A\"");
		t.addValue("x", 0.1 + 0.2);
		t.addValue("n", 3);
		t.incrementCounter();
		t.addLabel("B");
		t.addValue("x", Double.NaN);
		t.addValue("n", -4);
		final Path csv = tmp.resolve("t.csv");
		CsvFiles.save(t, csv);
		assertEquals(Arrays.asList("Label,x,n", "\"cell \"\"A\"\"\"," + (0.1 + 0.2) +
			",3", "B,NaN,-4"), Files.readAllLines(csv));
		assertEquals(Arrays.asList("t.csv"), list(tmp));
	}

	@Test
	void tiffKeepsEightBitImagesAndStacks() throws IOException {
		final Img<UnsignedByteType> bytes = ArrayImgs.unsignedBytes(new byte[] { 0, 7,
			(byte) 200, 255 - 256 }, 2, 2);
		final Path a = tmp.resolve("bytes.tif");
		TiffFiles.save(bytes, a);
		final ImagePlus imp = IJ.openImage(a.toString());
		assertEquals(ImagePlus.GRAY8, imp.getType());
		assertEquals(200, imp.getProcessor().get(0, 1));
		assertEquals(255, imp.getProcessor().get(1, 1));
		assertEquals(1.0, imp.getCalibration().pixelWidth); // not calibrated

		final Img<FloatType> stack = ArrayImgs.floats(new float[] { 1, 2, 3, 4, 5, 6,
			7, 8 }, 2, 2, 2);
		final Path b = tmp.resolve("stack.tif");
		TiffFiles.save(stack, b);
		final ImagePlus s = IJ.openImage(b.toString());
		assertEquals(2, s.getStackSize());
		assertEquals(7f, s.getStack().getProcessor(2).getf(0, 1));
		assertEquals(Arrays.asList("bytes.tif", "stack.tif"), list(tmp));
	}

	@Test
	void chartsAsPngOrSvgByFileName() throws IOException {
		final XYSeries s = new XYSeries("s");
		s.add(0, 1);
		s.add(1, 2);
		final JFreeChart chart = ChartFactory.createXYLineChart("T", "x", "y",
			new XYSeriesCollection(s));
		final Path png = tmp.resolve("c.png");
		final Path svg = tmp.resolve("c.svg");
		ChartFiles.save(chart, png, 320, 200);
		ChartFiles.save(chart, svg);
		assertEquals(320, ImageIO.read(png.toFile()).getWidth());
		final String text = read(svg);
		assertTrue(text.contains("<svg") && text.matches("(?s).*width=['\"]1000['\"].*"),
			text.substring(0, 300));
	}

	@Test
	void atomicWriteLeavesTheOldFileWhenWritingFails() throws IOException {
		final Path f = tmp.resolve("keep.txt");
		Files.write(f, "old".getBytes());
		assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
			out.write("partial".getBytes());
			throw new IOException("disk full");
		}));
		assertEquals("old", read(f));
		assertEquals(Arrays.asList("keep.txt"), list(tmp));
	}

	@Test
	void jsonReadsWhatItWritesAndNamesTheLineOfAnError() {
		final String json = "{\"a\": [1, 2.5, -3e-7, null, true, false], \"b\": {\"c\": \"x\\\"y\\\\z\\u00e9\\n\"}}";
		@SuppressWarnings("unchecked")
		final Map<String, Object> m = (Map<String, Object>) Json.parse(json);
		assertEquals(Arrays.asList(1.0, 2.5, -3e-7, null, true, false), m.get("a"));
		assertEquals("x\"y\\z\u00e9\n", ((Map<?, ?>) m.get("b")).get("c"));
		assertEquals(m, Json.parse(Json.toJson(m)));
		final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(
			"{\"a\": 1,\n \"b\": }"));
		assertTrue(e.getMessage().contains("line 2"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1} x"));
		assertThrows(IllegalArgumentException.class, () -> Json.parse("{a: 1}")); // strict: keys are quoted
		assertThrows(IllegalArgumentException.class, () -> Json.parse(""));
	}

	@Test
	void chartDataAsCsvQuotesNamesWithCommas() {
		final XYSeries a = new XYSeries("a, b");
		a.add(0, 0.5);
		a.add(1, 1e-9);
		final JFreeChart chart = ChartFactory.createXYLineChart("T", "t (ms)", null, new XYSeriesCollection(a));
		assertEquals("t (ms),\"a, b\"\n0,0.5\n1,1.0E-9\n", ChartFiles.toCsv(chart));
	}

	static List<String> list(final Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
		}
	}

	static String read(final Path file) throws IOException {
		return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
	}
}
