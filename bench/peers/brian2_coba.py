#!/usr/bin/python3
"""Reference rates for the COBA preset: Brette et al. (2007) benchmark 1 as in
their Brian code, in Brian2 (same model as the project's "COBA" preset):
4000 LIF (3200 exc / 800 inh), taum 20 ms, El = Vr = -60 mV, Vt = -50 mV,
refractory 5 ms, conductances in units of gL = 10 nS: we = 0.6, wi = 6.7,
taue 5 ms, taui 10 ms, Ee 0 mV, Ei -80 mV, p = 0.02, v0 = -65 + 5 randn mV,
ge0 = 4 + 1.5 randn, gi0 = 20 + 12 randn, exponential Euler, dt 0.1 ms, 1 s.
Prints one JSON line per seed: spikes and mean rate.
  /usr/bin/python3 bench/peers/brian2_coba.py [--seeds 1 2 3] [--target cython]
"""
import argparse
import json


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seeds', type=int, nargs='+', default=[1, 2, 3])
    ap.add_argument('--target', default='numpy')
    args = ap.parse_args()
    from brian2 import (seed, defaultclock, ms, mV, second, NeuronGroup, Synapses, SpikeMonitor,
                        Network, prefs)
    prefs.codegen.target = args.target
    for s in args.seeds:
        seed(s)
        defaultclock.dt = 0.1 * ms
        taum, taue, taui = 20 * ms, 5 * ms, 10 * ms
        El, Vt, Vr, Ee, Ei = -60 * mV, -50 * mV, -60 * mV, 0 * mV, -80 * mV
        eqs = '''dv/dt = (ge*(Ee-v) + gi*(Ei-v) - (v-El))/taum : volt (unless refractory)
                 dge/dt = -ge/taue : 1
                 dgi/dt = -gi/taui : 1'''
        P = NeuronGroup(4000, eqs, threshold='v>Vt', reset='v=Vr', refractory=5 * ms,
                        method='exponential_euler')
        P.v = 'El + (randn()*5 - 5)*mV'
        P.ge = 'randn()*1.5 + 4'
        P.gi = 'randn()*12 + 20'
        Ce = Synapses(P, P, on_pre='ge += 0.6')
        Ci = Synapses(P, P, on_pre='gi += 6.7')
        Ce.connect('i<3200', p=0.02)
        Ci.connect('i>=3200', p=0.02)
        m = SpikeMonitor(P)
        Network(P, Ce, Ci, m).run(1 * second)
        print(json.dumps(dict(seed=s, spikes=int(m.num_spikes), mean_rate_hz=m.num_spikes / 4000.0)), flush=True)


if __name__ == '__main__':
    main()
