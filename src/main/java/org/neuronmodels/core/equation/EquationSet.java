package org.neuronmodels.core.equation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code equations} input parsed line by line, in Brian2's notation:
 * <pre>
 * dv/dt = (-(v - vRest) + R*I)/tau : volt (unless refractory)
 * I_syn = g*(E - v) : amp
 * tau : second
 * </pre>
 * A differential equation per state variable (optionally flagged
 * {@code (unless refractory)}), named sub-expressions, and declarations of a
 * parameter's (or of the stimulus {@code I}'s) unit. {@code #} starts a comment;
 * {@code ;} also separates equations (so a model fits on one macro line).
 */
public final class EquationSet {

	private static final String FIELD = "equations";
	private static final Pattern DIFFERENTIAL = Pattern.compile("\\s*d\\s*([A-Za-z_]\\w*)\\s*/\\s*dt\\s*=");
	private static final Pattern NAMED = Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*=(?!=)");
	private static final Pattern DECLARED = Pattern.compile("\\s*([A-Za-z_]\\w*)\\s*:");
	private static final Pattern FLAGS = Pattern.compile("\\(([^()]*)\\)\\s*$");

	/** One line: a differential equation, a sub-expression or a declaration. */
	public static final class Line {

		/** The name defined. */
		public final String name;
		/** The right-hand side (null for a declaration). */
		public final Expr rhs;
		/** The declared dimension. */
		public final Dimension dimension;
		/** The declared unit's size in internal units. */
		public final double unitValue;
		/** The declared unit as typed. */
		public final String unitText;
		/** Whether the line carries the flag {@code (unless refractory)}. */
		public final boolean unlessRefractory;
		/** The 1-based line number. */
		public final int line;

		Line(final String name, final Expr rhs, final UnitExpressions.UnitSpec unit, final String unitText,
			final boolean unlessRefractory, final int line)
		{
			this.name = name;
			this.rhs = rhs;
			this.dimension = unit.dimension;
			this.unitValue = unit.value;
			this.unitText = unitText;
			this.unlessRefractory = unlessRefractory;
			this.line = line;
		}
	}

	/** State variable → its equation, in order. */
	final Map<String, Line> differential = new LinkedHashMap<>();
	/** Sub-expression name → its definition, in order. */
	final Map<String, Line> subExpressions = new LinkedHashMap<>();
	/** Declared name → its unit. */
	final Map<String, Line> declarations = new LinkedHashMap<>();

	private EquationSet() {}

	/** Parses the {@code equations} input. */
	public static EquationSet parse(final String text) {
		final EquationSet set = new EquationSet();
		final String[] lines = (text == null ? "" : text).split("\n", -1);
		for (int k = 0; k < lines.length; k++) {
			final String raw = lines[k];
			final int hash = raw.indexOf('#');
			final String line = hash >= 0 ? raw.substring(0, hash) : raw;
			int start = 0, depth = 0;
			for (int i = 0; i <= line.length(); i++) {
				final char c = i < line.length() ? line.charAt(i) : ';';
				if (c == '(') depth++;
				else if (c == ')') depth--;
				else if (c == ';' && (depth <= 0 || i == line.length())) { // the line's end always ends a part
					// the part keeps its columns: blanks stand for the text before it
					final String part = line.substring(start, i);
					if (!part.trim().isEmpty()) set.add(repeat(' ', start) + part, k + 1);
					start = i + 1;
					depth = 0;
				}
			}
		}
		if (set.differential.isEmpty()) throw SyntaxError.of(FIELD, "no differential equation: write at least " +
			"one line such as \"dv/dt = (vRest - v)/tau : volt\"");
		return set;
	}

	private static String repeat(final char c, final int n) {
		final char[] a = new char[n];
		java.util.Arrays.fill(a, c);
		return new String(a);
	}

	private void add(final String text, final int lineNo) {
		Matcher m = DIFFERENTIAL.matcher(text);
		final boolean isDifferential = m.lookingAt();
		if (!isDifferential) {
			m = NAMED.matcher(text);
			if (!m.lookingAt()) {
				m = DECLARED.matcher(text);
				if (!m.lookingAt()) throw SyntaxError.at(FIELD, lineNo, firstColumn(text), "expected \"dx/dt = " +
					"… : unit\", \"name = … : unit\" or \"name : unit\"");
				final String name = m.group(1);
				final Line l = new Line(name, null, unit(text, m.end(), lineNo, false), text.substring(m.end())
					.trim(), false, lineNo);
				define(declarations, name, l, lineNo, text);
				return;
			}
		}
		final String name = m.group(1);
		int colon = lastColon(text, m.end());
		if (colon < 0) colon = text.lastIndexOf(':'); // inside open parentheses: the parser reports them
		if (colon < m.end()) throw SyntaxError.at(FIELD, lineNo, text.length() + 1, "missing \": unit\" after the " +
			"expression (e.g. \": volt\", \": 1\" for none)");
		final Expr rhs = ExpressionParser.parse(FIELD, text.substring(m.end(), colon), lineNo, m.end() + 1);
		String unitText = text.substring(colon + 1);
		boolean unless = false;
		final Matcher f = FLAGS.matcher(unitText);
		if (f.find()) {
			final String flag = f.group(1).trim().replaceAll("\\s+", " ");
			if (!flag.equals("unless refractory") || !isDifferential) {
				throw SyntaxError.at(FIELD, lineNo, colon + 2 + f.start(), "unknown flag \"(" + f.group(1).trim() +
					")\"" + (isDifferential ? "" : " on a sub-expression") + ": the only flag is \"(unless " +
					"refractory)\", on a differential equation");
			}
			unless = true;
			unitText = unitText.substring(0, f.start());
		}
		final Line l = new Line(name, rhs, UnitExpressions.parse(FIELD, unitText, lineNo, colon + 2), unitText
			.trim(), unless, lineNo);
		define(isDifferential ? differential : subExpressions, name, l, lineNo, text);
	}

	private UnitExpressions.UnitSpec unit(final String text, final int from, final int lineNo, final boolean x) {
		return UnitExpressions.parse(FIELD, text.substring(from), lineNo, from + 1);
	}

	private void define(final Map<String, Line> into, final String name, final Line l, final int lineNo,
		final String text)
	{
		for (final Map<String, Line> m : java.util.Arrays.asList(differential, subExpressions, declarations)) {
			final Line previous = m.get(name);
			if (previous != null) throw SyntaxError.at(FIELD, lineNo, firstColumn(text), "\"" + name +
				"\" is already defined on line " + previous.line);
		}
		into.put(name, l);
	}

	/** The last ':' of {@code text} outside parentheses, after {@code from}; -1 if none. */
	private static int lastColon(final String text, final int from) {
		int depth = 0, found = -1;
		for (int i = from; i < text.length(); i++) {
			final char c = text.charAt(i);
			if (c == '(') depth++;
			else if (c == ')') depth--;
			else if (c == ':' && depth <= 0) found = i;
		}
		return found;
	}

	private static int firstColumn(final String text) {
		int i = 0;
		while (i < text.length() && Character.isWhitespace(text.charAt(i)))
			i++;
		return i + 1;
	}

	/** The differential equations, in order. */
	public List<Line> differentialEquations() {
		return new ArrayList<>(differential.values());
	}
}
