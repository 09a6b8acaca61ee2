package org.neuronmodels.ui;

import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

import org.jfree.chart.plot.PlotRenderingInfo;
import org.neuronmodels.command.LifCommand;
import org.neuronmodels.service.NeuronModelsService;
import org.neuronmodels.testutil.Commands;
import org.scijava.Context;
import org.scijava.command.CommandService;
import org.scijava.module.Module;

/**
 * Runs the LIF command with its defaults, shows its outputs the way Fiji does
 * ({@link OutputDisplay}, the code behind {@link DisplayOutputsPostprocessor}),
 * points the mouse at the voltage trace, and saves screenshots taken from the
 * screen: the chart window alone, and the whole screen. Needs a display (e.g.
 * {@code xvfb-run -a -s "-screen 0 1600x1000x24" java ... FijiScreenshots
 * chart.png screen.png}); prints the chart window's title and readout. The
 * docs' screenshots are made with it:
 * {@code plugins-docs/images/fiji-chart-window.png} and
 * {@code plugins-docs/images/fiji-outputs.png}.
 */
public final class FijiScreenshots {

	private FijiScreenshots() {}

	/** Arguments: the chart window PNG, then optionally the whole-screen PNG. */
	public static void main(final String[] args) throws Exception {
		if (GraphicsEnvironment.isHeadless()) {
			System.err.println("no display: run under xvfb-run or with DISPLAY set");
			System.exit(3);
		}
		final Context context = new Context(CommandService.class, NeuronModelsService.class);
		try {
			final Module run = Commands.run(context, LifCommand.class, new java.util.HashMap<>());
			OutputDisplay.show(run);
			final ChartWindow chart = chartWindow();
			arrange(chart);
			settle();
			SwingUtilities.invokeAndWait(() -> chart.pointAt(pointInVoltagePanel(chart, 0.42)));
			settle();
			System.out.println("title: " + chart.getTitle());
			System.out.println("readout: " + chart.readoutText());
			final Robot robot = new Robot();
			final Rectangle bounds = chart.getBounds();
			ImageIO.write(robot.createScreenCapture(bounds), "png", new File(args[0]));
			if (args.length > 1) {
				// the part of the screen the windows cover
				Rectangle all = new Rectangle(bounds);
				for (final Frame f : Frame.getFrames())
					if (f.isVisible()) all = all.union(f.getBounds());
				all = all.intersection(new Rectangle(Toolkit.getDefaultToolkit().getScreenSize()));
				ImageIO.write(robot.createScreenCapture(all), "png", new File(args[1]));
			}
		}
		finally {
			for (final Window w : Window.getWindows())
				w.dispose();
			context.dispose();
		}
		System.exit(0);
	}

	/** The chart window that the display opened. */
	private static ChartWindow chartWindow() throws IOException {
		for (final Frame f : Frame.getFrames())
			if (f instanceof ChartWindow && f.isVisible()) return (ChartWindow) f;
		throw new IOException("no chart window was opened");
	}

	/** The chart top left; the image and the tables in a column to its right. */
	private static void arrange(final ChartWindow chart) throws Exception {
		SwingUtilities.invokeAndWait(() -> {
			chart.setBounds(0, 0, 960, 720);
			final List<Window> others = new ArrayList<>();
			for (final Frame f : Frame.getFrames())
				if (f != chart && f.isVisible()) others.add(f);
			int y = 0;
			for (final Window w : others) {
				final boolean image = w instanceof ij.gui.ImageWindow;
				final int h = image ? w.getHeight() : 175;
				w.setBounds(975, y, image ? w.getWidth() : 620, h);
				y += h + 8;
			}
			chart.toFront();
		});
	}

	/** A point of the voltage panel (the second) at a fraction of its width, on its vertical middle. */
	static Point pointInVoltagePanel(final ChartWindow w, final double fraction) {
		final PlotRenderingInfo info = w.chartPanel().getChartRenderingInfo().getPlotInfo();
		final Rectangle2D area = info.getSubplotInfo(1).getDataArea();
		final Point2D p = w.chartPanel().translateJava2DToScreen(new Point2D.Double(area.getX() + area.getWidth() *
			fraction, area.getCenterY()));
		return new Point((int) Math.round(p.getX()), (int) Math.round(p.getY()));
	}

	/** Lets Swing paint and the X server draw. */
	private static void settle() throws Exception {
		for (int i = 0; i < 3; i++) {
			SwingUtilities.invokeAndWait(() -> {});
			Toolkit.getDefaultToolkit().sync();
			new Robot().waitForIdle();
			Thread.sleep(300);
		}
	}
}
