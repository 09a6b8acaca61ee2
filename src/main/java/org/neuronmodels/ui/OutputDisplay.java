package org.neuronmodels.ui;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.swing.SwingUtilities;

import ij.ImagePlus;
import ij.measure.ResultsTable;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.jfree.chart.JFreeChart;
import org.neuronmodels.io.TiffFiles;
import org.neuronmodels.module.RunProvenance;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;

/**
 * Shows the outputs of a Neuron Models run the way Fiji users read data:
 * charts in {@link ChartWindow}s titled after the run, images as calibrated
 * ImageJ images (time in ms, neuron index; sensible display range; the run's
 * properties), results tables under their output label, the scalar outputs as
 * one new row of ImageJ's "Results" table (like Analyze &gt; Measure, so
 * macros read them with {@code getResult}), and, next to tables, a
 * "run info" table (version, inputs, seed, integrator). Array outputs are for
 * scripts and are not shown. Needs a display.
 */
public final class OutputDisplay {

	private static final AtomicInteger RUNS = new AtomicInteger();

	private OutputDisplay() {}

	/** Shows every output of the finished module; returns the names of the outputs it handled. */
	public static List<String> show(final Module module) {
		final RunProvenance info = RunProvenance.of(module);
		final int run = RUNS.incrementAndGet();
		final List<String> handled = new ArrayList<>();
		boolean tables = false;
		for (final ModuleItem<?> item : module.getInfo().outputs()) {
			final Object value = item.getValue(module);
			if (value == null) continue;
			final String label = label(item);
			if (value instanceof JFreeChart) {
				open((JFreeChart) value, info.label() + " – " + label + " (run " + run + ")");
			}
			else if (value instanceof ResultsTable) {
				((ResultsTable) value).show(label);
				tables = true;
			}
			else if (value instanceof ImagePlus) ((ImagePlus) value).show();
			else if (isRealImage(value)) toImagePlus(value, label).show();
			else if (!isScalar(value) && !value.getClass().isArray()) continue; // for others to show
			handled.add(item.getName());
		}
		final Map<String, Object> row = summaryRow(module);
		if (!row.isEmpty()) {
			final ResultsTable results = ResultsTable.getResultsTable();
			appendRow(results, info.label(), row);
			results.show("Results");
		}
		if (tables) info.toTable().show(info.label() + " run info");
		return handled;
	}

	/** Opens a chart window on the Swing event thread and returns it once it is visible. */
	public static ChartWindow open(final JFreeChart chart, final String title) {
		final ChartWindow[] window = new ChartWindow[1];
		final Runnable create = () -> {
			window[0] = new ChartWindow(chart, title);
			window[0].setLocationByPlatform(true);
			window[0].setVisible(true);
		};
		if (SwingUtilities.isEventDispatchThread()) create.run();
		else {
			try {
				SwingUtilities.invokeAndWait(create);
			}
			catch (final InterruptedException exc) {
				Thread.currentThread().interrupt();
			}
			catch (final InvocationTargetException exc) {
				throw new IllegalStateException("cannot open the chart window", exc.getCause());
			}
		}
		return window[0];
	}

	/** The scalar outputs of the module by output label (with unit), in declaration order. */
	public static Map<String, Object> summaryRow(final Module module) {
		final Map<String, Object> row = new LinkedHashMap<>();
		for (final ModuleItem<?> item : module.getInfo().outputs()) {
			final Object value = item.getValue(module);
			if (isScalar(value)) row.put(label(item), value);
		}
		return row;
	}

	/** Appends one row labelled {@code rowLabel} with the given values (numbers as numbers, others as text). */
	public static void appendRow(final ResultsTable table, final String rowLabel, final Map<String, Object> row) {
		table.incrementCounter();
		table.addLabel(rowLabel);
		row.forEach((column, value) -> {
			if (value instanceof Number) table.addValue(column, ((Number) value).doubleValue());
			else if (value instanceof Boolean) table.addValue(column, (Boolean) value ? 1 : 0);
			else table.addValue(column, String.valueOf(value));
		});
	}

	@SuppressWarnings("unchecked")
	private static ImagePlus toImagePlus(final Object value, final String title) {
		return TiffFiles.toImagePlus((RandomAccessibleInterval<? extends RealType<?>>) value, title);
	}

	private static boolean isRealImage(final Object value) {
		if (!(value instanceof RandomAccessibleInterval)) return false;
		try {
			return ((RandomAccessibleInterval<?>) value).getType() instanceof RealType;
		}
		catch (final RuntimeException exc) {
			return false;
		}
	}

	private static boolean isScalar(final Object value) {
		return value instanceof Number || value instanceof Boolean || value instanceof CharSequence ||
			value instanceof Character || value instanceof Enum;
	}

	private static String label(final ModuleItem<?> item) {
		final String label = item.getLabel();
		return label == null || label.isEmpty() ? item.getName() : label;
	}
}
