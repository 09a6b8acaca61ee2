#!/usr/bin/env bash
# A 10^6-point LIF sweep (1000 tauM x 1000 currents, 100 ms each) run on this computer and as 16 SLURM
# array tasks (../shared/slurm/start-single-node.sh must be up), with the same jar; prints both wall
# times, the load, and whether the two tables are identical (SHA-256 of table.csv).
#   bench/slurm-sweep.sh [OUT_DIR] [SHARDS]
set -euo pipefail
cd "$(dirname "$0")/.."
out="$(realpath -m "${1:-target/slurm-bench}")"; shards="${2:-16}"
rm -rf "$out"; mkdir -p "$out"
# a copy of the jar and the class path, so that a rebuild during the run cannot change the tasks' jars
mvn -B -q -o -DskipTests package dependency:build-classpath -Dmdep.outputFile="$out/cp.txt" -DincludeScope=runtime >&2
cp target/neuron-models-*-SNAPSHOT.jar "$out/nm.jar" 2>/dev/null || cp "$(ls target/neuron-models-*.jar | grep -v -e sources -e tests | head -1)" "$out/nm.jar"
cp="$out/nm.jar:$(cat "$out/cp.txt")"
args='parameter1=tauM, values1="5, 50, 1000, Log", parameter2=amplitude, values2="1, 4, 1000", measure=firingRate, fixedInputs="duration=100, stimStart=10, stimStop=90", tracesPerAxis=0'
run() { # name, extra inputs
	local start end
	echo "load before $1: $(cut -d' ' -f1-3 /proc/loadavg)"
	start=$(date +%s.%N)
	java -Xmx6g -XX:+UseSerialGC -Djava.awt.headless=true -cp "$cp" org.neuronmodels.app.NeuronModelsLauncher \
		--headless --run "Parameter Sweep" "$args$2" --out "$out/$1" > "$out/$1.stdout" 2> "$out/$1.stderr"
	end=$(date +%s.%N)
	echo "$1: $(echo "$end - $start" | bc) s wall; load after: $(cut -d' ' -f1-3 /proc/loadavg)"
}
run local ""
run slurm ", executor=SLURM, shards=$shards, slurmOptions=\"--partition=debug\""
grep -h "^points\|^method" "$out/local.stdout" "$out/slurm.stdout"
sha256sum "$out/local/table.csv" "$out/slurm/table.csv"
if cmp -s "$out/local/table.csv" "$out/slurm/table.csv"; then echo "tables identical"; else echo "TABLES DIFFER"; exit 1; fi
