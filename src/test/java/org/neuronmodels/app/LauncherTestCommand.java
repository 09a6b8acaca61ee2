package org.neuronmodels.app;

import ij.measure.ResultsTable;
import net.imglib2.RandomAccess;
import net.imglib2.img.Img;
import net.imglib2.img.array.ArrayImgs;
import net.imglib2.type.numeric.real.FloatType;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.neuronmodels.core.InvalidParameterException;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** A test-only command with inputs and outputs of every kind the launcher handles. */
@Plugin(type = Command.class, label = "Launcher Test Command",
	menuPath = "Plugins>Neuron Models>Tests>Launcher Test Command")
public class LauncherTestCommand implements Command {

	static final String DT_MESSAGE = "dt = -1 ms is invalid: must be > 0 ms";

	@Parameter
	private LogService log;

	@Parameter(label = "Amplitude (nA)", min = "0", max = "3")
	private double amplitude = 1.0;

	@Parameter(label = "Count")
	private int count = 4;

	@Parameter(label = "Stimulus", choices = { "Step", "Pulse", "Sine" })
	private String stimulus = "Step";

	@Parameter(label = "Noisy")
	private boolean noisy;

	@Parameter(label = "Time step (ms)")
	private double dt = 0.5;

	@Parameter(label = "Seed")
	private long seed = 42;

	@Parameter(type = ItemIO.OUTPUT)
	private double mean;

	@Parameter(type = ItemIO.OUTPUT)
	private int spikeCount;

	@Parameter(type = ItemIO.OUTPUT)
	private double[] trace;

	@Parameter(type = ItemIO.OUTPUT)
	private JFreeChart chart;

	@Parameter(type = ItemIO.OUTPUT)
	private CalibratedTestImage raster;

	@Parameter(type = ItemIO.OUTPUT)
	private ResultsTable table;

	@Override
	public void run() {
		if (dt <= 0) throw new InvalidParameterException("dt", "dt = " + format(dt) +
			" ms is invalid: must be > 0 ms");
		if (log == null) throw new IllegalStateException("no LogService injected");
		trace = new double[count];
		double sum = 0;
		for (int i = 0; i < count; i++) {
			trace[i] = amplitude * (i + 1) / 10 + (noisy ? 0.5 : 0);
			sum += trace[i];
		}
		mean = sum / count;
		spikeCount = "Pulse".equals(stimulus) ? 2 * count : count;

		final XYSeries series = new XYSeries("V");
		for (int i = 0; i < count; i++) series.add(i * dt, trace[i]);
		chart = ChartFactory.createXYLineChart("Trace", "t (ms)", "V (mV)",
			new XYSeriesCollection(series));

		final Img<FloatType> img = ArrayImgs.floats(5, 3);
		final RandomAccess<FloatType> ra = img.randomAccess();
		for (int y = 0; y < 3; y++) {
			for (int x = 0; x < 5; x++) {
				ra.setPosition(new long[] { x, y });
				ra.get().setReal(10 * y + x + 0.25);
			}
		}
		raster = new CalibratedTestImage(img, dt, 2.0);

		table = new ResultsTable();
		for (int i = 0; i < 3; i++) {
			table.incrementCounter();
			table.addValue("Neuron", i);
			table.addValue("Rate (Hz)", 2.5 * i);
			table.addValue("Kind", i == 1 ? "inhibitory, fast" : "excitatory");
		}
	}

	private static String format(final double v) {
		return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
	}
}
