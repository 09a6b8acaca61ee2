package org.neuronmodels.core.equation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds recursion among sub-expressions ({@code a = b + 1}, {@code b = a*2}) and reports the cycle. */
final class SubExpressionOrder {

	private final EquationSet set;
	private final Set<String> done = new HashSet<>();

	SubExpressionOrder(final EquationSet set) {
		this.set = set;
	}

	/** Throws if a sub-expression refers to itself, directly or through others. */
	void check() {
		for (final String name : set.subExpressions.keySet())
			visit(name, new ArrayList<>());
	}

	private void visit(final String name, final List<String> path) {
		if (done.contains(name)) return;
		final int at = path.indexOf(name);
		if (at >= 0) {
			final List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
			cycle.add(name);
			final EquationSet.Line l = set.subExpressions.get(name);
			throw SyntaxError.at("equations", l.line, 1, "sub-expression \"" + name + "\" refers to itself (" +
				String.join(" → ", cycle) + "); sub-expressions cannot be recursive");
		}
		path.add(name);
		for (final String ref : references(set.subExpressions.get(name).rhs))
			if (set.subExpressions.containsKey(ref)) visit(ref, path);
		path.remove(path.size() - 1);
		done.add(name);
	}

	private static Set<String> references(final Expr e) {
		final Set<String> out = new HashSet<>();
		collect(e, out);
		return out;
	}

	private static void collect(final Expr e, final Set<String> out) {
		if (e.kind() == Expr.Kind.NAME) out.add(e.text());
		for (final Expr a : e.args())
			collect(a, out);
	}
}
