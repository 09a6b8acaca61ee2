package org.neuronmodels.core.equation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.NumericalInstabilityException;
import org.neuronmodels.core.sim.ProgressMonitor;
import org.neuronmodels.core.stimulus.Stimuli;
import org.neuronmodels.core.model.Integrators;

/** Every class of bad equation input, with the exact message a user sees. */
class EquationBadInputTest {

	private static final String LIF = "dv/dt = (-(v - vRest) + R*I)/tau : volt (unless refractory)";
	private static final String PAR = "vRest = -65*mV, vTh = -50*mV, R = 10*Mohm, tau = 8*ms";

	private static String error(final String equations, final String threshold, final String reset,
		final String refractory, final String parameters, final String initial, final String integrator)
	{
		final InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> StepProgram.of(
			ModelCompiler.compile(new EquationSpec(equations, threshold, reset, refractory, parameters, initial)),
			integrator));
		return e.getMessage();
	}

	private static String error(final String equations, final String threshold, final String reset) {
		return error(equations, threshold, reset, "", PAR, "", "Euler");
	}

	@Test
	void syntaxErrorsNameLineAndColumn() {
		assertEquals("equations, line 1, column 29: unexpected \")\" after a complete expression", error(
			"dv/dt = (-(v - vRest) + R*I))/tau : volt", "v > vTh", ""));
		assertEquals("equations, line 2, column 12: expected \")\" to close the \"(\" at column 9, found the end " +
			"of the line", error("dv/dt = (vRest - v)/tau : volt\ndw/dt = (w : 1", "", ""));
		assertEquals("equations, line 1, column 33: missing \": unit\" after the expression (e.g. \": volt\", " +
			"\": 1\" for none)", error("dv/dt = (-(v - vRest) + R*I)/tau", "v > vTh", ""));
		assertEquals("equations, line 1, column 9: number 1e999 is too large", error("dv/dt = 1e999*mV/ms : volt",
			"v > vTh", ""));
		assertEquals("equations: no differential equation: write at least one line such as \"dv/dt = (vRest - v)" +
			"/tau : volt\"", error("# only a comment", "v > vTh", ""));
	}

	@Test
	void unknownNamesSuggestTheClosest() {
		assertEquals("equations, line 1, column 30: unknown name \"tau_m\" — did you mean \"tau\"? (not a state " +
			"variable, sub-expression, parameter or unit; define parameters as \"tau_m = value*unit\")", error(
				"dv/dt = (-(v - vRest) + R*I)/tau_m : volt", "v > vTh", ""));
		assertEquals("reset, line 1, column 5: unknown name \"vReset\" — did you mean \"vRest\"? (not a state " +
			"variable, sub-expression, parameter or unit; define parameters as \"vReset = value*unit\")", error(LIF,
				"v > vTh", "v = vReset"));
		assertEquals("reset, line 1, column 1: \"w\" is not a state variable — did you mean \"v\"? (state " +
			"variables: v)", error(LIF, "v > vTh", "w = 3*mV"));
		assertEquals("equations, line 1, column 27: unknown unit \"voltt\" — did you mean \"volt\"? (units are " +
			"written as in Brian2: mV, ms, nA, nS, pF, Mohm, uA/cm**2, volt, second, 1 for none)", error(
				"dv/dt = (vRest - v)/tau : voltt", "v > vTh", ""));
		assertEquals("parameters, line 1, column 52: unknown unit \"mss\" — did you mean \"mS\"? (a value is a " +
			"number times a unit, e.g. 10*ms)", error(LIF, "v > vTh", "", "", "vRest = -65*mV, vTh = -50*mV, " +
				"R = 10*Mohm, tau = 8*mss", "", "Euler"));
		assertEquals("equations, line 1, column 27: unknown function \"foo\" (functions: exp, log, sqrt, sin, cos, " +
			"tanh, abs, exprel, min, max, clip)", error("dv/dt = (vRest - v)/tau + foo(v) : volt", "v > vTh", ""));
	}

	@Test
	void undefinedAndDuplicateParameters() {
		assertEquals("parameters: undefined parameter \"tau\" (declared on line 2 of the equations as second): " +
			"give it a value, e.g. tau = 1*second", error(LIF + "\ntau : second", "v > vTh", "", "",
				"vRest = -65*mV, vTh = -50*mV, R = 10*Mohm", "", "Euler"));
		assertEquals("parameters, line 1, column 56: \"tau\" is given twice", error(LIF, "v > vTh", "", "", PAR +
			", tau = 3*ms", "", "Euler"));
		assertEquals("parameters, line 1, column 56: \"ms\" cannot be defined: it is a unit", error(LIF, "v > vTh",
			"", "", PAR + ", ms = 3", "", "Euler"));
		assertEquals("parameters, line 2, column 7: tau: declared as second in the equations, the value is volt",
			error(LIF + "\ntau : second", "v > vTh", "", "", "vRest = -65*mV, vTh = -50*mV, R = 10*Mohm\ntau = " +
				"8*mV", "", "Euler"));
	}

	@Test
	void dimensionMismatchesNameBothDimensions() {
		assertEquals("equations, line 1, column 9: dv/dt: left side is volt/second, right side is amp", error(
			"dv/dt = I : volt", "v > vTh", ""));
		assertEquals("equations, line 1, column 22: dv/dt: cannot add amp to volt", error(
			"dv/dt = -(v - vRest) + I : volt", "v > vTh", ""));
		assertEquals("equations, line 1, column 25: dv/dt: cannot add volt/second**0.5 to volt/second", error(
			"dv/dt = (vRest - v)/tau + sigma*xi: volt", "v > vTh", "", "", PAR + ", sigma = 2*mV", "", "Euler"));
		assertEquals("equations, line 1, column 27: dv/dt: exp needs a dimensionless argument, not volt", error(
			"dv/dt = (vRest - v)/tau + exp(v)/ms: volt", "v > vTh", ""));
		assertEquals("threshold, line 1, column 3: threshold: cannot compare volt with amp", error(LIF, "v > 3*nA",
			""));
		assertEquals("reset, line 1, column 6: v += …: left side is volt, right side is amp", error(LIF, "v > vTh",
			"v += 3*nA"));
		assertEquals("refractory, line 1, column 1: refractory: must be a duration such as 2*ms, not volt", error(
			LIF, "v > vTh", "", "2*mV", PAR, "", "Euler"));
		assertEquals("initialValues, line 1, column 5: v: left side is volt, right side is amp", error(LIF,
			"v > vTh", "", "", PAR, "v = 3*nA", "Euler"));
		assertEquals("equations, line 2, column 5: g: left side is siemens, right side is siemens/meter**2", error(
			LIF + "\ng = 3*mS/cm**2 : siemens", "v > vTh", ""));
	}

	@Test
	void thresholdMustInvolveAStateVariable() {
		assertEquals("threshold, line 1, column 3: the threshold \"t > 5*ms\" involves no state variable (v): it " +
			"could never change during the run", error(LIF, "t > 5*ms", ""));
		assertEquals("threshold, line 1, column 3: the threshold must be a condition such as \"v > vTh\"", error(
			LIF, "v + vTh", ""));
	}

	@Test
	void recursiveSubExpressionsAreRefused() {
		assertEquals("equations, line 2, column 1: sub-expression \"a\" refers to itself (a → b → a); " +
			"sub-expressions cannot be recursive", error(LIF + "\na = b + 1*mV : volt\nb = a*2 : volt", "v > vTh",
				""));
		assertEquals("equations, line 2, column 1: sub-expression \"a\" refers to itself (a → a); sub-expressions " +
			"cannot be recursive", error(LIF + "\na = a + 1*mV : volt", "v > vTh", ""));
	}

	@Test
	void anythingOutsideTheGrammarIsRefused() {
		assertEquals("equations, line 1, column 1: expected \"dx/dt = … : unit\", \"name = … : unit\" or " +
			"\"name : unit\"", error("import os", "v > vTh", ""));
		assertEquals("equations, line 1, column 28: unexpected character '[' (the grammar has numbers, names, " +
			"+ - * / **, parentheses, comparisons, and/or/not and the functions exp, log, sqrt, sin, cos, tanh, " +
			"abs, exprel, min, max, clip)", error("dv/dt = (vRest - v)/tau + x[0] : volt", "v > vTh", ""));
		assertTrue(error("dv/dt = \"abc\" : volt", "v > vTh", "").startsWith("equations, line 1, column 9: " +
			"unexpected character '\"'"));
		assertTrue(error(LIF, "System.exit(0)", "").startsWith("threshold, line 1, column 7: unexpected character " +
			"'.'"));
		assertEquals("equations, line 1, column 32: unknown flag \"(unless refactory)\": the only flag is " +
			"\"(unless refractory)\", on a differential equation", error(
				"dv/dt = (vRest - v)/tau : volt (unless refactory)", "v > vTh", ""));
		assertEquals("equations, line 2, column 1: \"v\" is already defined on line 1", error(
			"dv/dt = (vRest - v)/tau : volt\ndv/dt = 1*mV/ms : volt", "v > vTh", ""));
	}

	@Test
	void integratorsRefuseWhatTheyCannotDo() {
		assertEquals("integrator: Exponential Euler needs each equation linear in its own variable, but dv/dt = " +
			"(((vRest - v) / tau) + exp(v)) is not linear in v: choose Euler, Heun or RK4", error(
				"dv/dt = (vRest - v)/tau + exp(v/mV)*mV/ms: volt", "v > vTh", "", "", PAR, "", "Exponential Euler"));
		assertEquals("integrator: dv/dt has white noise xi: use the Euler integrator (Euler–Maruyama), not Heun",
			error("dv/dt = (vRest - v)/tau + sigma*xi*tau**-0.5: volt", "v > vTh", "", "", PAR + ", sigma = 2*mV",
				"", "Heun"));
		assertEquals("integrator = \"Midpoint\" is invalid: must be \"Euler\", \"Heun\", \"RK4\" or \"Exponential " +
			"Euler\"", error(LIF, "v > vTh", "", "", PAR, "", "Midpoint"));
	}

	@Test
	void blowUpIsReportedAsForTheBuiltInModels() {
		final NumericalInstabilityException e = assertThrows(NumericalInstabilityException.class,
			() -> EquationSimulation.run(new EquationSpec("dv/dt = (v - vRest)/tau : volt", "", "", "", PAR,
				"v = -60*mV"), Integrators.EULER, 0.1, 1000, Stimuli.constant(0), 1, ProgressMonitor.NONE));
		assertTrue(e.getMessage().startsWith("Numerical blow-up: V = "), e.getMessage());
	}
}
