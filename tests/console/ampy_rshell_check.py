# SPDX-License-Identifier: MIT
"""ampy and rshell against espy's UART0: checkouts of both outside this
repository (ampy at its release 1.1.0; rshell's main branch), unmodified,
run with /usr/bin/python3 (Debian's python3-serial, python3-click,
python3-dotenv, python3-pyudev) against one `espy --uart0 pty` on a new
flash image. ampy: ls, run of a 200-line file (its output must be what
python3 prints for it), put and get (text; 1 KB of all 256 byte values),
mkdir, ls -r -l, rm, rmdir, the error for a missing file, reset. rshell
(over a serial port it moves files as hexlify's text through sys.stdin
and sys.stdout): ls -l, cp both ways, cat, mkdir, rsync of a tree both
ways, rm -r, repl, boards. One line per check. Not part of make test (the
checkouts are not ours); docs/console.md gives the results.

    /usr/bin/python3 tests/console/ampy_rshell_check.py --ampy DIR \\
        --rshell DIR [--espy build/host/espy]"""
import argparse
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mptools_check import new_board, run_checks  # noqa: E402


def files(d):
    """The host side's files: (text, data, tree) paths."""
    text = os.path.join(d, "t.py")
    with open(text, "w") as f:
        f.write("print('from t')\n" * 3)
    data = os.path.join(d, "all.bin")
    with open(data, "wb") as f:
        f.write(bytes(range(256)) * 4)
    tree = os.path.join(d, "tree")
    os.makedirs(os.path.join(tree, "sub", "deeper"))
    for rel, content in (("m.py", b"X = 1\n"),
                         ("sub/b.bin", bytes(range(255, -1, -1)) * 3),
                         ("sub/deeper/n.txt", b"deep\n")):
        with open(os.path.join(tree, rel), "wb") as f:
            f.write(content)
    return text, data, tree


def same_files(a, b):
    def check(out, err):
        with open(a, "rb") as f, open(b, "rb") as g:
            return f.read() == g.read()
    return check


def same_trees(a, b):
    def check(out, err):
        return subprocess.run(["diff", "-r", a, b]).returncode == 0
    return check


def has(*parts):
    return lambda out, err: all(p in out + err for p in parts)


def ampy_checks(o, d, pty, prog, want_run):
    text, data, _ = files(d)
    with open(text) as f:
        text_content = f.read()
    back = os.path.join(d, "ampy_back.bin")
    a = ["-m", "ampy.cli", "-p", pty]
    cwd = os.path.abspath(o.ampy)
    return [
        ("ampy ls", cwd, a + ["ls"], 0, "/boot.py\n"),
        ("ampy run (200 lines)", cwd, a + ["run", prog], 0, want_run),
        ("ampy put (text)", cwd, a + ["put", text, "/t.py"], 0, ""),
        ("ampy get (text)", cwd, a + ["get", "/t.py"], 0,
         text_content + "\n"),
        ("ampy put (binary)", cwd, a + ["put", data, "/all.bin"], 0, ""),
        ("ampy get (binary) to a file", cwd,
         a + ["get", "/all.bin", back], 0, same_files(data, back)),
        ("ampy mkdir", cwd, a + ["mkdir", "/d"], 0, ""),
        ("ampy put into it", cwd, a + ["put", text, "/d/t.py"], 0, ""),
        ("ampy ls -r -l", cwd, a + ["ls", "-r", "-l"], 0,
         has("/all.bin - 1024 bytes", "/d/t.py - 48 bytes",
             "/boot.py - 228 bytes")),
        ("ampy rm", cwd, a + ["rm", "/t.py"], 0, ""),
        ("ampy rmdir (a tree)", cwd, a + ["rmdir", "/d"], 0, ""),
        ("ampy ls after", cwd, a + ["ls"], 0, "/all.bin\n/boot.py\n"),
        ("ampy get of a missing file", cwd, a + ["get", "/nope"], 1,
         has("RuntimeError: No such file: /nope")),
        ("ampy reset", cwd, a + ["reset"], 0, ""),
    ]


def rshell_checks(o, d, pty):
    os.mkdir(os.path.join(d, "rs"))
    _, data, tree = files(os.path.join(d, "rs"))
    back = os.path.join(d, "rs", "back.bin")
    tree2 = os.path.join(d, "rs", "tree2")
    os.mkdir(tree2)
    r = ["-m", "rshell.main", "--quiet", "-p", pty]
    cwd = os.path.abspath(o.rshell)
    return [
        ("rshell ls -l", cwd, r + ["ls", "-l", "/pyboard"], 0,
         has("228 Jan  1 2000  boot.py")),
        ("rshell cp to the board", cwd,
         r + ["cp", data, "/pyboard/r.bin"], 0,
         lambda out, err: "Copying" in out and "error" not in err),
        ("rshell cp from the board", cwd,
         r + ["cp", "/pyboard/r.bin", back], 0, same_files(data, back)),
        ("rshell cat", cwd, r + ["cat", "/pyboard/boot.py"], 0,
         has("# This file is executed on every boot")),
        ("rshell mkdir", cwd, r + ["mkdir", "/pyboard/m"], 0, ""),
        ("rshell rsync to the board", cwd,
         r + ["rsync", tree, "/pyboard/m/tree"], 0, has("Adding")),
        ("rshell rsync from the board", cwd,
         r + ["rsync", "/pyboard/m/tree", tree2], 0, same_trees(tree, tree2)),
        ("rshell rm -r", cwd, r + ["rm", "-r", "/pyboard/m"], 0, ""),
        ("rshell ls after", cwd, r + ["ls", "/pyboard"], 0,
         has("boot.py", "r.bin")),
        ("rshell repl", cwd, r + ["repl ~ print(6 * 7) ~"], 0,
         has(">>> print(6 * 7)", "42\n")),
        ("rshell boards", cwd, r + ["boards"], 0,
         has("pyboard @ %s connected Epoch: 2000" % pty)),
    ]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ampy", required=True, help="ampy checkout")
    ap.add_argument("--rshell", required=True, help="rshell checkout")
    ap.add_argument("--espy", default="build/host/espy")
    o = ap.parse_args()
    d, prog, want_run, b = new_board(o.espy)
    checks = ampy_checks(o, d, b.where, prog, want_run)
    failed = run_checks(checks)
    more = rshell_checks(o, d, b.where)
    failed += run_checks(more)
    err = b.close()
    if err.strip() and "UART0" not in err:
        print("espy stderr:", err)
    shutil.rmtree(d, ignore_errors=True)
    print("ampy_rshell: %d passed, %d failed"
          % (len(checks) + len(more) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
