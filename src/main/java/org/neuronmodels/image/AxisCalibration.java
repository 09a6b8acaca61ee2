package org.neuronmodels.image;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The calibration of a 2-D image as a value (title, axis names, units, scales,
 * origins, value meaning, live properties), which the project's image classes
 * carry and expose through {@link WithCalibration}.
 */
public final class AxisCalibration implements Calibrated {

	private final String title;
	private final String[] names, units;
	private final double[] scales, origins;
	private final String valueMeaning;
	private final Map<String, String> properties = new LinkedHashMap<>();

	/** The calibration with these values (arrays copied). */
	public AxisCalibration(final String title, final String[] names, final String[] units, final double[] scales,
		final double[] origins, final String valueMeaning)
	{
		this.title = title;
		this.names = names.clone();
		this.units = units.clone();
		this.scales = scales.clone();
		this.origins = origins.clone();
		this.valueMeaning = valueMeaning;
	}

	@Override
	public String title() {
		return title;
	}

	@Override
	public String[] axisNames() {
		return names.clone();
	}

	@Override
	public String[] axisUnits() {
		return units.clone();
	}

	@Override
	public double[] axisScales() {
		return scales.clone();
	}

	@Override
	public double[] axisOrigins() {
		return origins.clone();
	}

	@Override
	public String valueMeaning() {
		return valueMeaning;
	}

	/** The metadata, in insertion order; a live, modifiable map. */
	@Override
	public Map<String, String> properties() {
		return properties;
	}
}
