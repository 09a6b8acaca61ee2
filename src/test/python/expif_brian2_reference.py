"""Brian2 reference for EquationExpIfVsBrian2Test: an exponential integrate-and-fire
neuron (Neuronal Dynamics / neurodynex3 parameters) under a 0.8 nA step from 20 to
280 ms, forward Euler at dt = 0.01 ms for 300 ms, numpy target.

Run: /usr/bin/python3 src/test/python/expif_brian2_reference.py
Prints the spike times (ms, Brian2 stamps the start of the crossing step) and
v (mV) at a few sample times.
"""
import sys
sys.dont_write_bytecode = True
from brian2 import (NeuronGroup, StateMonitor, SpikeMonitor, TimedArray, defaultclock, run,
                    prefs, mV, ms, nA, Mohm, start_scope)
import numpy as np

prefs.codegen.target = 'numpy'
start_scope()
defaultclock.dt = 0.01 * ms
steps = 30000
current = np.zeros(steps)
current[2000:28000] = 0.8
stim = TimedArray(current * nA, dt=defaultclock.dt)
eqs = '''
dv/dt = (-(v - v_rest) + delta_T*exp((v - v_rheo)/delta_T) + R*stim(t))/tau : volt (unless refractory)
'''
g = NeuronGroup(1, eqs, threshold='v > -30*mV', reset='v = -60*mV', refractory=2 * ms,
                method='euler', namespace=dict(v_rest=-65 * mV, delta_T=2 * mV, v_rheo=-55 * mV,
                                               R=20 * Mohm, tau=12 * ms, stim=stim))
g.v = -65 * mV
sm = SpikeMonitor(g)
st = StateMonitor(g, 'v', record=0)
run(300 * ms)
print('spikes_ms =', [round(float(x), 6) for x in sm.t / ms])
for k in (1000, 2500, 5000, 10000, 20000, 29999):
    print('v[%d] = %.17g' % (k, st.v[0][k] / mV))
