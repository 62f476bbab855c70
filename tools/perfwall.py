#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Wall time of MicroPython's perf_bench programs, espy against CPython 3 in
# the same run: each program with perf_bench/benchrun.py and
# bm_run(5000, 1000) appended, benchrun's own timer, best of 3 runs each.
#   tools/perfwall.py ESPY [PERF_BENCH_DIR]
# (the suite lives outside the repository: a MicroPython checkout's
# tests/perf_bench/). Prints each program's ratio and the geometric mean.
import glob, math, os, subprocess, sys, tempfile

espy = os.path.abspath(sys.argv[1])
bench = (sys.argv[2] if len(sys.argv) > 2 else "../micropython/tests/perf_bench").rstrip("/") + "/"
tmp = tempfile.mkdtemp()
runner = open(bench + "benchrun.py").read()
rows = []
for f in sorted(glob.glob(bench + "*.py")):
    name = os.path.basename(f)[:-3]
    if name == "benchrun":
        continue
    src = open(f).read() + "\n" + runner + "\nbm_run(5000, 1000)\n"
    path = os.path.join(tmp, name + ".py")
    open(path, "w").write(src)
    best = {}
    outs = {}
    for label, cmd in (("espy", [espy, path]), ("cpython", ["python3", path])):
        for _ in range(3):
            try:
                p = subprocess.run(cmd, capture_output=True, text=True, timeout=300, cwd=bench)
            except subprocess.TimeoutExpired:
                break
            line = p.stdout.strip().splitlines()[-1] if p.stdout.strip() else ""
            parts = line.split(None, 2)
            if len(parts) < 2 or not parts[0].lstrip("-").isdigit() or int(parts[0]) < 0:
                break
            t = int(parts[0])
            outs[label] = parts[2] if len(parts) > 2 else ""
            best[label] = min(best.get(label, t), t)
    if "espy" in best and "cpython" in best:
        ok = outs.get("espy") == outs.get("cpython")
        r = best["espy"] / best["cpython"]
        rows.append((name, best["espy"], best["cpython"], r, ok))
        print("%-22s espy %9d us  cpython %9d us  ratio %.2f %s" % (name, best["espy"], best["cpython"], r, "" if ok else "(output differs)"), flush=True)
    else:
        print("%-22s skipped (%s)" % (name, ",".join(sorted(best))), flush=True)
g = math.exp(sum(math.log(r[3]) for r in rows) / len(rows))
print("geomean espy/cpython over %d programs: %.2f" % (len(rows), g))
