package org.neuronmodels.core.equation;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.neuronmodels.core.InvalidParameterException;
import org.neuronmodels.core.sim.NumericalInstabilityException;

/**
 * Fuzzing of parser, checker, integrators and code generator: whatever the
 * text, the outcome is a model that runs or a one-line
 * {@link InvalidParameterException} (or, when running, blow-up reported as
 * {@link NumericalInstabilityException}) — never an internal exception, never
 * a class the JVM refuses to verify.
 */
class EquationFuzzTest {

	private static final String[] TOKENS = { "v", "w", "I", "t", "dt", "xi", "tau", "a", "b", "vTh", "mV", "ms",
		"nA", "Mohm", "volt", "second", "amp", "1", "2", "0.5", "1e-3", "+", "-", "*", "/", "**", "(", ")", ",",
		"<", ">=", "==", "and", "or", "not", "exp", "log", "sqrt", "tanh", "abs", "min", "max", "clip", "exprel",
		":", "=", "d", "dv/dt", "dw/dt", "\n", " ", "(unless refractory)", ";", "+=", "#", "[", "\"", "$", "." };

	@Provide
	Arbitrary<String> tokenSoup() {
		return Arbitraries.of(TOKENS).list().ofMaxSize(30).map(l -> String.join(" ", l));
	}

	@Provide
	Arbitrary<String> rightHandSide() {
		return Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(14).map(l -> String.join(" ", l));
	}

	private static void outcome(final EquationSpec spec, final String integrator) {
		try {
			final StepProgram program = StepProgram.of(ModelCompiler.compile(spec), integrator);
			final EquationPopulation p = new EquationPopulation(program, EquationSimulation.uniform(program.model,
				3), 0.1, 1);
			final int[] spiked = new int[3];
			for (int k = 0; k < 5; k++)
				p.step(new double[] { 1, 2, 3 }, spiked);
		}
		catch (final InvalidParameterException | NumericalInstabilityException e) {
			if (e.getMessage() == null || e.getMessage().isEmpty() || e.getMessage().contains("Exception")) {
				throw new AssertionError("bad message: " + e.getMessage(), e);
			}
		}
	}

	@Property(tries = 1500)
	void anyTextInAnyInputGivesAModelOrAClearError(@ForAll("tokenSoup") final String text,
		@ForAll("tokenSoup") final String other)
	{
		outcome(new EquationSpec(text, other, other, "", "tau = 10*ms", ""), "Euler");
		outcome(new EquationSpec("dv/dt = (-v + I*Mohm)/tau : volt", text, text, text, text, other), "Euler");
	}

	@Property(tries = 1500)
	void anyRightHandSideCompilesWithEveryIntegratorOrIsRefusedClearly(
		@ForAll("rightHandSide") final String rhs, @ForAll("rightHandSide") final String rhs2)
	{
		final String parameters = "tau = 10*ms, a = 2, b = 0.5*mV, vTh = -50*mV";
		final String eq = "dv/dt = " + rhs + " : volt\ndw/dt = " + rhs2 + " : 1";
		for (final String integrator : List.of("Euler", "Heun", "RK4", "Exponential Euler"))
			outcome(new EquationSpec(eq, "v > vTh and w < 2", "v = b; w += 1", "2*ms", parameters, "v = b"),
				integrator);
	}

	@Property(tries = 300)
	void arbitraryCharactersNeverLeakAnInternalException(@ForAll final String text) {
		outcome(new EquationSpec(text, text, text, text, text, text), "Euler");
	}
}
