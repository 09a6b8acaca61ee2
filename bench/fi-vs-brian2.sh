#!/usr/bin/env bash
# Benchmark (not a test): the LIF f-I curve of 1000 currents x 500 ms (dt 0.1 ms, refractory 3 ms,
# 0-5 nA, the neurodynex3 exercise neuron) as a whole process, Neuron Models' launcher against
# Brian2's vectorised sweep (peers/brian2_fi_sweep.py --skip-loop) in every code generation target,
# in the same run, interleaved. Prints the wall times and the ratio to Brian2's fastest target.
#
#   bench/fi-vs-brian2.sh [--reps N] [--targets "numpy cython cpp_standalone"]
#
# Needs Debian's Brian2 (apt-get install -y python3-brian python3-scipy g++) for /usr/bin/python3,
# and the peer scripts in $PEERS (default: ../shared/peers beside the repository).
# "Whole process" means from starting the command to its exit: for Neuron Models the launcher
# script, JVM start, SciJava context, simulation, rheobase bisection and the written outputs
# (chart PNG + SVG, table CSV, outputs.json); for Brian2 Python start, import brian2, the network
# build and run, and the script's own validation (the JSON it prints gives that part's time).
set -euo pipefail

repo="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peers="${PEERS:-$repo/../shared/peers}"
python="${PYTHON:-/usr/bin/python3}"
reps=5
targets="numpy cython cpp_standalone"
while [ $# -gt 0 ]; do
	case "$1" in
		--reps) reps="$2"; shift 2 ;;
		--targets) targets="$2"; shift 2 ;;
		*) echo "usage: $0 [--reps N] [--targets \"numpy cython cpp_standalone\"]" >&2; exit 2 ;;
	esac
done
[ -f "$peers/brian2_fi_sweep.py" ] || { echo "no $peers/brian2_fi_sweep.py (set PEERS)" >&2; exit 1; }
"$python" -c 'import brian2' 2>/dev/null || {
	echo "Brian2 is missing: apt-get update && apt-get install -y python3-brian python3-scipy g++" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
ours_args='model=LIF,modelParameters="vRest=-70, vReset=-65, vThreshold=-50, resistance=10, tauM=8, tRef=3",'
ours_args+="dt=0.1,integrator=Exact,"
ours_args+="stimulus=Constant,duration=500,currentMin=0,currentMax=5,currentSteps=1000"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
ours() { "$repo/scripts/neuron-models" --headless --run "f-I Curve" "$ours_args" --out "$work/out.$1" >"$work/ours.txt"; }
brian() { "$python" "$peers/brian2_fi_sweep.py" --skip-loop --refractory 3 --N 1000 --duration 0.5 \
	--target "$1" >"$work/b2.$1.json" 2>/dev/null; }
cpu_ratio() { awk -v a="$(stat ours cpu)" -v b="$(stat "$1" cpu)" 'BEGIN { printf "%.3f", a / b }'; }

echo "warming up (build, class-data archive, Brian2 caches and compiles)..." >&2
ours warm >/dev/null 2>&1; ours warm2 >/dev/null 2>&1
for t in $targets; do brian "$t"; done

declare -A times cpus
for ((r = 1; r <= reps; r++)); do
	for t in ours $targets; do
		s=$(now_ms)
		if [ "$t" = ours ]; then
			/usr/bin/time -o "$work/cpu" -f "%U %S" "$repo/scripts/neuron-models" --headless --run "f-I Curve" \
				"$ours_args" --out "$work/out.$r" >"$work/ours.txt" 2>/dev/null
		else
			/usr/bin/time -o "$work/cpu" -f "%U %S" "$python" "$peers/brian2_fi_sweep.py" --skip-loop --refractory 3 \
				--N 1000 --duration 0.5 --target "$t" >"$work/b2.$t.json" 2>/dev/null
		fi
		times[$t]+="$(( $(now_ms) - s )) "
		cpus[$t]+="$(tail -1 "$work/cpu" | awk '{printf "%d", ($1 + $2) * 1000}') "
	done
done

stat() { local v; if [ "$2" = cpu ]; then v="${cpus[$1]}"; else v="${times[$1]}"; fi
	echo "$v" | tr ' ' '\n' | grep . | sort -n | awk -v w="$2" '{a[NR]=$1} END {
	if (w == "min") print a[1]; else print a[int((NR+1)/2)] }'; }
echo "machine load (1-minute average) at the end: $(cut -d' ' -f1 /proc/loadavg) on $(nproc) cores"
printf '%-28s %10s %10s %14s\n' "whole process (ms)" "min wall" "median" "median CPU"
best_min=""; best_med=""; best_t=""
for t in ours $targets; do
	mn=$(stat "$t" min); md=$(stat "$t" median)
	label=$t; [ "$t" = ours ] && label="Neuron Models launcher"
	[ "$t" != ours ] && label="Brian2 $t"
	printf '%-28s %10d %10d %14d\n' "$label" "$mn" "$md" "$(stat "$t" cpu)"
	if [ "$t" != ours ] && { [ -z "$best_med" ] || [ "$md" -lt "$best_med" ]; }; then
		best_med=$md; best_min=$mn; best_t=$t
	fi
done
ours_min=$(stat ours min); ours_med=$(stat ours median)
spikes=$("$python" -c "
import csv,sys
rows=list(csv.DictReader(open('$work/out.$reps/table.csv')))
print(sum(int(float(r['Spikes'])) for r in rows))")
b2spikes=$("$python" -c "import json; print(json.load(open('$work/b2.$best_t.json'))['vectorized']['total_spikes'])")
b2val=$("$python" -c "import json; print(json.load(open('$work/b2.$best_t.json'))['numpy_reference']['wall_s'])")
echo "CPU time ratio (median): $(cpu_ratio "$best_t")"
echo "Brian2's fastest mode: $best_t (its validation inside the process took ${b2val} s)"
echo "spikes in 500 ms over the 1000 currents: Neuron Models $spikes, Brian2 $b2spikes" \
	"(Brian2 holds V for t_ref - dt after the spike step, Neuron Models for t_ref)"
awk -v a="$ours_med" -v b="$best_med" -v c="$ours_min" -v d="$best_min" 'BEGIN {
	printf "ratio Neuron Models / Brian2 %s (wall): median %.3f, min %.3f (goal: at most 0.333) -> %s\n",
		"'"$best_t"'", a / b, c / d, (a / b <= 1 / 3 ? "PASS" : "FAIL") }'
