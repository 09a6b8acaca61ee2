package org.neuronmodels.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fiji display of a LIF run on a real (virtual) screen: a child JVM runs
 * {@link FijiScreenshots}, which shows the command's outputs as Fiji would,
 * points at the voltage trace and takes screenshots. The chart window must be
 * drawn (many colours, both trace colours present) with its title and
 * crosshair readout. Needs an X display: skipped without one; {@code .ci/run}
 * starts Xvfb so that CI always runs it.
 */
class FijiDisplayTest {

	/** The trace colours (TraceChart's palette): the current in blue, the voltage in red. */
	private static final int CURRENT_RGB = 0x1f77b4, VOLTAGE_RGB = 0xd62728;

	@TempDir
	Path tmp;

	@Test
	void theChartWindowIsDrawnWithItsTitleAndReadout() throws IOException, InterruptedException {
		final String display = System.getenv("DISPLAY");
		Assumptions.assumeTrue(display != null && !display.isEmpty(),
			"no X display (DISPLAY is not set): run the tests with .ci/run, or under xvfb-run, to include this test");
		final Path chart = tmp.resolve("chart.png"), screen = tmp.resolve("screen.png");
		final Path out = tmp.resolve("out.txt"), err = tmp.resolve("err.txt");
		final List<String> cmd = Arrays.asList(System.getProperty("java.home") + "/bin/java",
			"-Djava.awt.headless=false", "-cp", System.getProperty("java.class.path"), FijiScreenshots.class.getName(),
			chart.toString(), screen.toString());
		final Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!p.waitFor(120, TimeUnit.SECONDS)) {
			p.destroyForcibly();
			throw new AssertionError("the screenshot program did not finish");
		}
		final String text = new String(Files.readAllBytes(out), StandardCharsets.UTF_8);
		final String errors = new String(Files.readAllBytes(err), StandardCharsets.UTF_8);
		assertEquals(0, p.exitValue(), () -> text + errors);
		assertTrue(text.contains("title: Leaky Integrate-and-Fire – Voltage trace (run 1)"), text);
		assertTrue(text.matches("(?s).*readout: Time \\(ms\\) = [0-9.]+ +V \\(mV\\) = -?[0-9.]+.*"), text);

		final BufferedImage img = ImageIO.read(chart.toFile());
		assertEquals(960, img.getWidth());
		assertEquals(720, img.getHeight());
		final Set<Integer> colours = new HashSet<>();
		int current = 0, voltage = 0;
		for (int y = 0; y < img.getHeight(); y++)
			for (int x = 0; x < img.getWidth(); x++) {
				final int rgb = img.getRGB(x, y) & 0xffffff;
				colours.add(rgb);
				if (rgb == CURRENT_RGB) current++;
				if (rgb == VOLTAGE_RGB) voltage++;
			}
		// a blank or black capture has one or two colours; a drawn chart has hundreds (anti-aliasing)
		assertTrue(colours.size() > 100, "distinct colours: " + colours.size());
		// the step current: two flat lines and two edges, hundreds of pixels; the voltage: 12 spikes drawn
		// up to 20 mV and the recovery between them, more still
		assertTrue(current > 300, "current-trace pixels: " + current);
		assertTrue(voltage > 1000, "voltage-trace pixels: " + voltage);
		assertTrue(ImageIO.read(screen.toFile()).getWidth() > 960, "the screen shows more than the chart window");
	}
}
