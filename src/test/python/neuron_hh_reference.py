#!/usr/bin/python3
"""Reference numbers for the Hodgkin-Huxley tests, from NEURON's built-in hh.

Not run by the build (the tests must not need NEURON): it documents where the
"NEURON CVODE" numbers in src/test/java/org/neuronmodels/core/hh/*Test.java and
command/HhCommandTest.java come from.  Debian: apt-get install python3-neuron;
run with /usr/bin/python3 src/test/python/neuron_hh_reference.py.

Model: one compartment of area 1e-3 cm^2 (IClamp nA = uA/cm^2), hh with exact
rate functions (usetable_hh = 0), celsius 6.3, ena 50, ek -77, el -54.3 mV,
cm 1 uF/cm^2, v_init -65 mV, variable-step CVODE with atol 1e-10 (free of
time-step error).  Spikes: NetCon threshold 0 mV (upward crossings), their
times interpolated within the CVODE step (condition_order 2).
"""
import math
import sys

from neuron import h

h.load_file('stdrun.hoc')
h.usetable_hh = 0
h.celsius = 6.3
sec = h.Section(name='soma')
sec.L = sec.diam = math.sqrt(1e5 / math.pi)
sec.nseg = 1
sec.cm = 1.0
sec.insert('hh')
sec.ena = 50.0
sec.ek = -77.0
stim = h.IClamp(sec(0.5))
cvode = h.CVode()
cvode.active(1)
cvode.atol(1e-10)
cvode.condition_order(2)  # threshold crossings interpolated within the step
netcon = h.NetCon(sec(0.5)._ref_v, None, sec=sec)
netcon.threshold = 0
spikes = h.Vector()
netcon.record(spikes)


def run(delay, dur, amp, tstop):
    stim.delay, stim.dur, stim.amp = delay, dur, amp
    h.finitialize(-65)
    h.continuerun(tstop)
    return list(spikes)


def steady_frequency(times):
    late = [t for t in times if t >= 500]
    return 1000.0 * (len(late) - 1) / (late[-1] - late[0]) if len(late) >= 2 else 0.0


h.finitialize(-65)
print('steady state at -65 mV: m %.10f h %.10f n %.10f' % (sec(0.5).m_hh, sec(0.5).h_hh, sec(0.5).n_hh))

run(0, 0, 0, 500)
print('rest (V after 500 ms without input): %.9f mV' % sec(0.5).v)

# single action potential: 10 uA/cm^2 from 1 to 2 ms
tv, vv = h.Vector(), h.Vector()
vv.record(sec(0.5)._ref_v, 0.0005)
tv.record(h._ref_t, 0.0005)
run(1, 1, 10, 30)
t, v = list(tv), list(vv)
k = max(range(len(v)), key=lambda i: v[i])
y0, y1, y2 = v[k - 1], v[k], v[k + 1]
d = (y0 - y2) / (2 * (y0 - 2 * y1 + y2))
dt = t[1] - t[0]
up = next(t[i - 1] + dt * -v[i - 1] / (v[i] - v[i - 1]) for i in range(1, len(v)) if v[i - 1] <= 0 < v[i])
down = next(t[i - 1] + dt * -v[i - 1] / (v[i] - v[i - 1]) for i in range(k, len(v)) if v[i - 1] > 0 >= v[i])
print('AP: peak %.6f mV at %.6f ms, 0 mV up %.6f down %.6f width %.6f ms, AHP min %.6f mV'
      % (y1 - 0.25 * (y0 - y2) * d, t[k] + d * dt, up, down, down - up, min(v[k:])))
tv, vv = None, None  # stop recording (the vectors are freed)

# the command's default run: 10 uA/cm^2 from 10 to 90 ms, 100 ms
print('command default (step 10 from 10 to 90 ms):', ['%.5f' % s for s in run(10, 80, 10, 100)])

# f-I: 1000 ms steps from t = 0
if '--fi' in sys.argv or len(sys.argv) == 1:
    for j in range(21):
        s = run(0, 1e9, float(j), 1000)
        print('J %2d: %3d spikes, %2d at t >= 500 ms, steady state %.4f Hz'
              % (j, len(s), len([x for x in s if x >= 500]), steady_frequency(s)))
    for j in (6.230, 6.232, 6.233, 6.2335, 6.234, 6.236):
        s = run(0, 1e9, j, 1000)
        print('J %.4f: %3d spikes, %2d at t >= 500 ms' % (j, len(s), len([x for x in s if x >= 500])))
