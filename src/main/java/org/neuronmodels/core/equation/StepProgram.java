package org.neuronmodels.core.equation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.neuronmodels.core.model.Integrators;

/**
 * The update of one neuron over one step as straight-line code: assignments to
 * temporaries (names starting with {@code %}), the new value of every state
 * variable, then threshold and reset on the new values. Names left are state
 * variables (their old values), parameters, {@code I}, {@code t}, {@code dt},
 * {@code %randn} (a standard normal draw) and {@code %h<k>}: values that
 * depend only on parameters and {@code dt}, computed once per neuron
 * ({@link #hoisted}). Generated code and {@link Evaluator} compute the same
 * operations in the same order.
 */
public final class StepProgram {

	/** Temporaries assigned in order. */
	final List<String> targets = new ArrayList<>();
	/** Their values. */
	final List<Expr> values = new ArrayList<>();
	/** The temporary holding the new value of each state variable. */
	final String[] next;
	/** The spike condition on the new values (null: none). */
	final Expr threshold;
	/** The reset statements on the new values. */
	final List<EquationModel.Reset> reset = new ArrayList<>();
	/** Per-neuron values of parameters and dt only. */
	final List<Expr> hoisted = new ArrayList<>();
	/** The model. */
	final EquationModel model;
	/** The right-hand sides without their noise terms. */
	final List<Expr> rates;

	private final Map<Expr, String> hoistedNames = new LinkedHashMap<>();
	private int temporaries;

	private StepProgram(final EquationModel model, final String integrator) {
		this.model = model;
		this.rates = new ArrayList<>(model.rates);
		final int n = model.states.size();
		next = new String[n];
		final List<Expr> noise = noiseTerms(integrator);
		final Expr[] x = new Expr[n];
		for (int j = 0; j < n; j++)
			x[j] = Expr.name(model.states.get(j), 0, 0);
		final Expr t = Expr.name("t", 0, 0), dt = Expr.name("dt", 0, 0);
		switch (integrator) {
			case Integrators.EULER:
				final Expr[] k = increments(x, t);
				for (int j = 0; j < n; j++)
					next[j] = assign(noise.get(j) == null ? add(x[j], k[j]) : add(add(x[j], k[j]), noise.get(j)));
				break;
			case Integrators.HEUN:
				final Expr[] k1 = increments(x, t);
				final Expr[] predictor = new Expr[n];
				for (int j = 0; j < n; j++)
					predictor[j] = ref(assign(add(x[j], k1[j])));
				final Expr[] k2 = increments(predictor, add(t, dt));
				for (int j = 0; j < n; j++)
					next[j] = assign(add(x[j], mul(number(0.5), add(k1[j], k2[j]))));
				break;
			case Integrators.RK4:
				rk4(x, t, dt);
				break;
			default:
				new ExponentialEulerStep(this).build(x);
		}
		final Function<String, Expr> toNext = name -> {
			final int j = model.states.indexOf(name);
			return j >= 0 ? ref(next[j]) : name.equals("t") ? add(t, dt) : null;
		};
		threshold = model.threshold == null ? null : hoist(Lowering.lower(model.threshold, toNext));
		for (final EquationModel.Reset r : model.reset)
			reset.add(new EquationModel.Reset(r.target, r.op, hoist(Lowering.lower(r.value, toNext))));
	}

	/**
	 * The program of {@code model} advanced by the registry scheme {@code integrator} (a name of
	 * {@link Integrators}: Euler, Heun, RK4 or Exponential Euler); refuses what the integrator cannot do.
	 */
	public static StepProgram of(final EquationModel model, final String integrator) {
		return new StepProgram(model, GeneratedSchemes.name(integrator));
	}

	private void rk4(final Expr[] x, final Expr t, final Expr dt) {
		final int n = x.length;
		final Expr half = mul(number(0.5), dt);
		final Expr[] k1 = increments(x, t), a = new Expr[n];
		for (int j = 0; j < n; j++)
			a[j] = ref(assign(add(x[j], mul(number(0.5), k1[j]))));
		final Expr[] k2 = increments(a, add(t, half)), b = new Expr[n];
		for (int j = 0; j < n; j++)
			b[j] = ref(assign(add(x[j], mul(number(0.5), k2[j]))));
		final Expr[] k3 = increments(b, add(t, half)), c = new Expr[n];
		for (int j = 0; j < n; j++)
			c[j] = ref(assign(add(x[j], k3[j])));
		final Expr[] k4 = increments(c, add(t, dt));
		for (int j = 0; j < n; j++) {
			final Expr sum = add(add(add(k1[j], mul(number(2), k2[j])), mul(number(2), k3[j])), k4[j]);
			next[j] = assign(add(x[j], Expr.binary("/", sum, number(6), 0, 0)));
		}
	}

	/** The noise term {@code g·sqrt(dt)·N(0,1)} of each equation (null: none); only Euler takes noise. */
	private List<Expr> noiseTerms(final String integrator) {
		final List<Expr> out = new ArrayList<>();
		final Map<String, String> draws = new LinkedHashMap<>();
		for (int j = 0; j < model.states.size(); j++) {
			final Expr f = model.rates.get(j);
			if (!Linear.mentions(f, Linear::isNoise)) {
				out.add(null);
				continue;
			}
			final String eq = "d" + model.states.get(j) + "/dt";
			if (!Integrators.EULER.equals(integrator)) throw SyntaxError.of("integrator", eq + " has white noise xi: " +
				"use the Euler integrator (Euler–Maruyama), not " + integrator);
			final List<String> names = new ArrayList<>();
			collectNoise(f, names);
			if (names.size() > 1) throw SyntaxError.of("equations", eq + " uses more than one noise (" + String
				.join(", ", names) + "): use one xi per equation");
			final Linear.Split s = Linear.split(f, Linear::isNoise);
			if (s == null || Linear.mentions(s.coefficient, Linear::isNoise)) throw SyntaxError.of("equations", eq +
				": the noise must enter linearly (… + sigma*xi)");
			rates.set(j, s.rest == null ? number(0) : s.rest);
			final String key = names.get(0).equals("xi") ? "xi#" + j : names.get(0);
			String draw = draws.get(key);
			if (draw == null) draws.put(key, draw = assign(Expr.name("%randn", 0, 0)));
			out.add(mul(mul(s.coefficient, Expr.call("sqrt", Arrays.asList(Expr.name("dt", 0, 0)), 0, 0)), ref(
				draw)));
		}
		return out;
	}

	private static void collectNoise(final Expr e, final List<String> names) {
		if (Linear.isNoise(e) && !names.contains(e.text())) names.add(e.text());
		for (final Expr a : e.args())
			collectNoise(a, names);
	}

	/** {@code dt·f} of every equation at state {@code x} and time {@code t}, each in a temporary. */
	Expr[] increments(final Expr[] x, final Expr t) {
		final Expr[] out = new Expr[x.length];
		for (int j = 0; j < x.length; j++)
			out[j] = ref(assign(increment(at(rates.get(j), x, t))));
		return out;
	}

	/** {@code f} at state {@code x}, time {@code t}. */
	Expr at(final Expr f, final Expr[] x, final Expr t) {
		return Lowering.lower(f, name -> {
			final int j = model.states.indexOf(name);
			return j >= 0 ? x[j] : name.equals("t") ? t : null;
		});
	}

	/** {@code dt·f}, as {@code (dt/D)·N} or {@code (dt·P)·N} when the factor is free of state. */
	Expr increment(final Expr f) {
		final Expr dt = Expr.name("dt", 0, 0);
		if (f.isBinary("/") && isFree(f.arg(1))) return mul(Expr.binary("/", dt, f.arg(1), 0, 0), f.arg(0));
		if (f.isBinary("*") && isFree(f.arg(0))) return mul(mul(dt, f.arg(0)), f.arg(1));
		if (f.isBinary("*") && isFree(f.arg(1))) return mul(mul(dt, f.arg(1)), f.arg(0));
		return mul(dt, f);
	}

	/** Whether {@code e} depends on parameters, numbers and dt only. */
	boolean isFree(final Expr e) {
		return !Linear.mentions(e, n -> !model.parameters.contains(n.text()) && !n.text().equals("dt"));
	}

	/** A new temporary holding {@code value}; returns its name. */
	String assign(final Expr value) {
		final String name = "%" + temporaries++;
		targets.add(name);
		values.add(hoist(value));
		return name;
	}

	/** {@code e} with its largest parameter-only parts replaced by per-neuron values {@code %h<k>}. */
	Expr hoist(final Expr e) {
		if (e.kind() == Expr.Kind.NUMBER || e.kind() == Expr.Kind.NAME) return e;
		if (isFree(e)) {
			String name = hoistedNames.get(e);
			if (name == null) {
				name = "%h" + hoisted.size();
				hoistedNames.put(e, name);
				hoisted.add(e);
			}
			return Expr.name(name, e.line(), e.column());
		}
		final List<Expr> args = new ArrayList<>();
		for (final Expr a : e.args())
			args.add(hoist(a));
		return Lowering.simplify(e, args);
	}

	static Expr ref(final String temporary) {
		return Expr.name(temporary, 0, 0);
	}

	static Expr number(final double v) {
		return Expr.number(v, 0, 0);
	}

	static Expr add(final Expr a, final Expr b) {
		return Expr.binary("+", a, b, 0, 0);
	}

	static Expr mul(final Expr a, final Expr b) {
		return Expr.binary("*", a, b, 0, 0);
	}

	/** A text that identifies the generated code (equal programs share one class). */
	String key() {
		final StringBuilder b = new StringBuilder();
		b.append(model.states).append(model.parameters).append(Arrays.toString(model.clamped)).append(
			model.refractory != null).append(model.inputScale).append(hoisted.size()).append('\n');
		for (int i = 0; i < targets.size(); i++)
			b.append(targets.get(i)).append('=').append(values.get(i)).append('\n');
		b.append(Arrays.toString(next)).append("\nthreshold ").append(threshold).append('\n');
		for (final EquationModel.Reset r : reset)
			b.append(r.target).append(r.op).append(r.value).append('\n');
		return b.toString();
	}

	/** The checked model this program advances. */
	public EquationModel model() {
		return model;
	}

	/** The state variable names. */
	public List<String> states() {
		return model.states();
	}

	/** The parameter names. */
	public List<String> parameters() {
		return model.parameters();
	}

	/** The temporaries, assigned in order. */
	public List<String> targets() {
		return java.util.Collections.unmodifiableList(targets);
	}

	/** The value of each temporary, parallel to {@link #targets()}. */
	public List<Expr> values() {
		return java.util.Collections.unmodifiableList(values);
	}

	/** The temporary holding the new value of state variable {@code j}. */
	public String next(final int j) {
		return next[j];
	}

	/** The spike condition on the new values, or null. */
	public Expr threshold() {
		return threshold;
	}

	/** The number of reset statements. */
	public int resetCount() {
		return reset.size();
	}

	/** The state variable assigned by reset statement {@code r}. */
	public int resetTarget(final int r) {
		return reset.get(r).target;
	}

	/** The operator of reset statement {@code r} ("=", "+=", …). */
	public String resetOp(final int r) {
		return reset.get(r).op;
	}

	/** The right-hand side of reset statement {@code r}. */
	public Expr resetValue(final int r) {
		return reset.get(r).value;
	}

	/** The per-neuron values of parameters and dt only. */
	public List<Expr> hoisted() {
		return java.util.Collections.unmodifiableList(hoisted);
	}

	/** Whether the model has a refractory period. */
	public boolean hasRefractory() {
		return model.refractory != null;
	}

	/** Whether state variable {@code j} is held during the refractory period. */
	public boolean clamped(final int j) {
		return model.clamped[j];
	}

	/** The factor turning the stimulus as given into internal units (1 for nA). */
	public double inputScale() {
		return model.inputScale;
	}

	/** A text that identifies the generated code (equal programs share one class). */
	public String cacheKey() {
		return key();
	}
}
