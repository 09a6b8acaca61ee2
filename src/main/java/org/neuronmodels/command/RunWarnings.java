package org.neuronmodels.command;

import java.awt.Color;
import java.awt.Font;
import java.lang.reflect.Field;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.title.TextTitle;
import org.scijava.ItemIO;
import org.scijava.plugin.Parameter;
import org.scijava.util.ClassUtils;

/** Shows a run's warnings on its results: a red subtitle on every chart output. */
final class RunWarnings {

	private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

	private RunWarnings() {}

	/** Adds {@code warnings} (lines) as a subtitle to every chart output of {@code command}; nothing if null. */
	static void mark(final NeuronModelsCommand command, final String warnings) {
		if (warnings == null) return;
		for (final Field f : ClassUtils.getAnnotatedFields(command.getClass(), Parameter.class)) {
			if (f.getAnnotation(Parameter.class).type() != ItemIO.OUTPUT || !JFreeChart.class.isAssignableFrom(f
				.getType())) continue;
			try {
				f.setAccessible(true);
				final JFreeChart chart = (JFreeChart) f.get(command);
				if (chart != null) chart.addSubtitle(new TextTitle("⚠ " + warnings, FONT, Color.RED.darker(),
					org.jfree.chart.ui.RectangleEdge.TOP, org.jfree.chart.ui.HorizontalAlignment.CENTER,
					org.jfree.chart.ui.VerticalAlignment.CENTER, org.jfree.chart.ui.RectangleInsets.ZERO_INSETS));
			}
			catch (final IllegalAccessException | RuntimeException exc) {
				// a chart that cannot be marked still carries the warnings output
			}
		}
	}
}
