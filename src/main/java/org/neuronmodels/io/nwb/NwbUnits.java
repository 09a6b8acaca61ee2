package org.neuronmodels.io.nwb;

/** The unit names results.h5 writes for the core's units (NWB's unit attribute is free text). */
final class NwbUnits {

	private NwbUnits() {}

	/** The spelled-out name of a core unit: nA → nanoamperes, µA/cm² → microamperes/cm^2; others unchanged. */
	static String spelled(final String unit) {
		switch (unit) {
			case "nA":
				return "nanoamperes";
			case "mV":
				return "millivolts";
			case "µA/cm²":
				return "microamperes/cm^2";
			default:
				return unit;
		}
	}
}
