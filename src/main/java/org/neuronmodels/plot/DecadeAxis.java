package org.neuronmodels.plot;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.neuronmodels.core.Checks;

/**
 * Logarithmic axes with labelled ticks at whole decades (1, 10, 100 or, over
 * many decades, every second or fifth one) and unlabelled minor ticks at 2–9
 * times each decade; labels are plain numbers (0.01, 1, 1000, 1e-06).
 */
public final class DecadeAxis {

	private DecadeAxis() {}

	/** A base-10 logarithmic axis with decade ticks, labelled {@code label}. */
	public static LogAxis create(final String label) {
		final LogAxis axis = new LogAxis(label);
		axis.setBase(10);
		axis.setSmallestValue(1e-300);
		final TickUnits decades = new TickUnits();
		for (final double d : new double[] { 1, 2, 5, 10, 20, 50, 100 })
			decades.add(new NumberTickUnit(d));
		axis.setStandardTickUnits(decades);
		axis.setAutoTickUnitSelection(true);
		axis.setMinorTickCount(10);
		axis.setMinorTickMarksVisible(true);
		axis.setNumberFormatOverride(new PlainFormat());
		return axis;
	}

	/** Formats numbers as {@link Checks#fmt} does (tick labels). */
	private static final class PlainFormat extends NumberFormat {

		private static final long serialVersionUID = 1L;

		@Override
		public StringBuffer format(final double number, final StringBuffer toAppendTo, final FieldPosition pos) {
			return toAppendTo.append(Checks.fmt(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.6g",
				number))));
		}

		@Override
		public StringBuffer format(final long number, final StringBuffer toAppendTo, final FieldPosition pos) {
			return toAppendTo.append(number);
		}

		@Override
		public Number parse(final String source, final ParsePosition parsePosition) {
			return null;
		}
	}
}
