#!/usr/bin/python3
"""Independent reference for the Morris-Lecar tests (MorrisLecarReferenceTest).

Integrates the Morris-Lecar equations with scipy.integrate.solve_ivp (LSODA,
rtol 1e-10, atol 1e-12, max_step 0.5 ms) and locates the bifurcations from the
equilibrium equations; it shares no code with the Java implementation.

    C dV/dt = I - gL (V - VL) - gCa minf(V) (V - VCa) - gK w (V - VK)
    dw/dt   = phi (winf(V) - w) cosh((V - V3) / (2 V4))
    minf = (1 + tanh((V - V1)/V2))/2,   winf = (1 + tanh((V - V3)/V4))/2

Parameters: Rinzel & Ermentrout (1989), the same sets as Ermentrout & Terman
(2010) Table 3.1 ("SNLC" = Type I, "Hopf" = Type II).

Run:  /usr/bin/python3 src/test/resources/morrislecar/morris_lecar_scipy.py
Prints, per preset: the resting state at I = 0; the bifurcation currents
(Type I: saddle-node of equilibria = SNIC; Type II: Hopf of the rest state and
the saddle-node of periodic orbits); the onset current of the f-I protocol
(each current a constant step from the rest state at I = 0, rate from the
upward crossings of 0 mV in the second half of the run, as FiSweep counts)
and the rates at chosen currents.
"""
import numpy as np
from scipy.integrate import solve_ivp
from scipy.optimize import brentq

COMMON = dict(C=20.0, gL=2.0, gK=8.0, VL=-60.0, VCa=120.0, VK=-84.0, V1=-1.2, V2=18.0)
PRESETS = {
    "Type I": dict(COMMON, gCa=4.0, V3=12.0, V4=17.4, phi=1.0 / 15),
    "Type II": dict(COMMON, gCa=4.4, V3=2.0, V4=30.0, phi=0.04),
}
THRESHOLD = 0.0      # mV, upward crossings
DURATION = 4000.0    # ms per current
TOL = dict(method="LSODA", rtol=1e-10, atol=1e-12, max_step=0.5)


def minf(V, p): return 0.5 * (1 + np.tanh((V - p["V1"]) / p["V2"]))
def winf(V, p): return 0.5 * (1 + np.tanh((V - p["V3"]) / p["V4"]))
def rate_w(V, p): return p["phi"] * np.cosh((V - p["V3"]) / (2 * p["V4"]))


def rhs(t, y, p, I):
    V, w = y
    return [(I - p["gL"] * (V - p["VL"]) - p["gCa"] * minf(V, p) * (V - p["VCa"]) - p["gK"] * w * (V - p["VK"]))
            / p["C"], rate_w(V, p) * (winf(V, p) - w)]


def current_at_equilibrium(V, p):
    """The current I at which (V, winf(V)) is an equilibrium."""
    return p["gL"] * (V - p["VL"]) + p["gCa"] * minf(V, p) * (V - p["VCa"]) + p["gK"] * winf(V, p) * (V - p["VK"])


def rest(p, I=0.0):
    V = brentq(lambda v: current_at_equilibrium(v, p) - I, -90, -30, xtol=1e-14)
    return V, winf(V, p)


def saddle_node(p):
    """Lower knee of the equilibrium curve: dI/dV = 0 (the saddle-node of equilibria)."""
    h = 1e-6
    d = lambda v: (current_at_equilibrium(v + h, p) - current_at_equilibrium(v - h, p)) / (2 * h)
    V = brentq(d, -45, -15, xtol=1e-12)
    return V, current_at_equilibrium(V, p)


def trace(V, p):
    """Trace of the Jacobian at the equilibrium (V, winf(V))."""
    h = 1e-6
    I = current_at_equilibrium(V, p)
    w = winf(V, p)
    dfdv = (rhs(0, [V + h, w], p, I)[0] - rhs(0, [V - h, w], p, I)[0]) / (2 * h)
    return dfdv - rate_w(V, p)


def hopf(p):
    V = brentq(lambda v: trace(v, p), -40, -10, xtol=1e-12)
    return V, current_at_equilibrium(V, p)


def crossings(sol):
    t, V = sol.t, sol.y[0]
    k = np.where((V[:-1] <= THRESHOLD) & (V[1:] > THRESHOLD))[0]
    return t[k] + (THRESHOLD - V[k]) * (t[k + 1] - t[k]) / (V[k + 1] - V[k])


def run(p, I, y0, duration=DURATION):
    return solve_ivp(rhs, [0, duration], list(y0), args=(p, I), dense_output=False, **TOL)


def fi_rate(p, I, duration=DURATION):
    """Rate (Hz) from the rest state at I = 0: 1000 (n - 1) / (t_last - t_first) over the second half."""
    spikes = crossings(run(p, I, rest(p, 0.0), duration))
    late = spikes[spikes >= duration / 2]
    return 0.0 if len(late) < 2 else 1000.0 * (len(late) - 1) / (late[-1] - late[0])


def onset(p, lo, hi, duration=DURATION, tol=1e-3):
    """Lowest current (bisection) whose f-I run from the I = 0 rest state fires repetitively."""
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if fi_rate(p, mid, duration) > 0: hi = mid
        else: lo = mid
    return lo, hi


def cycle_exists(p, I, duration=6000.0):
    """Whether a stable large-amplitude periodic orbit exists at I (start outside it, far from rest)."""
    spikes = crossings(run(p, I, (40.0, 0.0), duration))
    return len(spikes[spikes >= duration - 1000]) >= 2


def fold_of_cycles(p, lo, hi, tol=1e-3):
    while hi - lo > tol:
        mid = (lo + hi) / 2
        if cycle_exists(p, mid): hi = mid
        else: lo = mid
    return lo, hi


def main():
    for name, p in PRESETS.items():
        V0, w0 = rest(p)
        print("%s: rest at I = 0: V = %.6f mV, w = %.8f" % (name, V0, w0))
    p = PRESETS["Type I"]
    Vsn, Isn = saddle_node(p)
    print("Type I: saddle-node of equilibria (SNIC) at I = %.4f uA/cm2 (V = %.3f mV)" % (Isn, Vsn))
    Vu = brentq(lambda v: trace(v, p), 0, 20, xtol=1e-12)
    print("Type I: Hopf point of the upper equilibrium branch at I = %.4f uA/cm2 (V = %.3f mV)"
          % (current_at_equilibrium(Vu, p), Vu))
    lo, hi = onset(p, Isn - 1, Isn + 1)
    print("Type I: f-I onset from rest (duration %g ms) in [%.4f, %.4f]" % (DURATION, lo, hi))
    for d in (0.05, 0.2, 0.8, 3.2):
        print("Type I: rate at I = SN + %.2f = %.4f: %.4f Hz" % (d, Isn + d, fi_rate(p, Isn + d)))
    for I in (38.0, 39.0, 45.0, 60.0, 80.0, 100.0):
        print("Type I: rate at I = %g: %.4f Hz" % (I, fi_rate(p, I)))
    p = PRESETS["Type II"]
    Vh, Ih = hopf(p)
    print("Type II: Hopf of the rest state at I = %.4f uA/cm2 (V = %.3f mV)" % (Ih, Vh))
    lo, hi = fold_of_cycles(p, 80, Ih)
    print("Type II: saddle-node of periodic orbits in [%.4f, %.4f]" % (lo, hi))
    print("Type II: rest state stable and a spiking cycle at I = 92: rate from (40 mV, 0) %.4f Hz"
          % fi_rate_from(p, 92.0, (40.0, 0.0)))
    lo, hi = onset(p, 80, 100)
    print("Type II: f-I onset from rest (duration %g ms) in [%.4f, %.4f]" % (DURATION, lo, hi))
    print("Type II: rate just above the onset, I = %.4f: %.4f Hz" % (hi + 0.01, fi_rate(p, hi + 0.01)))
    for I in (85.0, 88.0, 90.0, 92.0, 94.0, 95.0, 100.0, 110.0, 150.0):
        print("Type II: rate at I = %g: %.4f Hz" % (I, fi_rate(p, I)))


def fi_rate_from(p, I, y0, duration=DURATION):
    spikes = crossings(run(p, I, y0, duration))
    late = spikes[spikes >= duration / 2]
    return 0.0 if len(late) < 2 else 1000.0 * (len(late) - 1) / (late[-1] - late[0])


if __name__ == "__main__":
    main()
