package org.neuronmodels.plot;

import java.util.ArrayList;
import java.util.List;

import org.jfree.data.xy.DefaultXYDataset;

/**
 * An XY dataset whose series are drawn decimated ({@link Envelope}) while the
 * full data stays reachable for export ({@link ChartData}).
 */
public final class EnvelopeDataset extends DefaultXYDataset {

	private static final long serialVersionUID = 1L;

	private final int columns;
	private final List<double[][]> full = new ArrayList<>();

	/** A dataset decimating to {@link Envelope#COLUMNS} columns. */
	public EnvelopeDataset() {
		this(Envelope.COLUMNS);
	}

	/** A dataset decimating to {@code columns} columns (small panels need fewer). */
	public EnvelopeDataset(final int columns) {
		this.columns = columns;
	}

	/** Adds the series {@code (x[i], y[i])}, drawn decimated; the arrays are kept, not copied. */
	public void add(final Comparable<?> key, final double[] x, final double[] y) {
		final int existing = indexOf(key);
		addSeries(key, Envelope.of(x, y, columns));
		if (existing >= 0) full.set(existing, new double[][] { x, y });
		else full.add(new double[][] { x, y });
	}

	/** The full data {@code {x, y}} of series {@code s}, as added. */
	public double[][] full(final int s) {
		return full.get(s);
	}
}
