/**
 * Models from equations, in Brian2's notation: the text inputs of an
 * {@link org.neuronmodels.core.equation.EquationSpec} are parsed
 * ({@link org.neuronmodels.core.equation.EquationSet},
 * {@link org.neuronmodels.core.equation.Statements}), every name, unit and
 * dimension is checked ({@link org.neuronmodels.core.equation.ModelCompiler},
 * {@link org.neuronmodels.core.equation.Dimension},
 * {@link org.neuronmodels.core.equation.Units}), the result is lowered to
 * arithmetic in the project's internal units and turned into a straight-line
 * step program for a scheme of the shared integrator registry (by its name in
 * {@link org.neuronmodels.core.model.Integrators})
 * ({@link org.neuronmodels.core.equation.StepProgram}), which
 * {@link org.neuronmodels.core.equation.codegen} compiles to JVM bytecode.
 * <p>
 * <b>Grammar.</b> Numbers, names, {@code + - * / **}, parentheses,
 * comparisons, {@code and}/{@code or}/{@code not}, and the functions
 * {@code exp, log, sqrt, sin, cos, tanh, abs, min, max, clip, exprel}. Nothing
 * the user types reaches a Java compiler or a script engine: text becomes
 * expression trees of this grammar, and only trees become bytecode.
 * </p>
 * <p>
 * <b>Semantics</b> (as Brian2): each step integrates, then tests the
 * threshold on the new state, then runs the reset; during the refractory
 * period ({@code round(refractory/dt)} steps after the spike step, as the
 * built-in models count it) variables flagged {@code (unless refractory)} are
 * held and the threshold is not tested. A spike is stamped at the end of the
 * step that crossed the threshold (Brian2 stamps its start), so the refractory
 * period, counted from the spike time in both, ends one step later than in
 * Brian2; write {@code refractory - dt} to reproduce a Brian2 run step for step. The stimulus is {@code I} (nA, or µA/cm² when declared
 * {@code I : uA/cm**2}); {@code xi} is white noise in second<sup>−½</sup>
 * (Euler–Maruyama).
 * </p>
 * <p>
 * Pure Java plus ASM (in the codegen subpackage only); no framework imports.
 * </p>
 */
package org.neuronmodels.core.equation;
