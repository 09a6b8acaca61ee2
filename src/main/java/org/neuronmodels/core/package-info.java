/**
 * The simulation core: models, integrators, stimuli, recorders, analysis and
 * sweeps, in plain Java with no framework imports (a test enforces it).
 * <p>
 * <b>One unit system, used everywhere in this package and below it:</b>
 * </p>
 * <table>
 * <caption>Units</caption>
 * <tr><th>quantity</th><th>unit</th></tr>
 * <tr><td>time, time step, time constants, delays</td><td>ms</td></tr>
 * <tr><td>frequency, firing rate</td><td>Hz</td></tr>
 * <tr><td>membrane potential, reversal potentials</td><td>mV</td></tr>
 * <tr><td>current (point neurons)</td><td>nA</td></tr>
 * <tr><td>resistance</td><td>M&Omega; (so nA &times; M&Omega; = mV)</td></tr>
 * <tr><td>capacitance</td><td>nF (so M&Omega; &times; nF = ms)</td></tr>
 * <tr><td>conductance (point neurons)</td><td>&micro;S (so &micro;S &times; mV = nA)</td></tr>
 * <tr><td>Hodgkin-Huxley, per membrane area</td><td>current density &micro;A/cm&sup2;,
 * conductance density mS/cm&sup2;, capacitance &micro;F/cm&sup2;</td></tr>
 * </table>
 * <p>
 * <b>Time-step convention.</b> A run of {@code duration} ms with step
 * {@code dt} has {@code steps = round(duration / dt)} steps. Step {@code k}
 * advances the state from {@code t_k = k·dt} to {@code t_(k+1)} using the input
 * sample {@code I(t_k)} taken at the <em>start</em> of the step (held constant
 * over the step). Traces hold the state at {@code t_0 … t_(steps-1)}; a spike
 * detected during step {@code k} is stamped {@code t_(k+1)}, the first grid time
 * at which the threshold was exceeded.
 * </p>
 * <p>
 * Every random process takes an explicit seed; the same inputs and seed give a
 * bit-identical run, whatever the thread count.
 * </p>
 */
package org.neuronmodels.core;
