package org.neuronmodels.core.equation.codegen;

import static org.objectweb.asm.Opcodes.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neuronmodels.core.equation.Expr;
import org.neuronmodels.core.equation.StepProgram;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * Writes the bytecode of a {@link StepProgram}'s block step: a subclass of
 * {@link EquationKernel} whose {@code step} loops over the neurons, loads each
 * neuron's state into locals, evaluates the program's assignments, holds the
 * {@code (unless refractory)} variables of refractory neurons, tests the
 * threshold, runs the reset and stores the state. Only expression trees of the
 * fixed grammar reach this class; no text is ever compiled.
 */
public final class KernelGenerator {

	private static final String BASE = "org/neuronmodels/core/equation/codegen/EquationKernel";
	private static final String RANDOM = "org/neuronmodels/core/random/RandomStream";
	private static final String FUNCTIONS = "org/neuronmodels/core/equation/Functions";
	private static final String D_ARRAYS = "[[D";

	private final StepProgram program;
	private final Map<String, Integer> doubles = new HashMap<>();
	private final Map<String, Integer> arrays = new HashMap<>();
	private MethodVisitor mv;
	private int nextLocal;
	private int iLocal, countLocal, inRefLocal, refLeftLocal, refStepsLocal, randomLocal, inputLocal, spikedLocal;

	private KernelGenerator(final StepProgram program) {
		this.program = program;
	}

	/** A new instance of the kernel class of {@code program} (generated once per distinct program). */
	public static EquationKernel instantiate(final StepProgram program) {
		final String key = program.cacheKey();
		final Class<? extends EquationKernel> c = KernelCache.get(key, name -> new KernelGenerator(program).bytes(
			name));
		try {
			return c.getDeclaredConstructor().newInstance();
		}
		catch (final ReflectiveOperationException e) {
			throw new IllegalStateException("generated equation kernel cannot be instantiated", e);
		}
	}

	private byte[] bytes(final String internalName) {
		final ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {

			@Override
			protected String getCommonSuperClass(final String a, final String b) {
				return "java/lang/Object";
			}
		};
		cw.visit(V11, ACC_PUBLIC | ACC_FINAL | ACC_SUPER, internalName, null, BASE, null);
		final MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
		init.visitCode();
		init.visitVarInsn(ALOAD, 0);
		init.visitMethodInsn(INVOKESPECIAL, BASE, "<init>", "()V", false);
		init.visitInsn(RETURN);
		init.visitMaxs(0, 0);
		init.visitEnd();
		mv = cw.visitMethod(ACC_PUBLIC | ACC_FINAL, "step", "([DD[I)I", null, null);
		mv.visitCode();
		writeStep();
		mv.visitMaxs(0, 0);
		mv.visitEnd();
		cw.visitEnd();
		return cw.toByteArray();
	}

	/** Slots: 0 this, 1 input, 2–3 t, 4 spiked; then the method's own locals. */
	private void writeStep() {
		inputLocal = 1;
		spikedLocal = 4;
		nextLocal = 5;
		final List<String> states = program.states();
		for (int j = 0; j < states.size(); j++)
			arrays.put("state " + j, loadRow("state", j));
		for (int p = 0; p < program.parameters().size(); p++)
			arrays.put(program.parameters().get(p), loadRow("parameters", p));
		for (int h = 0; h < program.hoisted().size(); h++)
			arrays.put("%h" + h, loadRow("hoisted", h));
		refLeftLocal = field("refractoryLeft", "[I");
		refStepsLocal = field("refractorySteps", "[I");
		randomLocal = field("random", "L" + RANDOM + ";");
		doubles.put("dt", doubleField("dt"));
		doubles.put("t", 2);
		final int nLocal = nextLocal++;
		mv.visitVarInsn(ALOAD, 0);
		mv.visitFieldInsn(GETFIELD, BASE, "n", "I");
		mv.visitVarInsn(ISTORE, nLocal);
		countLocal = intConstant(0);
		iLocal = intConstant(0);
		inRefLocal = nextLocal++;
		final Label loop = new Label(), end = new Label(), nextNeuron = new Label();
		mv.visitLabel(loop);
		mv.visitVarInsn(ILOAD, iLocal);
		mv.visitVarInsn(ILOAD, nLocal);
		mv.visitJumpInsn(IF_ICMPGE, end);
		new NeuronStep(this).write(nextNeuron);
		mv.visitLabel(nextNeuron);
		mv.visitIincInsn(iLocal, 1);
		mv.visitJumpInsn(GOTO, loop);
		mv.visitLabel(end);
		mv.visitVarInsn(ILOAD, countLocal);
		mv.visitInsn(IRETURN);
	}

	// --- helpers used by NeuronStep and ExpressionWriter ---

	StepProgram program() {
		return program;
	}

	MethodVisitor mv() {
		return mv;
	}

	int i() {
		return iLocal;
	}

	int count() {
		return countLocal;
	}

	int inRefractory() {
		return inRefLocal;
	}

	int refractoryLeft() {
		return refLeftLocal;
	}

	int refractorySteps() {
		return refStepsLocal;
	}

	int random() {
		return randomLocal;
	}

	int input() {
		return inputLocal;
	}

	int spiked() {
		return spikedLocal;
	}

	/** The local array of state row {@code j}. */
	int stateArray(final int j) {
		return arrays.get("state " + j);
	}

	/** The local array of a parameter or hoisted row, or null. */
	Integer array(final String name) {
		return arrays.get(name);
	}

	/** The double local of {@code name}, allocated on first use. */
	int doubleLocal(final String name) {
		Integer slot = doubles.get(name);
		if (slot == null) {
			slot = nextLocal;
			nextLocal += 2;
			doubles.put(name, slot);
		}
		return slot;
	}

	/** The double local of {@code name} if it exists. */
	Integer existingDouble(final String name) {
		return doubles.get(name);
	}

	private int loadRow(final String field, final int row) {
		mv.visitVarInsn(ALOAD, 0);
		mv.visitFieldInsn(GETFIELD, BASE, field, D_ARRAYS);
		mv.visitLdcInsn(row);
		mv.visitInsn(AALOAD);
		final int slot = nextLocal++;
		mv.visitVarInsn(ASTORE, slot);
		return slot;
	}

	private int field(final String field, final String descriptor) {
		mv.visitVarInsn(ALOAD, 0);
		mv.visitFieldInsn(GETFIELD, BASE, field, descriptor);
		final int slot = nextLocal++;
		mv.visitVarInsn(ASTORE, slot);
		return slot;
	}

	private int doubleField(final String field) {
		mv.visitVarInsn(ALOAD, 0);
		mv.visitFieldInsn(GETFIELD, BASE, field, "D");
		final int slot = nextLocal;
		nextLocal += 2;
		mv.visitVarInsn(DSTORE, slot);
		return slot;
	}

	private int intConstant(final int v) {
		mv.visitLdcInsn(v);
		final int slot = nextLocal++;
		mv.visitVarInsn(ISTORE, slot);
		return slot;
	}

	/** Pushes the double value of {@code e}. */
	void value(final Expr e) {
		ExpressionWriter.value(this, e);
	}

	static String functions() {
		return FUNCTIONS;
	}

	static String randomType() {
		return RANDOM;
	}
}
