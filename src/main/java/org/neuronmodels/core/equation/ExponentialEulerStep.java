package org.neuronmodels.core.equation;

import java.util.Arrays;

/**
 * Exponential Euler for a {@link StepProgram}: every equation must be linear
 * in its own variable, {@code dx/dt = (c·x + d)/D} (or {@code c·x + d}), with
 * {@code c}, {@code d}, {@code D} evaluated at the old state of all variables;
 * then {@code x∞ = −d/c} and {@code x ← x∞ + (x − x∞)·exp(c·dt/D)}. For the LIF
 * equation {@code dv/dt = (-(v - vRest) + R*I)/tau} this is
 * {@code v∞ = vRest + R·I}, {@code v ← v∞ + (v − v∞)·exp(−dt/tau)}, the
 * built-in LIF's "Exact" step operation for operation.
 */
final class ExponentialEulerStep {

	private final StepProgram program;

	ExponentialEulerStep(final StepProgram program) {
		this.program = program;
	}

	/** Assigns the new value of every state variable of the program from the old values {@code x}. */
	void build(final Expr[] x) {
		final EquationModel model = program.model;
		final Expr t = Expr.name("t", 0, 0), dt = Expr.name("dt", 0, 0);
		for (int j = 0; j < x.length; j++) {
			final String own = model.states.get(j);
			final Expr f = program.rates.get(j);
			final boolean quotient = f.isBinary("/") && !Linear.mentions(f.arg(1), n -> n.text().equals(own));
			final Expr numerator = quotient ? f.arg(0) : f;
			final Linear.Split s = Linear.split(numerator, n -> n.text().equals(own));
			if (s == null) throw SyntaxError.of("integrator", "Exponential Euler needs each equation linear in " +
				"its own variable, but d" + own + "/dt = " + f + " is not linear in " + own +
				": choose Euler, Heun or RK4");
			if (s.coefficient == null) {
				program.next[j] = program.assign(StepProgram.add(x[j], program.increment(program.at(f, x, t))));
				continue;
			}
			final Expr d = s.rest == null ? StepProgram.number(0) : s.rest;
			final Expr c = s.coefficient;
			final Expr inf = Lowering.simplify(Expr.binary("/", null0(), null0(), 0, 0), Arrays.asList(Lowering
				.simplify(Expr.unary("-", d, 0, 0), Arrays.asList(d)), c));
			final Expr exponent = quotient ? Expr.binary("/", Lowering.simplify(StepProgram.mul(c, dt), Arrays
				.asList(c, dt)), f.arg(1), 0, 0) : Lowering.simplify(StepProgram.mul(c, dt), Arrays.asList(c, dt));
			final Expr decay = Expr.call("exp", Arrays.asList(exponent), 0, 0);
			final Expr infRef = StepProgram.ref(program.assign(program.at(inf, x, t)));
			final Expr diff = Expr.binary("-", x[j], infRef, 0, 0);
			program.next[j] = program.assign(StepProgram.add(infRef, StepProgram.mul(diff, program.at(decay, x,
				t))));
		}
	}

	private static Expr null0() {
		return StepProgram.number(0);
	}
}
