#!/usr/bin/python3
"""Writes the NWB test files of Neuron Models with h5py (Debian: python3-h5py).

    make_nwb_test_files.py small DIR       small files (committed under src/test/resources/nwb)
    make_nwb_test_files.py big N FILE      one N-sample chunked, gzip-compressed int16 series, plus
                                           FILE.values.f64 (h5py's values, little-endian float64, in volts)

The layout follows NWB 2.x (core namespace): /acquisition/<CurrentClampSeries> with data
(unit, conversion, offset, resolution), starting_time (rate) or timestamps, sweep_number;
/stimulus/presentation/<CurrentClampStimulusSeries>; /units with ragged spike_times
(spike_times_index) and obs_intervals (obs_intervals_index). Datasets are chunked and gzip
compressed as NWB writers do. Object references and links (electrode) are left out: the
reader does not follow them. Everything is deterministic (fixed seeds, no clock).

small also writes DIR/expected.properties: numbers the Java tests compare with, computed
here with numpy from the values h5py reads back (data * conversion + offset, in mV/nA/ms).
"""
import math
import os
import sys

import h5py
import numpy as np

NWB_VERSION = "2.7.0"


def nwb_file(path):
    f = h5py.File(path, "w", track_order=True)
    f.attrs["namespace"] = "core"
    f.attrs["neurodata_type"] = "NWBFile"
    f.attrs["nwb_version"] = NWB_VERSION
    f.attrs["object_id"] = "00000000-0000-4000-8000-000000000000"
    f["identifier"] = "neuron-models-test"
    f["session_description"] = "Neuron Models test file"
    f["session_start_time"] = "2026-01-01T00:00:00+00:00"
    f["timestamps_reference_time"] = "2026-01-01T00:00:00+00:00"
    for g in ("acquisition", "analysis", "processing", "stimulus/presentation", "stimulus/templates",
              "general/intracellular_ephys"):
        f.require_group(g)
    return f


def series(parent, name, kind, data, unit, conversion, offset=0.0, rate=None, start=0.0, timestamps=None,
           sweep=None, chunk=1000):
    g = parent.create_group(name)
    g.attrs["namespace"] = "core"
    g.attrs["neurodata_type"] = kind
    g.attrs["description"] = "test series " + name
    g.attrs["comments"] = "no comments"
    if sweep is not None:
        g.attrs["sweep_number"] = np.uint32(sweep)
    d = g.create_dataset("data", data=data, chunks=(min(chunk, len(data)),), compression="gzip")
    d.attrs["unit"] = unit
    d.attrs["conversion"] = np.float32(conversion)
    d.attrs["offset"] = np.float32(offset)
    d.attrs["resolution"] = np.float32(-1.0)
    if timestamps is not None:
        t = g.create_dataset("timestamps", data=timestamps, chunks=(min(chunk, len(timestamps)),),
                             compression="gzip")
        t.attrs["interval"] = np.int32(1)
        t.attrs["unit"] = "seconds"
    elif rate is not None:
        s = g.create_dataset("starting_time", data=np.float64(start))
        s.attrs["rate"] = np.float32(rate)
        s.attrs["unit"] = "seconds"
    return g


def scaled(ds):
    """What an NWB reader must produce: data * conversion + offset, in float64 (unit of the dataset)."""
    conv = float(ds.attrs["conversion"])
    off = float(ds.attrs.get("offset", 0.0))
    return ds[()].astype(np.float64) * conv + off


def small(out):
    os.makedirs(out, exist_ok=True)
    expected = {}
    rng = np.random.default_rng(15)

    # 1. A three-sweep current-clamp recording: int16 voltage (conversion, offset), float32 pA stimulus.
    with nwb_file(os.path.join(out, "icephys.nwb")) as f:
        rate, n = 20000.0, 4000  # 200 ms per sweep
        for sweep in range(3):
            amp_pa = 100.0 * (sweep + 1)
            stim = np.zeros(n, dtype=np.float32)
            stim[1000:3000] = amp_pa
            v_volts = -0.065 + 0.001 * np.sin(np.arange(n) / 50.0) + stim.astype(np.float64) * 1e-4 \
                + rng.normal(0, 2e-4, n)
            conversion = np.float32(1e-5)  # volts per count (not exact in binary)
            offset = np.float32(-0.07 if sweep == 1 else 0.0)
            raw = np.round((v_volts - float(offset)) / float(conversion)).astype(np.int16)
            name = "CurrentClampSeries_%03d" % sweep
            if sweep == 2:  # time from timestamps instead of starting_time + rate
                ts = 2.0 * sweep + np.arange(n) / rate
                series(f["acquisition"], name, "CurrentClampSeries", raw, "volts", conversion, offset,
                       timestamps=ts, sweep=sweep)
            else:
                series(f["acquisition"], name, "CurrentClampSeries", raw, "volts", conversion, offset, rate=rate,
                       start=2.0 * sweep, sweep=sweep)
            sname = "CurrentClampStimulusSeries_%03d" % sweep
            series(f["stimulus/presentation"], sname, "CurrentClampStimulusSeries", stim, "amperes", 1e-12,
                   rate=rate, start=2.0 * sweep, sweep=sweep)
            v_mv = scaled(f["acquisition"][name]["data"]) * 1e3
            i_na = scaled(f["stimulus/presentation"][sname]["data"]) * 1e9
            key = "acquisition/" + name
            expected[key + ".samples"] = n
            expected[key + ".first_mV"] = v_mv[0]
            expected[key + ".sample1234_mV"] = v_mv[1234]
            expected[key + ".last_mV"] = v_mv[-1]
            expected[key + ".mean_mV"] = v_mv.mean()
            expected[key + ".start_ms"] = 2000.0 * sweep
            expected[key + ".dt_ms"] = 1000.0 / rate
            expected["stimulus/presentation/" + sname + ".sample2000_nA"] = i_na[2000]
            expected["stimulus/presentation/" + sname + ".mean_nA"] = i_na.mean()
        # a units table: ragged spike times, observation intervals
        spikes = [np.sort(rng.uniform(0, 10, 25)), np.array([0.5, 4.0, 7.0]), np.sort(rng.uniform(2, 6, 40))]
        obs = [[[0.0, 10.0]], [[0.0, 2.0], [6.0, 8.0]], [[1.0, 9.0]]]
        u = f.create_group("units")
        u.attrs.update({"namespace": "core", "neurodata_type": "Units", "description": "test units",
                        "colnames": np.array(["spike_times", "obs_intervals"], dtype=object)})
        ids = u.create_dataset("id", data=np.array([11, 12, 13], dtype=np.int64))
        ids.attrs.update({"namespace": "hdmf-common", "neurodata_type": "ElementIdentifiers"})
        flat = np.concatenate(spikes)
        st = u.create_dataset("spike_times", data=flat, chunks=(16,), compression="gzip")
        st.attrs.update({"namespace": "hdmf-common", "neurodata_type": "VectorData", "description": "spike times"})
        sti = u.create_dataset("spike_times_index", data=np.cumsum([len(s) for s in spikes]).astype(np.uint64))
        sti.attrs.update({"namespace": "hdmf-common", "neurodata_type": "VectorIndex", "description": "index"})
        oi = u.create_dataset("obs_intervals", data=np.array([r for o in obs for r in o], dtype=np.float64))
        oi.attrs.update({"namespace": "hdmf-common", "neurodata_type": "VectorData", "description": "intervals"})
        u.create_dataset("obs_intervals_index", data=np.cumsum([len(o) for o in obs]).astype(np.uint64))
        for k, (s, o) in enumerate(zip(spikes, obs)):
            inside = [t for t in s if any(a <= t <= b for a, b in o)]
            expected["units.%d.id" % k] = [11, 12, 13][k]
            expected["units.%d.count" % k] = len(s)
            expected["units.%d.observed" % k] = len(inside)
            expected["units.%d.first_ms" % k] = s[0] * 1e3
            expected["units.%d.last_ms" % k] = s[-1] * 1e3
            expected["units.%d.observed_ms" % k] = sum((b - a) for a, b in o) * 1e3

    # 2. A synthetic LIF recording (float64 volts, amperes), for the fit. V_rest -62, V_reset -68, V_th -45 mV,
    # R 12 MOhm, tau 15 ms, t_ref 1.5 ms; 2.2 nA from 20 to 180 ms of 250 ms; dt 0.1 ms; exact step
    # V <- Vinf + (V - Vinf) exp(-dt/tau) with the current at the step's start, spike when V > V_th, then
    # V_reset held for round(t_ref/dt) steps; trace = V at the start of each step.
    with nwb_file(os.path.join(out, "lif-recording.nwb")) as f:
        dt, steps = 0.1, 2500
        a = math.exp(-dt / 15.0)
        v, hold, trace = -62.0, 0, np.empty(steps)
        current = np.array([2.2 if 200 <= k < 1800 else 0.0 for k in range(steps)])
        spikes = 0
        for k in range(steps):
            trace[k] = v
            if hold > 0:
                hold -= 1
                continue
            vinf = -62.0 + 12.0 * current[k]
            x = vinf + (v - vinf) * a
            if x > -45.0:
                x, hold, spikes = -68.0, int(round(1.5 / dt)), spikes + 1
            v = x
        series(f["acquisition"], "recording", "CurrentClampSeries", trace * 1e-3, "volts", 1.0, rate=1e4,
               start=1.5, sweep=7)
        series(f["stimulus/presentation"], "stimulus", "CurrentClampStimulusSeries", current * 1e-9, "amperes",
               1.0, rate=1e4, start=1.5, sweep=7)
        expected["lif.spikes"] = spikes

    # 3. Malformed content inside an NWB file: each series breaks one rule.
    with nwb_file(os.path.join(out, "malformed.nwb")) as f:
        acq = f["acquisition"]
        ok = np.zeros(100, dtype=np.float32)
        g = series(acq, "no_rate", "CurrentClampSeries", ok, "volts", 1.0, rate=1e4, sweep=0)
        del g["starting_time"]
        g = series(acq, "rate_missing_attr", "CurrentClampSeries", ok, "volts", 1.0, rate=1e4, sweep=1)
        del g["starting_time"].attrs["rate"]
        bad = ok.copy()
        bad[57] = np.nan
        series(acq, "with_nan", "CurrentClampSeries", bad, "volts", 1.0, rate=1e4, sweep=2)
        series(acq, "odd_unit", "CurrentClampSeries", ok, "furlongs", 1.0, rate=1e4, sweep=3)
        series(acq, "image_like", "ImageSeries", ok, "volts", 1.0, rate=1e4)
    # 4. Not NWB: HDF5 without the NWB attributes; not HDF5 at all.
    with h5py.File(os.path.join(out, "plain.h5"), "w") as f:
        f["x"] = np.arange(5.0)
    with open(os.path.join(out, "not-hdf5.nwb"), "w") as f:
        f.write("time,voltage\n0,-70\n")

    with open(os.path.join(out, "expected.properties"), "w") as f:
        f.write("# written by src/test/python/make_nwb_test_files.py (h5py %s, numpy %s)\n"
                % (h5py.__version__, np.__version__))
        for k in sorted(expected):
            f.write("%s=%r\n" % (k, float(expected[k]) if not isinstance(expected[k], int) else expected[k]))


def big(n, path):
    """n int16 samples, chunks of 65536 (the last one partial), gzip; h5py's scaled values beside."""
    chunk = 65536
    with nwb_file(path) as f:
        g = f["acquisition"].create_group("big")
        g.attrs.update({"namespace": "core", "neurodata_type": "CurrentClampSeries", "sweep_number": np.uint32(0)})
        d = g.create_dataset("data", shape=(n,), dtype=np.int16, chunks=(chunk,), compression="gzip")
        d.attrs["unit"] = "volts"
        d.attrs["conversion"] = np.float32(3.1e-6)
        d.attrs["offset"] = np.float32(-0.0625)
        rng = np.random.default_rng(7)
        for s in range(0, n, 1 << 20):
            m = min(1 << 20, n - s)
            walk = np.cumsum(rng.integers(-40, 41, m)) % 60000 - 30000
            d[s:s + m] = walk.astype(np.int16)
        st = g.create_dataset("starting_time", data=np.float64(0.25))
        st.attrs["rate"] = np.float32(50000.0)
        st.attrs["unit"] = "seconds"
    with h5py.File(path, "r") as f, open(path + ".values.f64", "wb") as out:
        d = f["acquisition/big/data"]
        conv, off = float(d.attrs["conversion"]), float(d.attrs["offset"])
        for s in range(0, n, 1 << 20):
            (d[s:s + (1 << 20)].astype(np.float64) * conv + off).astype("<f8").tofile(out)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "small":
        small(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "big":
        big(int(sys.argv[2]), sys.argv[3])
    else:
        sys.exit(__doc__)
