/**
 * JVM bytecode for equation models, written with ASM ({@code org.ow2.asm:asm},
 * managed by pom-scijava and shipped with Fiji): one subclass of
 * {@link org.neuronmodels.core.equation.codegen.EquationKernel} per distinct
 * step program ({@link org.neuronmodels.core.equation.codegen.KernelCache}),
 * whose {@code step} is the whole block step over structure-of-arrays — a loop
 * over neurons with the update written out, no interpreter. Parameter values
 * are arrays read by the generated code, so sweeps and populations of any size
 * reuse one class. The only package that uses ASM.
 */
package org.neuronmodels.core.equation.codegen;
