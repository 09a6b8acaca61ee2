package org.neuronmodels.core.equation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks an {@link EquationSpec} completely — syntax, names, recursion,
 * dimensions of every equation, threshold, reset, refractory period,
 * parameter and start value — and lowers it to an {@link EquationModel}.
 * Every problem is an {@link org.neuronmodels.core.InvalidParameterException}
 * naming the input, line and column.
 */
public final class ModelCompiler {

	private static final Set<String> RESERVED = new LinkedHashSet<>(java.util.Arrays.asList("t", "dt", "I",
		"xi", "and", "or", "not", "pow", "True", "False"));

	private final EquationSpec spec;
	private final EquationSet set;
	private final Map<String, Dimension> parameterDimensions = new LinkedHashMap<>();
	private final Map<String, Double> parameterValues = new LinkedHashMap<>();
	private final Map<String, Expr> loweredSubs = new HashMap<>();
	private Dimension inputDimension = Dimension.CURRENT;
	private double inputScale = 1;
	private String inputUnit = "nA";

	private ModelCompiler(final EquationSpec spec) {
		this.spec = spec;
		this.set = EquationSet.parse(spec.equations);
	}

	/** Checks and lowers {@code spec}. */
	public static EquationModel compile(final EquationSpec spec) {
		return new ModelCompiler(spec).build();
	}

	private EquationModel build() {
		checkDefinitions();
		readParameters();
		new SubExpressionOrder(set).check();
		final List<String> states = new ArrayList<>(set.differential.keySet());
		final List<Dimension> dims = new ArrayList<>();
		final List<Expr> rates = new ArrayList<>();
		final boolean[] clamped = new boolean[states.size()];
		for (final EquationSet.Line l : set.subExpressions.values()) {
			final Dimension d = checker("equations", l.name + ": ", true).quantity(l.rhs);
			if (!d.equals(l.dimension)) throw SyntaxError.atStart("equations", l.rhs, l.name + ": left side is " +
				l.dimension + ", right side is " + d);
		}
		for (final EquationSet.Line l : set.differential.values()) {
			final Dimension left = l.dimension.divide(Dimension.TIME);
			final Dimension right = checker("equations", "d" + l.name + "/dt: ", true).quantity(l.rhs);
			if (!right.equals(left)) throw SyntaxError.atStart("equations", l.rhs, "d" + l.name + "/dt: left side is " +
				left + ", right side is " + right);
			dims.add(l.dimension);
			rates.add(lower(l.rhs));
			clamped[dims.size() - 1] = l.unlessRefractory;
		}
		final Expr threshold = threshold(states);
		final List<EquationModel.Reset> reset = reset(states);
		final Expr refractory = refractory();
		final List<Expr> initial = initialValues(states, dims);
		final List<String> names = new ArrayList<>(parameterValues.keySet());
		final double[] values = new double[names.size()];
		final List<Dimension> pd = new ArrayList<>();
		for (int i = 0; i < values.length; i++) {
			values[i] = parameterValues.get(names.get(i));
			pd.add(parameterDimensions.get(names.get(i)));
		}
		return new EquationModel(states, dims, rates, clamped, threshold, reset, refractory, names, pd, values,
			initial, inputScale, inputUnit);
	}

	/** No name defined twice, none a unit, function or reserved name; I's declared unit. */
	private void checkDefinitions() {
		for (final Map<String, EquationSet.Line> m : java.util.Arrays.asList(set.differential, set.subExpressions,
			set.declarations))
			for (final EquationSet.Line l : m.values()) {
				if (l.name.equals("I") && m == set.declarations) {
					if (!l.dimension.equals(Dimension.CURRENT) && !l.dimension.equals(Dimension.CURRENT.divide(
						Dimension.LENGTH.power(2)))) throw SyntaxError.at("equations", l.line, 1, "I is the " +
							"stimulus: declare it as a current (\"I : amp\") or a current density (\"I : " +
							"uA/cm**2\"), not " + l.dimension);
					inputDimension = l.dimension;
					inputScale = l.unitValue;
					inputUnit = l.unitText;
					continue;
				}
				checkName("equations", l.name, l.line, 1);
			}
	}

	private void checkName(final String field, final String name, final int line, final int column) {
		final String why = RESERVED.contains(name) || name.startsWith("xi_") ? "a reserved name (t, dt, I, xi)"
			: Units.get(name) != null ? "a unit" : Functions.ARITY.containsKey(name) ? "a function" : null;
		if (why != null) throw SyntaxError.at(field, line, column, "\"" + name + "\" cannot be defined: it is " +
			why);
	}

	private void readParameters() {
		for (final Statements.Statement s : Statements.parse("parameters", spec.parameters, ',', false)) {
			checkName("parameters", s.name, s.line, s.column);
			if (set.differential.containsKey(s.name)) throw SyntaxError.at("parameters", s.line, s.column, "\"" +
				s.name + "\" is a state variable: give its start value in initialValues");
			if (set.subExpressions.containsKey(s.name)) throw SyntaxError.at("parameters", s.line, s.column,
				"\"" + s.name + "\" is a sub-expression defined in the equations");
			if (parameterValues.containsKey(s.name)) throw SyntaxError.at("parameters", s.line, s.column, "\"" +
				s.name + "\" is given twice");
			final Dimension d = new DimensionChecker("parameters", s.name + ": ", n -> unitOnly("parameters", n))
				.quantity(s.value);
			final EquationSet.Line declared = set.declarations.get(s.name);
			if (declared != null && !declared.dimension.equals(d)) throw SyntaxError.atStart("parameters", s.value,
				s.name + ": declared as " + declared.dimension + " in the equations, the value is " + d);
			final Expr v = Lowering.lower(s.value, n -> Expr.number(Units.get(n).value(), 0, 0));
			if (v.kind() != Expr.Kind.NUMBER || !Double.isFinite(v.value())) throw SyntaxError.at("parameters",
				s.value, s.name + ": the value must be a finite number times a unit");
			parameterDimensions.put(s.name, d);
			parameterValues.put(s.name, v.value());
		}
		for (final EquationSet.Line l : set.declarations.values())
			if (!l.name.equals("I") && !parameterValues.containsKey(l.name)) throw SyntaxError.of("parameters",
				"undefined parameter \"" + l.name + "\" (declared on line " + l.line + " of the equations as " +
					l.unitText + "): give it a value, e.g. " + l.name + " = 1*" + l.unitText);
	}

	private Object unitOnly(final String field, final Expr n) {
		final Units.Unit u = Units.get(n.text());
		if (u == null) throw SyntaxError.at(field, n, "unknown unit \"" + n.text() + "\"" + Names.suggestion(n
			.text(), Units.names()) + " (a value is a number times a unit, e.g. 10*ms)");
		return u.dimension;
	}

	/** A checker for {@code field} resolving every name of the model; noise only in the equations. */
	private DimensionChecker checker(final String field, final String context, final boolean noise) {
		return new DimensionChecker(field, context, n -> dimensionOf(field, n, noise));
	}

	private Dimension dimensionOf(final String field, final Expr n, final boolean noise) {
		final String name = n.text();
		if (set.differential.containsKey(name)) return set.differential.get(name).dimension;
		if (set.subExpressions.containsKey(name)) return set.subExpressions.get(name).dimension;
		if (parameterDimensions.containsKey(name)) return parameterDimensions.get(name);
		if (name.equals("I")) return inputDimension;
		if (name.equals("t") || name.equals("dt")) return Dimension.TIME;
		if (name.equals("xi") || name.startsWith("xi_")) {
			if (!noise) throw SyntaxError.at(field, n, "white noise xi is only allowed in differential equations");
			return Dimension.TIME.power(-0.5);
		}
		final Units.Unit u = Units.get(name);
		if (u != null) return u.dimension;
		final Set<String> known = new LinkedHashSet<>();
		known.addAll(set.differential.keySet());
		known.addAll(set.subExpressions.keySet());
		known.addAll(parameterValues.keySet());
		String hint = Names.suggestion(name, known);
		if (hint.isEmpty()) hint = Names.suggestion(name, Units.names());
		throw SyntaxError.at(field, n, "unknown name \"" + name + "\"" + hint + " (not a state variable, " +
			"sub-expression, parameter or unit; define parameters as \"" + name + " = value*unit\")");
	}

	/** {@code e} with sub-expressions substituted and units replaced by numbers. */
	private Expr lower(final Expr e) {
		return Lowering.lower(e, name -> {
			final EquationSet.Line sub = set.subExpressions.get(name);
			if (sub != null) {
				Expr l = loweredSubs.get(name);
				if (l == null) loweredSubs.put(name, l = lower(sub.rhs));
				return l;
			}
			if (set.differential.containsKey(name) || parameterValues.containsKey(name)) return null;
			final Units.Unit u = Units.get(name);
			return u == null ? null : Expr.number(u.value(), 0, 0);
		});
	}

	private Expr threshold(final List<String> states) {
		if (spec.threshold == null || spec.threshold.trim().isEmpty()) return null;
		final Expr e = ExpressionParser.parse("threshold", spec.threshold.replace('\n', ' '), 1, 1);
		if (checker("threshold", "threshold: ", false).type(e) != DimensionChecker.BOOLEAN) throw SyntaxError
			.at("threshold", e, "the threshold must be a condition such as \"v > vTh\"");
		final Expr lowered = lower(e);
		if (!Linear.mentions(lowered, n -> states.contains(n.text()))) throw SyntaxError.at("threshold", e,
			"the threshold \"" + spec.threshold.trim() + "\" involves no state variable (" + String.join(", ",
				states) + "): it could never change during the run");
		return lowered;
	}

	private List<EquationModel.Reset> reset(final List<String> states) {
		final List<EquationModel.Reset> out = new ArrayList<>();
		for (final Statements.Statement s : Statements.parse("reset", spec.reset, ';', true)) {
			final int target = states.indexOf(s.name);
			if (target < 0) throw SyntaxError.at("reset", s.line, s.column, "\"" + s.name + "\" is not a state " +
				"variable" + Names.suggestion(s.name, states) + " (state variables: " + String.join(", ", states) +
				")");
			final Dimension left = set.differential.get(s.name).dimension;
			final Dimension right = checker("reset", s.name + " " + s.op + " …: ", false).quantity(s.value);
			final boolean scale = s.op.equals("*=") || s.op.equals("/=");
			if (scale ? !right.isDimensionless() : !right.equals(left)) throw SyntaxError.atStart("reset", s.value, s
				.name + " " + s.op + " …: left side is " + left + ", right side is " + right);
			out.add(new EquationModel.Reset(target, s.op, lower(s.value)));
		}
		return out;
	}

	private Expr refractory() {
		if (spec.refractory == null || spec.refractory.trim().isEmpty()) return null;
		final Expr e = ExpressionParser.parse("refractory", spec.refractory.replace('\n', ' '), 1, 1);
		final Dimension d = checker("refractory", "refractory: ", false).quantity(e);
		if (!d.equals(Dimension.TIME)) throw SyntaxError.atStart("refractory", e, "refractory: must be a duration " +
			"such as 2*ms, not " + d);
		final Expr lowered = lower(e);
		if (Linear.mentions(lowered, n -> !parameterValues.containsKey(n.text()) && !n.text().equals("dt")))
			throw SyntaxError.at("refractory", e, "refractory: may use numbers, units, parameters and dt only");
		return lowered;
	}

	private List<Expr> initialValues(final List<String> states, final List<Dimension> dims) {
		final Expr[] out = new Expr[states.size()];
		for (final Statements.Statement s : Statements.parse("initialValues", spec.initialValues, ',', false)) {
			final int i = states.indexOf(s.name);
			if (i < 0) throw SyntaxError.at("initialValues", s.line, s.column, "\"" + s.name + "\" is not a " +
				"state variable" + Names.suggestion(s.name, states) + " (state variables: " + String.join(", ",
					states) + ")");
			final Dimension d = checker("initialValues", s.name + ": ", false).quantity(s.value);
			if (!d.equals(dims.get(i))) throw SyntaxError.atStart("initialValues", s.value, s.name + ": left side is " +
				dims.get(i) + ", right side is " + d);
			final Expr lowered = lower(s.value);
			if (Linear.mentions(lowered, n -> !parameterValues.containsKey(n.text()))) throw SyntaxError.at(
				"initialValues", s.value, s.name + ": a start value may use numbers, units and parameters only");
			out[i] = lowered;
		}
		final List<Expr> list = new ArrayList<>();
		for (final Expr e : out)
			list.add(e == null ? Expr.number(0, 0, 0) : e);
		return list;
	}
}
