package org.neuronmodels.core.equation.codegen;

import static org.objectweb.asm.Opcodes.*;

import org.neuronmodels.core.equation.StepProgram;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;

/**
 * The bytecode of one neuron's step inside the generated loop: refractory
 * count-down, loading the state, the program's assignments, holding clamped
 * variables, threshold, reset and storing the state.
 */
final class NeuronStep {

	private final KernelGenerator g;
	private final StepProgram p;
	private final MethodVisitor mv;

	NeuronStep(final KernelGenerator g) {
		this.g = g;
		this.p = g.program();
		this.mv = g.mv();
	}

	/** Writes the body for neuron {@code i}; jumps to {@code nextNeuron} to skip the rest. */
	void write(final Label nextNeuron) {
		final int states = p.states().size();
		boolean allClamped = true;
		for (int j = 0; j < states; j++)
			allClamped &= p.clamped(j);
		if (p.hasRefractory()) countDown(allClamped ? nextNeuron : null);
		for (int j = 0; j < states; j++) {
			loadElement(g.stateArray(j));
			mv.visitVarInsn(DSTORE, g.doubleLocal(p.states().get(j)));
		}
		loadElement(g.input());
		if (p.inputScale() != 1) {
			mv.visitLdcInsn(p.inputScale());
			mv.visitInsn(DMUL);
		}
		mv.visitVarInsn(DSTORE, g.doubleLocal("I"));
		for (int k = 0; k < p.targets().size(); k++) {
			g.value(p.values().get(k));
			mv.visitVarInsn(DSTORE, g.doubleLocal(p.targets().get(k)));
		}
		final Label store = new Label();
		if (p.hasRefractory() && !allClamped) {
			final Label free = new Label();
			mv.visitVarInsn(ILOAD, g.inRefractory());
			mv.visitJumpInsn(IFEQ, free);
			for (int j = 0; j < states; j++)
				if (p.clamped(j)) {
					mv.visitVarInsn(DLOAD, g.doubleLocal(p.states().get(j)));
					mv.visitVarInsn(DSTORE, g.doubleLocal(p.next(j)));
				}
			mv.visitJumpInsn(GOTO, store);
			mv.visitLabel(free);
		}
		if (p.threshold() != null) spike(store);
		mv.visitLabel(store);
		for (int j = 0; j < states; j++) {
			mv.visitVarInsn(ALOAD, g.stateArray(j));
			mv.visitVarInsn(ILOAD, g.i());
			mv.visitVarInsn(DLOAD, g.doubleLocal(p.next(j)));
			mv.visitInsn(DASTORE);
		}
		mv.visitJumpInsn(GOTO, nextNeuron);
	}

	/** {@code inRef = refLeft[i] > 0; if (inRef) refLeft[i]--} (and skip the neuron when all is held). */
	private void countDown(final Label skip) {
		final Label free = new Label(), done = new Label();
		mv.visitVarInsn(ALOAD, g.refractoryLeft());
		mv.visitVarInsn(ILOAD, g.i());
		mv.visitInsn(IALOAD);
		mv.visitJumpInsn(IFLE, free);
		mv.visitVarInsn(ALOAD, g.refractoryLeft());
		mv.visitVarInsn(ILOAD, g.i());
		mv.visitInsn(DUP2);
		mv.visitInsn(IALOAD);
		mv.visitInsn(ICONST_1);
		mv.visitInsn(ISUB);
		mv.visitInsn(IASTORE);
		if (skip != null) mv.visitJumpInsn(GOTO, skip);
		mv.visitInsn(ICONST_1);
		mv.visitVarInsn(ISTORE, g.inRefractory());
		mv.visitJumpInsn(GOTO, done);
		mv.visitLabel(free);
		mv.visitInsn(ICONST_0);
		mv.visitVarInsn(ISTORE, g.inRefractory());
		mv.visitLabel(done);
	}

	/** If the threshold holds: record the spike, run the reset, start the refractory period. */
	private void spike(final Label noSpike) {
		ExpressionWriter.condition(g, p.threshold(), noSpike);
		mv.visitVarInsn(ALOAD, g.spiked());
		mv.visitVarInsn(ILOAD, g.count());
		mv.visitVarInsn(ILOAD, g.i());
		mv.visitInsn(IASTORE);
		mv.visitIincInsn(g.count(), 1);
		for (int r = 0; r < p.resetCount(); r++) {
			final int target = g.doubleLocal(p.next(p.resetTarget(r)));
			final String op = p.resetOp(r);
			if (!op.equals("=")) mv.visitVarInsn(DLOAD, target);
			g.value(p.resetValue(r));
			if (op.equals("+=")) mv.visitInsn(DADD);
			else if (op.equals("-=")) mv.visitInsn(DSUB);
			else if (op.equals("*=")) mv.visitInsn(DMUL);
			else if (op.equals("/=")) mv.visitInsn(DDIV);
			mv.visitVarInsn(DSTORE, target);
		}
		if (p.hasRefractory()) {
			mv.visitVarInsn(ALOAD, g.refractoryLeft());
			mv.visitVarInsn(ILOAD, g.i());
			loadElementInt(g.refractorySteps());
			mv.visitInsn(IASTORE);
		}
	}

	private void loadElement(final int array) {
		mv.visitVarInsn(ALOAD, array);
		mv.visitVarInsn(ILOAD, g.i());
		mv.visitInsn(DALOAD);
	}

	private void loadElementInt(final int array) {
		mv.visitVarInsn(ALOAD, array);
		mv.visitVarInsn(ILOAD, g.i());
		mv.visitInsn(IALOAD);
	}
}
