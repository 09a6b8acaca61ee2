package org.neuronmodels.core.hh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rate functions: hh.mod's formulas, the removable singularities, temperature scaling, steady state. */
class HhRatesTest {

	private static final MathContext MC = new MathContext(40);

	/** x/(e^x − 1) in 40-digit arithmetic (Taylor series of e^x), independent of the code under test. */
	private static double xOverExpm1Exact(final double x) {
		if (x == 0) return 1;
		final BigDecimal bx = new BigDecimal(x);
		BigDecimal term = bx, sum = BigDecimal.ZERO; // e^x − 1 = Σ_{k≥1} x^k/k!
		for (int k = 1; k < 200; k++) {
			sum = sum.add(term, MC);
			term = term.multiply(bx, MC).divide(BigDecimal.valueOf(k + 1), MC);
		}
		return bx.divide(sum, MC).doubleValue();
	}

	@ParameterizedTest
	@ValueSource(doubles = { 0, 1e-300, -1e-300, 1e-12, -1e-12, 1e-9, -1e-9, 9.99e-6, 1.001e-5, -1.001e-5, 1e-3, -0.5,
		0.5, 3, -3, 20, -20 })
	void xOverExpm1IsAccurateEverywhere(final double x) {
		final double exact = xOverExpm1Exact(x);
		assertEquals(exact, HhRates.xOverExpm1(x), 4 * Math.ulp(exact), "x = " + x);
	}

	@Test
	void xOverExpm1HasTheRightLimits() {
		assertEquals(0, HhRates.xOverExpm1(800), 0.0, "x/(e^x - 1) → 0 for large x (expm1 overflows)");
		assertEquals(800, HhRates.xOverExpm1(-800), 1e-12, "x/(e^x - 1) → -x for very negative x");
	}

	/**
	 * At the singular voltages the rates equal their limits exactly, and 1e-9 mV
	 * either side they follow the first-order Taylor expansion. Modern
	 * convention: α_m = 0.1(−(V+40))/(exp(−(V+40)/10) − 1) → 1/ms at V = −40 with
	 * slope dα_m/dV = 1/20 per mV there (x/(e^x−1) = 1 − x/2 + …, x = −(V+40)/10);
	 * α_n = 0.01(−(V+55))/(exp(−(V+55)/10) − 1) → 0.1/ms at V = −55, slope 1/200.
	 * 1952 convention: the same at V = 25 and V = 10 mV.
	 */
	@Test
	void singularPointsGiveTheLimitsAndAreContinuous() {
		for (final HhConvention c : HhConvention.values()) {
			final double vm = c == HhConvention.MODERN ? -40 : 25;
			final double vn = c == HhConvention.MODERN ? -55 : 10;
			assertEquals(1.0, HhRates.alphaM(c.depolarisation(vm)), 0.0, c + " α_m at the singular point");
			assertEquals(0.1, HhRates.alphaN(c.depolarisation(vn)), 0.0, c + " α_n at the singular point");
			for (final double d : new double[] { 1e-9, -1e-9, 1e-7, -1e-7 }) {
				// the voltage actually represented, and its own depolarisation, so only the rate is tested
				final double um = c.depolarisation(vm + d) - c.depolarisation(vm);
				final double un = c.depolarisation(vn + d) - c.depolarisation(vn);
				final double am = HhRates.alphaM(c.depolarisation(vm + d));
				final double an = HhRates.alphaN(c.depolarisation(vn + d));
				assertTrue(Double.isFinite(am) && Double.isFinite(an));
				assertEquals(1 + um / 20, am, 1e-15, c + " α_m at " + (vm + d));
				assertEquals(0.1 * (1 + un / 20), an, 1e-16, c + " α_n at " + (vn + d));
			}
		}
	}

	@Test
	void naiveFormulaFailsWhereTheTrapDoesNot() {
		// hh.mod without vtrap: 0.1·(−(V+40))/(exp(−(V+40)/10) − 1) at V = −40 is 0/0
		final double v = -40;
		final double naive = 0.1 * (-(v + 40)) / (Math.exp(-(v + 40) / 10) - 1);
		assertTrue(Double.isNaN(naive));
		assertEquals(1.0, HhRates.alphaM(HhConvention.MODERN.depolarisation(v)), 0.0);
	}

	/** Away from the singularities the rates equal hh.mod's formulas written out with exp. */
	@Test
	void ratesAreNeuronsHhModFunctions() {
		for (double v = -100; v <= 60; v += 0.37) {
			final double u = HhConvention.MODERN.depolarisation(v);
			final double am = 0.1 * (-(v + 40)) / (Math.exp(-(v + 40) / 10) - 1);
			final double bm = 4 * Math.exp(-(v + 65) / 18);
			final double ah = 0.07 * Math.exp(-(v + 65) / 20);
			final double bh = 1 / (Math.exp(-(v + 35) / 10) + 1);
			final double an = 0.01 * (-(v + 55)) / (Math.exp(-(v + 55) / 10) - 1);
			final double bn = 0.125 * Math.exp(-(v + 65) / 80);
			// the naive form loses digits near the singular points: compare relatively, loosely there
			final double tolM = Math.abs(v + 40) < 0.5 ? 1e-9 : 1e-12;
			final double tolN = Math.abs(v + 55) < 0.5 ? 1e-9 : 1e-12;
			assertEquals(am, HhRates.alphaM(u), tolM * am, "α_m at " + v);
			assertEquals(bm, HhRates.betaM(u), 1e-13 * bm, "β_m at " + v);
			assertEquals(ah, HhRates.alphaH(u), 1e-13 * ah, "α_h at " + v);
			assertEquals(bh, HhRates.betaH(u), 1e-13 * bh, "β_h at " + v);
			assertEquals(an, HhRates.alphaN(u), tolN * an, "α_n at " + v);
			assertEquals(bn, HhRates.betaN(u), 1e-13 * bn, "β_n at " + v);
		}
	}

	/**
	 * Steady-state gates at −65 mV from NEURON 8.2.2 ({@code finitialize(-65)} with
	 * {@code usetable_hh = 0}, read m_hh, h_hh, n_hh): 0.0529324853, 0.5961207535,
	 * 0.3176769141; and the same at u = 0 in the 1952 convention.
	 */
	@Test
	void steadyStateGatesAtRestMatchNeuron() {
		for (final HhConvention c : HhConvention.values()) {
			final double u = c.depolarisation(c.restPotential());
			assertEquals(0.0529324853, HhRates.mInf(u), 1e-10, c + " m∞");
			assertEquals(0.5961207535, HhRates.hInf(u), 1e-10, c + " h∞");
			assertEquals(0.3176769141, HhRates.nInf(u), 1e-10, c + " n∞");
		}
	}

	@Test
	void temperatureFactorIsQ10OfThree() {
		assertEquals(1, HhRates.temperatureFactor(6.3), 0.0);
		assertEquals(3, HhRates.temperatureFactor(16.3), 1e-14);
		assertEquals(9, HhRates.temperatureFactor(26.3), 1e-13);
		assertEquals(1 / Math.sqrt(3), HhRates.temperatureFactor(1.3), 1e-15);
	}

	@Test
	void allScalesTheSixRates() {
		final double[] r = new double[6];
		HhRates.all(7.5, 2.5, r);
		assertEquals(2.5 * HhRates.alphaM(7.5), r[0], 0.0);
		assertEquals(2.5 * HhRates.betaM(7.5), r[1], 0.0);
		assertEquals(2.5 * HhRates.alphaH(7.5), r[2], 0.0);
		assertEquals(2.5 * HhRates.betaH(7.5), r[3], 0.0);
		assertEquals(2.5 * HhRates.alphaN(7.5), r[4], 0.0);
		assertEquals(2.5 * HhRates.betaN(7.5), r[5], 0.0);
	}
}
