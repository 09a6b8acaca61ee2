// Neuron Models from the ImageJ macro language, as Fiji's macro recorder
// writes the calls: run("<command label>", "<field>=<value> ..."), where the
// keys are the commands' @Parameter field names and values containing spaces
// are put in [brackets]. Inputs left out keep the commands' defaults.
//
// IJ1 macros need Fiji (ImageJ 1.x with the ImageJ2 legacy layer) and the
// Neuron Models jar in Fiji.app/jars: open this file in the Script Editor
// (Language: IJ1 Macro) and Run. The headless launcher does not run macros;
// the same steps without Fiji:
//   ./scripts/neuron-models --headless --run "Leaky Integrate-and-Fire" "amplitude=1.55, ..."
//   ./scripts/neuron-models --headless --run scripts/tau-current-sweep.groovy ""

// 1. The classic LIF tutorial: a 1.55 nA step from 100 to 400 ms gives 8 spikes (26.67 Hz).
//    Outputs: the voltage chart, the raster image, the spike and trace tables.
run("Leaky Integrate-and-Fire", "stimulus=Step amplitude=1.55 stimStart=100 stimStop=400 vRest=-70 vReset=-75 vThreshold=-55 resistance=10 tauM=10 tRef=0 dt=0.1 duration=500 integrator=Exact");

// 2. The same neuron driven by a 20 Hz sine around 1.6 nA.
run("Leaky Integrate-and-Fire", "stimulus=Sine amplitude=0.4 offset=1.6 frequency=20 stimStart=0 stimStop=500 vRest=-70 vReset=-75 vThreshold=-55 resistance=10 tauM=10 tRef=0 duration=500");

// 3. Firing rate over membrane time constant x step current: a table (one row per
//    point), a heatmap calibrated in log10(ms) and nA, a chart and a 3 x 3 grid of traces.
run("Parameter Sweep", "command=[Leaky Integrate-and-Fire] parameter1=tauM values1=[5, 50, 10, Log] parameter2=amplitude values2=[1, 4, 7, Linear] measure=firingRate fixedInputs=[duration=500, stimStart=50, stimStop=450] threads=0 tracesPerAxis=3");

// 4. A 1-D sweep: the f-I curve of the default LIF neuron with a constant current.
run("Parameter Sweep", "command=[Leaky Integrate-and-Fire] parameter1=amplitude values1=[0, 5, 21, Linear] parameter2=[] measure=firingRate fixedInputs=[stimulus=Constant, duration=1000]");
