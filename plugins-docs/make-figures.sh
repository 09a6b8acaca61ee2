#!/usr/bin/env bash
# Regenerates the figures of plugins-docs/ that come from the headless launcher.
# Usage: plugins-docs/make-figures.sh   (from anywhere; builds the project on first use)
set -euo pipefail
docs="$(cd "$(dirname "$0")" && pwd)"
launcher="$docs/../scripts/neuron-models"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

figure() { # figure <image name> <command label> <arguments> [output name]
	"$launcher" --headless --run "$2" "$3" --out "$tmp/$1" > /dev/null
	cp "$tmp/$1/${4:-chart}.png" "$docs/images/$1.png"
	echo "plugins-docs/images/$1.png"
}

figure leaky-integrate-and-fire "Leaky Integrate-and-Fire" ""
figure exponential-integrate-and-fire "Exponential Integrate-and-Fire" ""
figure adex "AdEx" ""
figure hodgkin-huxley "Hodgkin-Huxley" ""
figure izhikevich "Izhikevich" 'preset="(C) tonic bursting"'
figure izhikevich-phase-plane "Izhikevich" 'preset="(C) tonic bursting"' phasePlane
figure izhikevich-gallery "Izhikevich Gallery" "" gallery
figure izhikevich-gallery-consistent "Izhikevich Gallery" 'integration="Consistent"' gallery
figure f-i-curve "f-I Curve" 'interpolateSpikes=true'
figure spike-train-statistics "Spike Train Statistics" ""
figure subthreshold-frequency-response "Subthreshold Frequency Response" ""
# Fit LIF to Recording: a LIF neuron driven by OU noise (the LIF command's trace table is the recording)
"$launcher" --headless --run "Leaky Integrate-and-Fire" 'stimulus="OU noise",offset=2,amplitude=0.6,duration=300' \
	--out "$tmp/recording" > /dev/null
figure fit-lif-to-recording "Fit LIF to Recording" "recordingFile=\"$tmp/recording/traceTable.csv\""
# Fit LIF to Recording from an NWB sweep (a numpy-simulated LIF recording starting at 1.5 s, test resources)
figure fit-lif-to-recording-nwb "Fit LIF to Recording" \
	"recordingFile=\"$docs/../src/test/resources/nwb/lif-recording.nwb\",series=\"7\""
figure parameter-sweep-chart "Parameter Sweep" "" chart
figure parameter-sweep-traces "Parameter Sweep" "" traceChart
# Equation Neuron: the library of plugins-docs/equation-neuron.md (each model's text is on that page)
figure equation-neuron "Equation Neuron" ""
figure equation-adex "Equation Neuron" 'equations="dv/dt = (-(v - vRest) + deltaT*exp((v - vT)/deltaT) + R*(I - w))/tauM : volt; dw/dt = (a*(v - vRest) - w)/tauW : amp",threshold="v > vSpike",reset="v = vReset; w += b",refractory="",parameters="tauM = 5*ms, R = 500*Mohm, vRest = -70*mV, vReset = -51*mV, vT = -50*mV, deltaT = 2*mV, a = 0.5*nS, tauW = 100*ms, b = 7*pA, vSpike = -30*mV",initialValues="v = vRest, w = 0*nA",integrator=Euler,dt=0.01,duration=400,stimStart=10,stimStop=250,amplitude=0.065'
figure equation-izhikevich "Equation Neuron" 'equations="dv/dt = (0.04/ms/mV)*v**2 + (5/ms)*v + 140*mV/ms - u + I*Mohm/ms : volt; du/dt = a*(b*v - u) : volt/second",threshold="v >= 30*mV",reset="v = c; u += d",refractory="",parameters="a = 0.02/ms, b = 0.2/ms, c = -50*mV, d = 2*mV/ms",initialValues="v = c, u = b*c",integrator=Euler,dt=0.1,duration=300,amplitude=10'
figure equation-synapse "Equation Neuron" 'equations="dv/dt = (-(v - EL) + R*gS*s*(ES - v))/tau : volt (unless refractory); ds/dt = -s/tauS + alpha*I/nA*(1 - s) : 1",threshold="v > vTh",reset="v = vReset",refractory="2*ms",parameters="EL = -70*mV, ES = 0*mV, R = 100*Mohm, gS = 40*nS, tau = 10*ms, tauS = 5*ms, alpha = 0.5/ms, vTh = -50*mV, vReset = -70*mV",initialValues="v = EL",integrator="Exponential Euler",stimulus="Pulse train",frequency=20,pulseWidth=1,amplitude=1,stimStart=20,stimStop=280,duration=300'
figure equation-hh "Equation Neuron" 'equations="dv/dt = (gl*(El - v) - gNa*m**3*h*(v - ENa) - gK*n**4*(v - EK) + I)/Cm : volt; dm/dt = alpha_m*(1 - m) - beta_m*m : 1; dn/dt = alpha_n*(1 - n) - beta_n*n : 1; dh/dt = alpha_h*(1 - h) - beta_h*h : 1; alpha_m = 1/exprel(-(v + 40*mV)/(10*mV))/ms : Hz; beta_m = 4*exp(-(v + 65*mV)/(18*mV))/ms : Hz; alpha_h = 0.07*exp(-(v + 65*mV)/(20*mV))/ms : Hz; beta_h = 1/(exp(-(v + 35*mV)/(10*mV)) + 1)/ms : Hz; alpha_n = 0.1/exprel(-(v + 55*mV)/(10*mV))/ms : Hz; beta_n = 0.125*exp(-(v + 65*mV)/(80*mV))/ms : Hz; I : uA/cm**2",threshold="v > -20*mV",reset="",refractory="3*ms",parameters="Cm = 1*uF/cm**2, gNa = 120*mS/cm**2, gK = 36*mS/cm**2, gl = 0.3*mS/cm**2, ENa = 50*mV, EK = -77*mV, El = -54.387*mV",initialValues="v = -65*mV, m = 0.0529, h = 0.5961, n = 0.3177",integrator="Exponential Euler",dt=0.01,duration=200,amplitude=10'
