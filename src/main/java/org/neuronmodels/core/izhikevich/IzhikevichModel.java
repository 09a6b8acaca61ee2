package org.neuronmodels.core.izhikevich;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neuronmodels.core.Checks;
import org.neuronmodels.core.model.Integrators;
import org.neuronmodels.core.model.ModelDescriptor;
import org.neuronmodels.core.model.ParameterSpec;
import org.neuronmodels.core.model.ParameterValues;
import org.neuronmodels.core.model.Preset;
import org.neuronmodels.core.model.StateVariable;
import org.neuronmodels.core.sim.SpikingPopulation;

/**
 * The Izhikevich (2003) model ({@link IzhikevichCell}): a, b, c, d, the initial
 * state and the equation constants that two panels of the 2004 figure change,
 * with the 20 behaviours of Izhikevich (2004) Fig. 1 and the 2003 classes as
 * presets ({@link IzhikevichPresets}). Its own integrators: {@link #PUBLISHED}
 * (figure1.m's loop) and {@link #NET_M} (net.m's half-steps) besides Euler.
 */
public final class IzhikevichModel extends ModelDescriptor {

	/** The model's name in the {@code model} input. */
	public static final String NAME = "Izhikevich";

	/** figure1.m's update (v first, then u with the new v), Izhikevich 2004. */
	public static final String PUBLISHED = "Published";
	/** net.m's two half-steps of v, then u (Izhikevich 2003). */
	public static final String NET_M = "net.m";

	static {
		IzhikevichLoops.ensureRegistered(); // the descriptor lists PUBLISHED and NET_M: registered first
	}

	public static final double A_DEFAULT = 0.02;
	public static final String A_MIN = "-10", A_MAX = "10";
	public static final String A_LABEL = "a (1/ms)";
	public static final String A_DESCRIPTION = "Time scale of the recovery variable u.";
	public static final double B_DEFAULT = 0.2;
	public static final String B_MIN = "-100", B_MAX = "100";
	public static final String B_LABEL = "b";
	public static final String B_DESCRIPTION = "Sensitivity of u to v.";
	public static final double C_DEFAULT = -65;
	public static final String C_MIN = "-200", C_MAX = "200";
	public static final String C_LABEL = "c (mV)";
	public static final String C_DESCRIPTION = "After-spike reset of v, in mV, below the 30 mV peak.";
	public static final double D_DEFAULT = 6;
	public static final String D_MIN = "-1000", D_MAX = "1000";
	public static final String D_LABEL = "d";
	public static final String D_DESCRIPTION = "After-spike increment of u.";
	public static final double V_INIT_DEFAULT = -70;
	public static final String V_INIT_MIN = "-200", V_INIT_MAX = "30";
	public static final String V_INIT_LABEL = "Initial v (mV)";
	public static final String V_INIT_DESCRIPTION = "Initial membrane potential in mV, below the spike peak.";
	/** Range of u and of the equation constants that are only required finite. */
	public static final String WIDE_MIN = "-1000000", WIDE_MAX = "1000000";
	public static final double V_PEAK_DEFAULT = 30;
	public static final String V_PEAK_MIN = "-100", V_PEAK_MAX = "200";

	/** The default time step (figure1.m's tau), ms, and its range. */
	public static final double DT_DEFAULT = 0.25;
	public static final String DT_MIN = "0", DT_MAX = "5";

	/** A model descriptor (the registry holds the shared instance). */
	public IzhikevichModel() {
		super(NAME, IzhikevichCell.CURRENT_UNIT, DT_DEFAULT, Arrays.asList( //
			ParameterSpec.number("a", A_LABEL, "1/ms", A_DEFAULT, A_MIN, A_MAX, A_DESCRIPTION), //
			ParameterSpec.number("b", B_LABEL, "", B_DEFAULT, B_MIN, B_MAX, B_DESCRIPTION), //
			ParameterSpec.number("c", C_LABEL, "mV", C_DEFAULT, C_MIN, C_MAX, C_DESCRIPTION), //
			ParameterSpec.number("d", D_LABEL, "", D_DEFAULT, D_MIN, D_MAX, D_DESCRIPTION), //
			ParameterSpec.number("vInit", V_INIT_LABEL, "mV", V_INIT_DEFAULT, V_INIT_MIN, V_INIT_MAX,
				V_INIT_DESCRIPTION), //
			ParameterSpec.derived("uInit", "Initial u", "", WIDE_MIN, WIDE_MAX, "Initial recovery variable; NaN: " +
				"b·vInit."), //
			ParameterSpec.number("vSquare", "Coefficient of v² (1/(mV·ms))", "1/(mV·ms)", 0.04, "0.000001", "10",
				"dv/dt = vSquare·v² + vLinear·v + vConstant − u + I."), //
			ParameterSpec.number("vLinear", "Coefficient of v (1/ms)", "1/ms", 5, WIDE_MIN, WIDE_MAX,
				"Coefficient of v in dv/dt."), //
			ParameterSpec.number("vConstant", "Constant of dv/dt (mV/ms)", "mV/ms", 140, WIDE_MIN, WIDE_MAX,
				"Constant term of dv/dt."), //
			ParameterSpec.number("uVoltageOrigin", "v origin of u's drive (mV)", "mV", 0, WIDE_MIN, WIDE_MAX,
				"du/dt = a·(b·(v − uVoltageOrigin) − uDecay·u)."), //
			ParameterSpec.number("uDecay", "Decay of u", "", 1, WIDE_MIN, WIDE_MAX, "Coefficient of −u in du/dt."), //
			ParameterSpec.number("vPeak", "Spike peak (mV)", "mV", V_PEAK_DEFAULT, V_PEAK_MIN, V_PEAK_MAX,
				"Spike cut-off: the spike is registered, reset and drawn at this v.")), //
			Arrays.asList(new StateVariable("v", "mV"), new StateVariable("u", IzhikevichCell.CURRENT_UNIT)),
			publishedPresets(), Arrays.asList(PUBLISHED, Integrators.EULER, NET_M));
	}

	/** Every named preset of {@link IzhikevichPresets#all()}, with its own dt. */
	private static List<Preset> publishedPresets() {
		final List<Preset> list = new ArrayList<>();
		for (final IzhikevichPreset p : IzhikevichPresets.all()) {
			final IzhikevichCell c = p.cell();
			final java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
			m.put("a", c.a);
			m.put("b", c.b);
			m.put("c", c.c);
			m.put("d", c.d);
			m.put("vInit", p.vInit());
			m.put("uInit", p.uInit());
			m.put("vSquare", c.vSquare);
			m.put("vLinear", c.vLinear);
			m.put("vConstant", c.vConstant);
			m.put("uVoltageOrigin", c.uVoltageOrigin);
			m.put("uDecay", c.uDecay);
			m.put("vPeak", c.vPeak);
			list.add(new Preset(p.label(), m, p.dt(), p.publishedScheme() == IzhikevichScheme.NET_M
				? "Izhikevich 2003, net.m (integrator net.m)" : "Izhikevich 2004, figure1.m"));
		}
		return list;
	}

	/** The cell these values describe. */
	public static IzhikevichCell cell(final ParameterValues p) {
		return IzhikevichCell.of(p.number("a"), p.number("b"), p.number("c"), p.number("d")).withVEquation(p.number(
			"vSquare"), p.number("vLinear"), p.number("vConstant")).withUEquation(p.number("uVoltageOrigin"), p
				.number("uDecay")).withPeak(p.number("vPeak"));
	}

	@Override
	protected void checkModel(final ParameterValues p) {
		final IzhikevichCell cell = cell(p).validate();
		if (!(p.number("vInit") < cell.vPeak)) {
			throw Checks.invalid("vInit", "mV", p.number("vInit"), "must be below the spike peak " + Checks.fmt(
				cell.vPeak) + " mV");
		}
	}

	@Override
	public double[] initialState(final ParameterValues p) {
		final double v0 = p.number("vInit"), u0 = p.number("uInit");
		return new double[] { v0, Double.isNaN(u0) ? p.number("b") * v0 : u0 };
	}

	@Override
	public SpikingPopulation population(final ParameterValues p, final int n, final double dt,
		final String integrator)
	{
		final String i = integrator(integrator);
		final IzhikevichScheme scheme = PUBLISHED.equals(i) ? IzhikevichScheme.FIGURE_1 : NET_M.equals(i)
			? IzhikevichScheme.NET_M : IzhikevichScheme.EULER;
		final IzhikevichPopulation population = new IzhikevichPopulation(IzhikevichParameters.uniform(n, cell(p)), dt,
			scheme);
		final double[] s = initialState(p);
		for (int k = 0; k < n; k++)
			population.setState(k, s[0], s[1]);
		return population;
	}
}
