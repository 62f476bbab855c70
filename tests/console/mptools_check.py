# SPDX-License-Identifier: MIT
"""MicroPython's own host tools against espy's UART0: tools/pyboard.py and
tools/mpremote of a MicroPython checkout outside this repository,
unmodified, run with /usr/bin/python3 (Debian's python3-serial) against
one `espy --uart0 pty`. Checks exec, eval, run of a 200-line file (its
output must be what python3 prints for it), soft-reset and resume, each
tool opening and closing the pseudo-terminal in turn. Not part of make
test (the checkout is not ours); docs/console.md gives the results.

    python3 tests/console/mptools_check.py --mp /path/to/micropython \\
        [--espy build/host/espy]"""
import argparse
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pyclient import Board  # noqa: E402

PY = "/usr/bin/python3"


def program_200():
    """A 200-line program whose output CPython and espy agree on."""
    lines = ["# 200 lines: functions, classes, loops, strings, dicts"]
    for i in range(40):
        lines.append("def f%d(x):" % i)
        lines.append("    return x * %d + %d" % (i + 1, i))
    lines.append("class Acc:")
    lines.append("    def __init__(self):")
    lines.append("        self.items = []")
    lines.append("    def add(self, v):")
    lines.append("        self.items.append(v)")
    lines.append("        return self")
    lines.append("    def total(self):")
    lines.append("        return sum(self.items)")
    lines.append("acc = Acc()")
    for i in range(40):
        lines.append("acc.add(f%d(%d))" % (i, i))
    lines.append("print('total', acc.total())")
    lines.append("words = {}")
    lines.append("for w in 'the quick brown fox jumps over the lazy dog the end'.split():")
    lines.append("    words[w] = words.get(w, 0) + 1")
    lines.append("print(sorted(words.items()))")
    while len(lines) < 199:
        n = len(lines)
        lines.append("print(%d, %r, [k * k for k in range(%d)][-1:])"
                     % (n, "line %d" % n, n % 7 + 1))
    lines.append("print('done')")
    return "\n".join(lines) + "\n"


def tool(args, cwd):
    r = subprocess.run([PY] + args, cwd=cwd, capture_output=True,
                       timeout=60)
    out = r.stdout.decode(errors="replace").replace("\r\n", "\n")
    return r.returncode, out, r.stderr.decode(errors="replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mp", required=True, help="MicroPython checkout")
    ap.add_argument("--espy", default="build/host/espy")
    o = ap.parse_args()
    tools = os.path.join(os.path.abspath(o.mp), "tools")
    d = tempfile.mkdtemp()
    prog = os.path.join(d, "prog200.py")
    with open(prog, "w") as f:
        f.write(program_200())
    want_run = subprocess.run([sys.executable, prog], capture_output=True,
                              text=True).stdout
    b = Board([os.path.abspath(o.espy)], cwd=d)
    b.disconnect()  # the tools open the port themselves
    pty = b.where
    pyb = ["pyboard.py", "-d", pty]
    mpr = ["-m", "mpremote", "connect", pty]
    mpdir = os.path.join(tools, "mpremote")
    checks = [
        ("pyboard.py -c", tools, pyb + ["-c", "print(1 + 1)"], 0, "2\n"),
        ("pyboard.py FILE (200 lines)", tools, pyb + [prog], 0, want_run),
        ("mpremote exec", mpdir, mpr + ["exec", "a = 5"], 0, ""),
        ("mpremote resume exec", mpdir, mpr + ["resume", "exec", "print(a)"],
         0, "5\n"),
        ("mpremote eval", mpdir, mpr + ["resume", "eval", "2 ** 70"], 0,
         "1180591620717411303424\n"),
        ("mpremote run (200 lines)", mpdir, mpr + ["run", prog], 0, want_run),
        ("mpremote exec (soft reset first)", mpdir,
         mpr + ["exec", "b = 7"], 0, ""),
        ("mpremote soft-reset", mpdir, mpr + ["soft-reset"], 0, ""),
        ("mpremote resume after soft-reset", mpdir,
         mpr + ["resume", "exec", "print('b' in globals())"], 0, "False\n"),
    ]
    failed = 0
    for name, cwd, args, rc_want, out_want in checks:
        rc, out, err = tool(args, cwd)
        ok = rc == rc_want and out == out_want
        failed += not ok
        print("%s %s" % ("ok  " if ok else "FAIL", name))
        if not ok:
            print("  rc %d (want %d)\n  out %r\n  want %r\n  err %r"
                  % (rc, rc_want, out[-300:], out_want[-300:], err[-300:]))
    err = b.close()
    print("mptools: %d passed, %d failed" % (len(checks) - failed, failed))
    if err.strip() and "UART0" not in err:
        print("espy stderr:", err)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
