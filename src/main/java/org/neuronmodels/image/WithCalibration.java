package org.neuronmodels.image;

import java.util.Map;

/** A {@link Calibrated} image that answers from the {@link AxisCalibration} it holds. */
public interface WithCalibration extends Calibrated {

	/** The calibration held. */
	AxisCalibration calibration();

	@Override
	default String title() {
		return calibration().title();
	}

	@Override
	default String[] axisNames() {
		return calibration().axisNames();
	}

	@Override
	default String[] axisUnits() {
		return calibration().axisUnits();
	}

	@Override
	default double[] axisScales() {
		return calibration().axisScales();
	}

	@Override
	default double[] axisOrigins() {
		return calibration().axisOrigins();
	}

	@Override
	default String valueMeaning() {
		return calibration().valueMeaning();
	}

	@Override
	default Map<String, String> properties() {
		return calibration().properties();
	}
}
