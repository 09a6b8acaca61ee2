package org.neuronmodels.core.equation.codegen;

import static org.objectweb.asm.Opcodes.*;

import org.neuronmodels.core.equation.Expr;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/** The bytecode of one lowered expression: a double value, or a condition as a jump. */
final class ExpressionWriter {

	private ExpressionWriter() {}

	/** Pushes the value of {@code e}. */
	static void value(final KernelGenerator g, final Expr e) {
		final MethodVisitor mv = g.mv();
		switch (e.kind()) {
			case NUMBER:
				if (Double.doubleToRawLongBits(e.value()) == 0L) mv.visitInsn(DCONST_0);
				else if (e.value() == 1.0) mv.visitInsn(DCONST_1);
				else mv.visitLdcInsn(e.value());
				return;
			case NAME:
				name(g, e.text());
				return;
			case UNARY:
				if (!e.text().equals("-")) throw new IllegalStateException("condition used as a value: " + e);
				value(g, e.arg(0));
				mv.visitInsn(DNEG);
				return;
			case CALL:
				for (final Expr a : e.args())
					value(g, a);
				call(mv, e.text());
				return;
			default:
				value(g, e.arg(0));
				value(g, e.arg(1));
				switch (e.text()) {
					case "+":
						mv.visitInsn(DADD);
						return;
					case "-":
						mv.visitInsn(DSUB);
						return;
					case "*":
						mv.visitInsn(DMUL);
						return;
					case "/":
						mv.visitInsn(DDIV);
						return;
					default:
						throw new IllegalStateException("condition used as a value: " + e);
				}
		}
	}

	private static void name(final KernelGenerator g, final String name) {
		final MethodVisitor mv = g.mv();
		if (name.equals("%randn")) {
			mv.visitVarInsn(ALOAD, g.random());
			mv.visitMethodInsn(INVOKEVIRTUAL, KernelGenerator.randomType(), "nextGaussian", "()D", false);
			return;
		}
		final Integer array = g.array(name);
		if (array != null) {
			mv.visitVarInsn(ALOAD, array);
			mv.visitVarInsn(ILOAD, g.i());
			mv.visitInsn(DALOAD);
			return;
		}
		final Integer local = g.existingDouble(name);
		if (local == null) throw new IllegalStateException("unbound name in generated code: " + name);
		mv.visitVarInsn(DLOAD, local);
	}

	private static void call(final MethodVisitor mv, final String f) {
		switch (f) {
			case "min":
			case "max":
			case "pow":
				mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", f, "(DD)D", false);
				return;
			case "clip":
				mv.visitMethodInsn(INVOKESTATIC, KernelGenerator.functions(), f, "(DDD)D", false);
				return;
			case "exprel":
				mv.visitMethodInsn(INVOKESTATIC, KernelGenerator.functions(), f, "(D)D", false);
				return;
			default:
				mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", f, "(D)D", false);
		}
	}

	/** Jumps to {@code ifFalse} unless condition {@code e} holds (NaN compares false, as in Java). */
	static void condition(final KernelGenerator g, final Expr e, final Label ifFalse) {
		final MethodVisitor mv = g.mv();
		if (e.kind() == Expr.Kind.UNARY && e.text().equals("not")) {
			final Label operandFalse = new Label();
			condition(g, e.arg(0), operandFalse);
			mv.visitJumpInsn(GOTO, ifFalse);
			mv.visitLabel(operandFalse);
			return;
		}
		if (e.kind() != Expr.Kind.BINARY) throw new IllegalStateException("not a condition: " + e);
		switch (e.text()) {
			case "and":
				condition(g, e.arg(0), ifFalse);
				condition(g, e.arg(1), ifFalse);
				return;
			case "or":
				final Label right = new Label(), done = new Label();
				condition(g, e.arg(0), right);
				mv.visitJumpInsn(GOTO, done);
				mv.visitLabel(right);
				condition(g, e.arg(1), ifFalse);
				mv.visitLabel(done);
				return;
			default:
		}
		value(g, e.arg(0));
		value(g, e.arg(1));
		switch (e.text()) {
			case ">":
				mv.visitInsn(DCMPL);
				mv.visitJumpInsn(IFLE, ifFalse);
				return;
			case ">=":
				mv.visitInsn(DCMPL);
				mv.visitJumpInsn(IFLT, ifFalse);
				return;
			case "<":
				mv.visitInsn(DCMPG);
				mv.visitJumpInsn(IFGE, ifFalse);
				return;
			case "<=":
				mv.visitInsn(DCMPG);
				mv.visitJumpInsn(IFGT, ifFalse);
				return;
			case "==":
				mv.visitInsn(DCMPL);
				mv.visitJumpInsn(IFNE, ifFalse);
				return;
			case "!=":
				mv.visitInsn(DCMPL);
				mv.visitJumpInsn(IFEQ, ifFalse);
				return;
			default:
				throw new IllegalStateException("not a condition: " + e);
		}
	}
}
