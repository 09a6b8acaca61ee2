package org.neuronmodels.app;

import java.lang.reflect.Method;
import java.util.List;

/**
 * Turns Jython objects into plain Java values without a compile-time
 * dependency on Jython: a Python number becomes a Java number, a list or
 * tuple of numbers a {@code double[]}, anything else its Java form.
 */
final class JythonValues {

	private JythonValues() {}

	/** The Java value of a script variable. */
	static Object toJava(final Object value) {
		if (value == null) return null;
		final Object plain = tojava(value);
		if (plain instanceof List && !((List<?>) plain).isEmpty() && allNumbers((List<?>) plain)) {
			final List<?> list = (List<?>) plain;
			final double[] out = new double[list.size()];
			for (int i = 0; i < out.length; i++)
				out[i] = ((Number) tojava(list.get(i))).doubleValue();
			return out;
		}
		return plain;
	}

	private static boolean allNumbers(final List<?> list) {
		for (final Object o : list)
			if (!(tojava(o) instanceof Number)) return false;
		return true;
	}

	/** {@code PyObject.__tojava__(Object.class)} if it is a Jython object. */
	private static Object tojava(final Object value) {
		if (value == null || !value.getClass().getName().startsWith("org.python.core.")) return value;
		try {
			final Method m = value.getClass().getMethod("__tojava__", Class.class);
			return m.invoke(value, Object.class);
		}
		catch (final ReflectiveOperationException | RuntimeException e) {
			return value;
		}
	}
}
