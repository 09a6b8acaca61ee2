package org.neuronmodels.ui;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Point;
import java.awt.event.MouseEvent;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JToolBar;
import javax.swing.WindowConstants;

import org.jfree.chart.ChartMouseEvent;
import org.jfree.chart.ChartMouseListener;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.panel.CrosshairOverlay;
import org.jfree.chart.plot.Crosshair;

/**
 * A Fiji window for one chart: zoom by dragging a rectangle or with the mouse
 * wheel ("Reset zoom" undoes it), a vertical crosshair that follows the mouse
 * with a readout of the x and y values under it, and export of the chart as
 * PNG or SVG (as shown, zoom included) and of the plotted data as CSV.
 * Create and use it on the Swing event thread.
 */
public final class ChartWindow extends JFrame {

	private static final long serialVersionUID = 1L;

	private final JFreeChart chart;
	private final ChartPanel panel;
	private final Crosshair crosshair;
	private final JLabel readout;

	/** A window titled {@code title} showing {@code chart} (not yet visible). */
	public ChartWindow(final JFreeChart chart, final String title) {
		super(title);
		this.chart = chart;
		panel = new ChartPanel(chart, 900, 600, 300, 200, 4000, 3000, true, true, true, true, true, true);
		panel.setMouseWheelEnabled(true);
		panel.setZoomAroundAnchor(true);
		panel.setMouseZoomable(true);
		crosshair = new Crosshair(Double.NaN, new Color(0x80, 0x80, 0x80), new BasicStroke(0.8f));
		crosshair.setLabelVisible(false);
		final CrosshairOverlay overlay = new CrosshairOverlay();
		overlay.addDomainCrosshair(crosshair);
		panel.addOverlay(overlay);
		readout = new JLabel(" ");
		readout.setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
		panel.addChartMouseListener(new ChartMouseListener() {

			@Override
			public void chartMouseMoved(final ChartMouseEvent event) {
				showReadingAt(event.getTrigger().getPoint());
			}

			@Override
			public void chartMouseClicked(final ChartMouseEvent event) {
				showReadingAt(event.getTrigger().getPoint());
			}
		});
		final JToolBar tools = new JToolBar();
		tools.setFloatable(false);
		for (final ChartExport.Format f : ChartExport.Format.values()) {
			final JButton b = new JButton("Export " + f + "…");
			b.setToolTipText(f == ChartExport.Format.CSV ? "Save the plotted data as CSV"
				: "Save the chart as shown as " + f);
			b.addActionListener(e -> chooseAndExport(f));
			tools.add(b);
		}
		tools.addSeparator();
		final JButton reset = new JButton("Reset zoom");
		reset.addActionListener(e -> panel.restoreAutoBounds());
		tools.add(reset);
		getContentPane().add(tools, BorderLayout.NORTH);
		getContentPane().add(panel, BorderLayout.CENTER);
		getContentPane().add(readout, BorderLayout.SOUTH);
		setDefaultCloseOperation(WindowConstants.DISPOSE_ON_CLOSE);
		pack();
	}

	/** The chart shown. */
	public JFreeChart chart() {
		return chart;
	}

	/** The chart panel (zoom, drawing). */
	public ChartPanel chartPanel() {
		return panel;
	}

	/** The current readout text ("" when the mouse is outside the data). */
	public String readoutText() {
		return readout.getText().trim();
	}

	/** Moves the crosshair to a point of the chart panel (panel pixels) and updates the readout. */
	public void showReadingAt(final Point screenPoint) {
		final ChartReadout.Reading r = ChartReadout.at(chart, panel.getChartRenderingInfo(), panel
			.translateScreenToJava2D(screenPoint));
		crosshair.setValue(r == null ? Double.NaN : r.x);
		readout.setText(r == null ? " " : ChartReadout.describe(chart, r));
	}

	/** Sends a synthetic mouse move to the chart panel, as if the user pointed at {@code p}. */
	public void pointAt(final Point p) {
		panel.dispatchEvent(new MouseEvent(panel, MouseEvent.MOUSE_MOVED, System.currentTimeMillis(), 0, p.x, p.y, 0,
			false));
	}

	/** Writes the chart (at the panel's current size) or its data to {@code path}. */
	public void export(final ChartExport.Format format, final Path path) throws IOException {
		final Dimension size = panel.getSize();
		final int w = size.width > 0 ? size.width : 900, h = size.height > 0 ? size.height : 600;
		ChartExport.write(chart, format, path, w, h);
	}

	private void chooseAndExport(final ChartExport.Format format) {
		final JFileChooser chooser = new JFileChooser();
		chooser.setDialogTitle("Export " + format);
		chooser.setSelectedFile(new File(ChartExport.fileName(getTitle()) + "." + format.extension()));
		if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) return;
		final Path path = ChartExport.withExtension(chooser.getSelectedFile().toPath(), format);
		try {
			export(format, path);
		}
		catch (final IOException | RuntimeException exc) {
			JOptionPane.showMessageDialog(this, "Could not write " + path + ":\n" + exc.getMessage(), "Export " +
				format, JOptionPane.ERROR_MESSAGE);
		}
	}
}
