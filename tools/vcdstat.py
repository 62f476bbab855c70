#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Measure one signal of a VCD trace (the virtual board's --vcd-file, or
# any 1-bit VCD): its edges, the period between rising edges, the share of
# each period it is high, and how far the edges stray from a fixed grid.
#
#   tools/vcdstat.py F.vcd gpio5                 # the figures
#   tools/vcdstat.py F.vcd gpio5 --edges --period-ns 1000000 --tol-ns 1000
#   tools/vcdstat.py F.vcd gpio4 --duty 0.5 --duty-tol 0.0009765625 \
#       --from-ns 100000000 --to-ns 200000000
#   tools/vcdstat.py F.vcd gpio5 --grid-ns 1000000 --duties 256,1023,0,512
#
# --period-ns P --tol-ns T: every interval (between rising edges, or with
# --edges between any two edges) is within T of P, and every edge within T
# of the grid first + n * P (no drift). --duty D --duty-tol E: the high
# share of every whole period in the window is within E of D. --grid-ns G:
# the periods are G ns long from the first rising edge (so that a duty of
# 0 or full, without edges, is measured too); --duties a,b,...: the 10-bit
# duties set one after the other: every period's high share is within E
# of a/1023 (the reference's PWM_DEPTH), then of b/1023 from where it
# changes, and so on; all of them must be seen. Exit 1 when a check fails,
# with the worst figure; 2 when the signal is missing.
import argparse
import sys


def read_vcd(path, name):
    """The (time, level) changes of [name] (the first variable so named),
    the last one (time_end, level) at the trace's last time."""
    ident, changes, t = None, [], 0
    with open(path) as f:
        for line in f:
            w = line.split()
            if not w:
                continue
            if w[0] == "$var" and len(w) >= 5 and w[4] == name and ident is None:
                ident = w[3]
            elif w[0].startswith("#"):
                t = int(w[0][1:])
            elif ident is not None and w[0][0] in "01" and w[0][1:] == ident:
                level = int(w[0][0])
                if not changes or changes[-1][1] != level:
                    changes.append((t, level))
    if changes and t > changes[-1][0]:
        changes.append((t, changes[-1][1]))
    return ident, changes


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("vcd")
    ap.add_argument("signal")
    ap.add_argument("--from-ns", type=int, default=0)
    ap.add_argument("--to-ns", type=int, default=None)
    ap.add_argument("--edges", action="store_true",
                    help="intervals between all edges, not rising ones")
    ap.add_argument("--period-ns", type=int)
    ap.add_argument("--tol-ns", type=int, default=0)
    ap.add_argument("--duty", type=float)
    ap.add_argument("--duty-tol", type=float, default=1 / 1024)
    ap.add_argument("--grid-ns", type=int)
    ap.add_argument("--duties")
    a = ap.parse_args()
    ident, changes = read_vcd(a.vcd, a.signal)
    if ident is None:
        print(f"vcdstat: no signal {a.signal} in {a.vcd}")
        return 2
    end = a.to_ns if a.to_ns is not None else float("inf")
    changes = [c for c in changes if a.from_ns <= c[0] <= end]
    # the first change at #0 is the initial value, not an edge, and the
    # last may be the trace's end
    edges = [c for p, c in zip([(None, None)] + changes, changes)
             if c[0] > 0 and c[1] != p[1]]
    picked = [t for t, v in edges if a.edges or v == 1]
    intervals = [b - a_ for a_, b in zip(picked, picked[1:])]
    print(f"{a.signal}: {len(edges)} edges, {len(intervals)} intervals")
    ok = True
    if intervals:
        print(f"interval ns: min {min(intervals)} max {max(intervals)} "
              f"mean {sum(intervals) / len(intervals):.3f}")
    if a.period_ns is not None:
        worst = max((abs(i - a.period_ns) for i in intervals), default=None)
        drift = max((abs(t - (picked[0] + n * a.period_ns))
                     for n, t in enumerate(picked)), default=None)
        print(f"worst interval error {worst} ns, worst drift {drift} ns "
              f"(tolerance {a.tol_ns} ns)")
        if worst is None or worst > a.tol_ns or drift > a.tol_ns:
            ok = False
    rises = [t for t, v in edges if v == 1]
    shares = []
    if a.grid_ns is not None:
        shares = grid_shares(changes, rises, a.grid_ns)
    for r0, r1 in zip(rises, rises[1:]) if a.grid_ns is None else ():
        fall = next((t for t, v in edges if v == 0 and r0 < t < r1), None)
        if fall is not None:
            shares.append((fall - r0) / (r1 - r0))
    if shares:
        print(f"high share: min {min(shares):.6f} max {max(shares):.6f} "
              f"over {len(shares)} periods")
    if a.duty is not None:
        level = changes[-1][1] if changes else None
        if not shares:  # duty 0 or full: the level never changes
            shares = [float(level)] if level is not None else []
        worst = max((abs(s - a.duty) for s in shares), default=None)
        print(f"worst duty error {worst} (tolerance {a.duty_tol})")
        if worst is None or worst > a.duty_tol:
            ok = False
    if a.duties is not None:
        ok = check_steps(shares, [int(d) for d in a.duties.split(",")],
                         a.duty_tol) and ok
    return 0 if ok else 1


def grid_shares(changes, rises, grid):
    """The high share of each whole period of [grid] ns from the first
    rising edge to the last change."""
    if not rises:
        return []
    shares, k, t0, end = [], 0, rises[0], changes[-1][0]
    i, level = 0, 0
    while t0 + (k + 1) * grid <= end:
        lo, hi, high = t0 + k * grid, t0 + (k + 1) * grid, 0
        t = lo
        while i < len(changes) and changes[i][0] <= lo:
            level = changes[i][1]
            i += 1
        j = i
        while j < len(changes) and changes[j][0] < hi:
            high += (changes[j][0] - t) * level
            t, level = changes[j][0], changes[j][1]
            j += 1
        high += (hi - t) * level
        shares.append(high / grid)
        k += 1
    return shares


def check_steps(shares, duties, tol):
    """Do the periods' shares follow [duties] (of 1023) in order?"""
    step, worst = 0, 0.0
    for n, s in enumerate(shares):
        err = abs(s - duties[step] / 1023)
        if err > tol and step + 1 < len(duties):
            nxt = abs(s - duties[step + 1] / 1023)
            if nxt <= tol:
                step, err = step + 1, nxt
        if err > tol:
            print(f"period {n}: high share {s:.6f}, not {duties[step]}/1023"
                  + (f" nor {duties[step + 1]}/1023"
                     if step + 1 < len(duties) else ""))
            return False
        worst = max(worst, err)
    print(f"duties: {step + 1} of {len(duties)} steps seen over "
          f"{len(shares)} periods, worst error {worst:.3g} of the period")
    return step + 1 == len(duties)


if __name__ == "__main__":
    sys.exit(main())
