package org.neuronmodels.core.morrislecar;

import org.neuronmodels.core.integrate.IntegratorRegistry;
import org.neuronmodels.core.integrate.Rk4;
import org.neuronmodels.core.integrate.Euler;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;

/** The equations' building blocks from their definitions, the nullclines, and the input checks. */
class MorrisLecarCellTest {

	private static final MorrisLecarCell CELL = MorrisLecarModel.presetCell(MorrisLecarModel.TYPE_I);

	/** m∞(V1) = w∞(V3) = 1/2, φ/τ_w(V3) = φ, and tanh's symmetry: m∞(V1 + x) + m∞(V1 − x) = 1. */
	@Test
	void gatingFunctionsHaveTheirDefiningValues() {
		assertEquals(0.5, CELL.mInf(-1.2), 1e-15);
		assertEquals(0.5, CELL.wInf(12), 1e-15);
		assertEquals(1.0 / 15, CELL.wRate(12), 1e-15);
		assertEquals(1, CELL.mInf(-1.2 + 7) + CELL.mInf(-1.2 - 7), 1e-15);
		assertEquals(Math.cosh(1), CELL.wRate(12 + 2 * 17.4) * 15, 1e-12);
	}

	/** Along each nullcline its own derivative vanishes; the two cross at the resting state. */
	@Test
	void nullclinesZeroTheirDerivativeAndCrossAtRest() {
		for (double v = -80; v <= 40; v += 0.5) {
			if (v == -84) continue;
			assertEquals(0, CELL.dv(v, CELL.vNullcline(v, 30), 30), 1e-12, "V-nullcline at " + v);
			assertEquals(0, CELL.dw(v, CELL.wNullcline(v)), 0, "w-nullcline at " + v);
		}
		final double rest = CELL.restPotential(30);
		assertEquals(CELL.wNullcline(rest), CELL.vNullcline(rest, 30), 1e-12);
		assertTrue(Double.isNaN(CELL.vNullcline(-84, 30)), "undefined at V = E_K");
	}

	/** The ionic currents add up to C·dV/dt with the injected current. */
	@Test
	void currentsBalance() {
		final double v = -20, w = 0.3, i = 50;
		assertEquals(i - CELL.iCa(v) - CELL.iK(v, w) - CELL.iL(v), 20 * CELL.dv(v, w, i), 1e-12);
	}

	@Test
	void invalidValuesNameTheParameterUnitAndRange() {
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> new MorrisLecarCell(20,
			2, 4, 8, -60, 120, -84, -1.2, 0, 12, 17.4, 0.07).validate());
		assertTrue(e.getMessage().contains("v2 = 0 mV") && e.getMessage().contains("between 0.1 and 1000 mV"), e
			.getMessage());
		final InvalidParameterException phi = assertThrows(InvalidParameterException.class,
			() -> new MorrisLecarParameters(new MorrisLecarCell[] { new MorrisLecarCell(20, 2, 4, 8, -60, 120, -84,
				-1.2, 18, 12, 17.4, -1) }, new double[] { Double.NaN }, new double[] { 0 }).validate());
		assertTrue(phi.getMessage().startsWith("phi = -1 1/ms is invalid"), phi.getMessage());
		final MorrisLecarModel model = new MorrisLecarModel();
		assertThrows(InvalidParameterException.class, () -> model.checkStep(model.defaults(), 2));
	}

	/** NaN vInit means the resting state at zero current; any other value starts there with w = w∞(vInit). */
	@Test
	void initialStateIsRestOrGivenPotentialWithSteadyGate() {
		final MorrisLecarPopulation rest = new MorrisLecarPopulation(MorrisLecarParameters.uniform(2, CELL, Double.NaN,
			0), 0.05, IntegratorRegistry.get(Rk4.NAME));
		assertEquals(CELL.restPotential(0), rest.voltage()[1], 0);
		assertEquals(CELL.wInf(CELL.restPotential(0)), rest.variable(1)[1], 0);
		final MorrisLecarPopulation given = new MorrisLecarPopulation(MorrisLecarParameters.uniform(1, CELL, -40, 0),
			0.05, IntegratorRegistry.get(Euler.NAME));
		assertEquals(-40, given.voltage()[0], 0);
		assertEquals(CELL.wInf(-40), given.variable(1)[0], 0);
	}

	/**
	 * The phase plane: V-nullclines at the first and the farthest current, the
	 * w-nullcline and the trajectory; every drawn nullcline point zeroes its own
	 * derivative, and points outside the trajectory's padded w range are cut.
	 */
	@Test
	void phasePlaneCurvesLieOnTheNullclinesWithinTheTrajectorysRange() {
		final double[] v = { -60, -20, 30 }, w = { 0.0, 0.2, 0.4 }, current = { 0, 60, 20 };
		final MorrisLecarPhasePlane plane = MorrisLecarPhasePlane.of(CELL, v, w, current);
		assertEquals(4, plane.size());
		assertEquals("V-nullcline, I = 0 µA/cm²", plane.name(0));
		assertEquals("V-nullcline, I = 60 µA/cm²", plane.name(1));
		assertEquals("w-nullcline", plane.name(2));
		assertEquals(w, plane.w(3));
		int drawn = 0, cut = 0;
		for (int c = 0; c < 3; c++)
			for (int k = 0; k < MorrisLecarPhasePlane.SAMPLES; k++) {
				final double vv = plane.v(c)[k], ww = plane.w(c)[k];
				assertTrue(vv >= -65 && vv <= 35, "V range of the trajectory ± 5 mV: " + vv);
				if (Double.isNaN(ww)) {
					cut++;
					continue;
				}
				drawn++;
				assertTrue(ww >= -0.04 && ww <= 0.44, "w range ± 10 % of its span: " + ww);
				if (c < 2) assertEquals(0, CELL.dv(vv, ww, c == 0 ? 0 : 60), 1e-9);
				else assertEquals(0, CELL.dw(vv, ww), 0);
			}
		assertTrue(drawn > 600 && cut > 0, drawn + " drawn, " + cut + " cut");
	}
}
