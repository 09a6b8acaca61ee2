package org.neuronmodels.image;

import java.util.Collections;
import java.util.Map;

/**
 * Axis calibration carried by the project's images (e.g. a spike raster:
 * x = time in ms, y = neuron index), so that writers and viewers can label
 * and scale the axes: physical position = origin + index &times; scale.
 */
public interface Calibrated {

	/** A title for the image (used as the window or file title). */
	String title();

	/** The name of each axis, e.g. {@code "Time"}, {@code "Neuron"}. */
	String[] axisNames();

	/** The unit of each axis, e.g. {@code "ms"}, {@code "index"}. */
	String[] axisUnits();

	/** The physical size of one pixel along each axis. */
	double[] axisScales();

	/** The physical position of pixel 0 along each axis. */
	double[] axisOrigins();

	/** What a pixel value means, e.g. {@code "spikes per bin"}. */
	String valueMeaning();

	/**
	 * Further key/value metadata (e.g. the run that made the image: project
	 * version, inputs, seed, integrator), stored as image properties and in the
	 * TIFF's "Info"; none by default.
	 */
	default Map<String, String> properties() {
		return Collections.emptyMap();
	}
}
