# SPDX-License-Identifier: MIT
"""MicroPython's own host tools against espy's UART0: tools/pyboard.py and
tools/mpremote of a MicroPython checkout outside this repository,
unmodified, run with /usr/bin/python3 (Debian's python3-serial) against
one `espy --uart0 pty` on a new flash image (its clock real, as with any
client on a pty: mpremote mount polls the UART with 1 s timeouts). Checks exec, eval, run of a 200-line
file (its output must be what python3 prints for it), soft-reset and
resume, then mpremote's filesystem commands on the board's littlefs: fs
ls, cat, cp both ways (text, and 1 KB of all 256 byte values; -r of a
tree), rm (-r), mkdir, rmdir, sha256sum, touch, tree, df, their error
messages, and mount of a
host directory with a program run from it that imports a module and
writes a file back; last, a FAT image made by tools/fsimage boots (its
main.py runs), mpremote lists it and copies a file onto it, and
tools/fsimage extracts that file. Each tool opens and closes the
pseudo-terminal in turn; one line per check. Not part of make test (the checkout is not
ours); docs/console.md gives the results.

    python3 tests/console/mptools_check.py --mp /path/to/micropython \\
        [--espy build/host/espy]"""
import argparse
import hashlib
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


def new_board(espy):
    """A temporary folder with the 200-line program, what python3 prints
    for it, and espy on a new flash image there with UART0 on a pty, the
    port closed for the tool to open: (folder, program, output, Board)."""
    d = tempfile.mkdtemp()
    prog = os.path.join(d, "prog200.py")
    with open(prog, "w") as f:
        f.write(program_200())
    want_run = subprocess.run([sys.executable, prog], capture_output=True,
                              text=True).stdout
    b = Board([os.path.abspath(espy)], cwd=d,
              args=["--flash", os.path.join(d, "flash.img")])
    b.disconnect()
    return d, prog, want_run, b


def tool(args, cwd):
    try:
        r = subprocess.run([PY] + args, cwd=cwd, capture_output=True,
                           timeout=60)
    except subprocess.TimeoutExpired:
        return -1, "", "timed out after 60 s"
    out = r.stdout.decode(errors="replace").replace("\r\n", "\n")
    return r.returncode, out, r.stderr.decode(errors="replace")


def fs_checks(d, mpdir, mpr):
    """mpremote's fs commands, df and mount, on the board's filesystem."""
    text = "two lines\nof text\n"
    data = bytes(range(256)) * 4
    for name, content in (("t.txt", text.encode()), ("all.bin", data)):
        with open(os.path.join(d, name), "wb") as f:
            f.write(content)
    mnt = os.path.join(d, "mnt")
    os.mkdir(mnt)
    with open(os.path.join(mnt, "prog.py"), "w") as f:
        f.write("import helper\n"
                "n = len(open('input.txt').read())\n"
                "b = open('all.bin', 'rb').read()\n"
                "open('result.txt', 'w').write('board read %d' % n)\n"
                "open('back.bin', 'wb').write(b)\n"
                "print('prog ran', helper.X, n, b == bytes(range(256)) * 4)\n")
    with open(os.path.join(mnt, "all.bin"), "wb") as f:
        f.write(data)
    with open(os.path.join(mnt, "helper.py"), "w") as f:
        f.write("X = 6 * 7\n")
    with open(os.path.join(mnt, "input.txt"), "w") as f:
        f.write("x" * 5000)

    def host_file(name, content):
        def check(out, err):
            with open(os.path.join(d, name), "rb") as f:
                return f.read() == content
        return check

    def mount_ran(out, err):
        with open(os.path.join(mnt, "result.txt")) as f:
            back = f.read()
        with open(os.path.join(mnt, "back.bin"), "rb") as f:
            back_bin = f.read()
        os.remove(os.path.join(mnt, "back.bin"))
        return ("prog ran 42 5000 True\n" in out
                and back == "board read 5000" and back_bin == data)

    def df_ok(out, err):
        lines = out.splitlines()
        return (len(lines) == 2 and lines[0].split()[:2] == ["filesystem", "size"]
                and lines[1].split()[-5] == str(763 * 4096)
                and lines[1].split()[-1] == "/")

    tree = os.path.join(d, "tree")
    os.makedirs(os.path.join(tree, "sub", "deeper"))
    for rel, content in (("a.txt", b"a\n"), ("sub/b.bin", data),
                         ("sub/deeper/c.py", b"print('c')\n")):
        with open(os.path.join(tree, rel), "wb") as f:
            f.write(content)

    def tree_back(out, err):
        r = subprocess.run(["diff", "-r", tree, os.path.join(d, "tree_back")],
                           capture_output=True)
        return r.returncode == 0

    sha = hashlib.sha256(data).hexdigest()
    fs = mpr + ["fs"]
    return [
        ("fs ls (new board)", mpdir, fs + ["ls"], 0,
         "ls :\n         228 boot.py\n"),
        ("fs cat", mpdir, fs + ["cat", ":boot.py"], 0,
         lambda out, err: "#webrepl.start()\ngc.collect()\n" in out),
        ("fs cp text to board", mpdir, fs + ["cp", os.path.join(d, "t.txt"), ":t.txt"],
         0, "cp %s :t.txt\n" % os.path.join(d, "t.txt")),
        ("fs cat text", mpdir, fs + ["cat", ":t.txt"], 0, text),
        ("fs cp binary to board", mpdir, fs + ["cp", os.path.join(d, "all.bin"),
                                            ":all.bin"],
         0, "cp %s :all.bin\n" % os.path.join(d, "all.bin")),
        ("fs ls (sizes)", mpdir, fs + ["ls"], 0,
         "ls :\n        1024 all.bin\n         228 boot.py\n"
         "          18 t.txt\n"),
        ("fs cp binary from board", mpdir,
         fs + ["cp", ":all.bin", os.path.join(d, "back.bin")], 0,
         host_file("back.bin", data)),
        ("fs cp text from board", mpdir,
         fs + ["cp", ":t.txt", os.path.join(d, "back.txt")], 0,
         host_file("back.txt", text.encode())),
        ("fs sha256sum", mpdir, fs + ["sha256sum", ":all.bin"], 0,
         "sha256sum :all.bin\n%s\n" % sha),
        ("fs mkdir", mpdir, fs + ["mkdir", ":sub"], 0, "mkdir :sub\n"),
        ("fs cp into a directory", mpdir,
         fs + ["cp", os.path.join(d, "t.txt"), ":sub/t2.txt"], 0,
         "cp %s :sub/t2.txt\n" % os.path.join(d, "t.txt")),
        ("fs rmdir (not empty: error)", mpdir, fs + ["rmdir", ":sub"], 1,
         lambda out, err: "rmdir: sub: Directory not empty." in out + err),
        ("fs mkdir (exists: error)", mpdir, fs + ["mkdir", ":sub"], 1,
         lambda out, err: "mkdir: sub: File exists." in out + err),
        ("fs tree", mpdir, fs + ["tree"], 0,
         lambda out, err: "sub" in out and "t2.txt" in out),
        ("fs rm", mpdir, fs + ["rm", ":sub/t2.txt"], 0, "rm :sub/t2.txt\n"),
        ("fs rmdir", mpdir, fs + ["rmdir", ":sub"], 0, "rmdir :sub\n"),
        ("fs rm t.txt", mpdir, fs + ["rm", ":t.txt"], 0, "rm :t.txt\n"),
        ("fs touch", mpdir, fs + ["touch", ":empty"], 0, "touch :empty\n"),
        ("fs ls (after rm, rmdir, touch)", mpdir, fs + ["ls"], 0,
         "ls :\n        1024 all.bin\n         228 boot.py\n"
         "           0 empty\n"),
        ("fs cat (missing: error)", mpdir, fs + ["cat", ":nope"], 1,
         lambda out, err: "cat: nope: No such file or directory." in out + err),
        ("fs rm (missing: error)", mpdir, fs + ["rm", ":nope"], 1,
         lambda out, err: "rm: nope: No such file or directory." in out + err),
        ("fs cp -r to board", mpdir, fs + ["cp", "-r", tree, ":tree"], 0,
         "cp %s :tree\n" % tree),
        ("fs cp -r from board", mpdir,
         fs + ["cp", "-r", ":tree", os.path.join(d, "tree_back")], 0,
         tree_back),
        ("fs rm -r", mpdir, fs + ["rm", "-r", ":tree"], 0,
         lambda out, err: "tree" not in tool(fs + ["ls"], mpdir)[1]),
        ("df", mpdir, mpr + ["df"], 0, df_ok),
        ("mount + exec import (program run from the host)", mpdir,
         mpr + ["mount", mnt, "exec", "import prog"], 0, mount_ran),
        ("mount + run", mpdir, mpr + ["mount", mnt, "run",
                                      os.path.join(mnt, "prog.py")], 0,
         mount_ran),
    ]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mp", required=True, help="MicroPython checkout")
    ap.add_argument("--espy", default="build/host/espy")
    o = ap.parse_args()
    tools = os.path.join(os.path.abspath(o.mp), "tools")
    d, prog, want_run, b = new_board(o.espy)
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
    checks += fs_checks(d, mpdir, mpr)
    failed = run_checks(checks)
    err = b.close()
    if err.strip() and "UART0" not in err:
        print("espy stderr:", err)
    n, f = image_checks(o, d, mpdir)
    print("mptools: %d passed, %d failed"
          % (len(checks) + n - failed - f, failed + f))
    return 1 if failed + f else 0


def run_checks(checks):
    """Runs each (name, cwd, args, rc, want) and prints its line: the
    number that failed."""
    failed = 0
    for name, cwd, args, rc_want, out_want in checks:
        rc, out, err = tool(args, cwd)
        if callable(out_want):
            ok = rc == rc_want and out_want(out, err)
            out_want = "(see %s)" % name
        else:
            ok = rc == rc_want and out == out_want
        failed += not ok
        print("%s %s" % ("ok  " if ok else "FAIL", name))
        if not ok:
            print("  rc %d (want %d)\n  out %r\n  want %r\n  err %r"
                  % (rc, rc_want, out[-300:], out_want[-300:], err[-300:]))
    return failed


def image_checks(o, d, mpdir):
    """A FAT image made on the PC by tools/fsimage: the board boots it
    (its main.py runs), mpremote lists it and copies a file onto it, and
    tools/fsimage extracts that file afterwards: (checks, failed)."""
    espy = os.path.abspath(o.espy)
    fsimage = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                           "..", "..", "tools", "fsimage")
    src = os.path.join(d, "imgsrc")
    os.makedirs(os.path.join(src, "lib"))
    with open(os.path.join(src, "main.py"), "w") as f:
        f.write("open('ran.txt', 'w').write('main.py ran')\n")
    with open(os.path.join(src, "lib", "util.py"), "w") as f:
        f.write("X = 1\n")
    img = os.path.join(d, "fat.img")
    env = dict(os.environ, ESPY=espy)
    r = subprocess.run([fsimage, "build", src, img, "--fs", "fat"], env=env,
                       capture_output=True, text=True)
    if r.returncode != 0:
        print("FAIL tools/fsimage build\n  %s" % r.stderr)
        return 1, 1
    b = Board([espy], cwd=d, args=["--flash", img])
    b.disconnect()
    fs = ["-m", "mpremote", "connect", b.where, "fs"]
    data = bytes(range(256)) * 16
    with open(os.path.join(d, "k4.bin"), "wb") as f:
        f.write(data)
    checks = [
        ("image by tools/fsimage: fs ls", mpdir, fs + ["ls"], 0,
         "ls :\n           0 lib/\n          42 main.py\n"
         "          11 ran.txt\n"),
        ("image by tools/fsimage: fs cp to board", mpdir,
         fs + ["cp", os.path.join(d, "k4.bin"), ":lib/k4.bin"], 0,
         "cp %s :lib/k4.bin\n" % os.path.join(d, "k4.bin")),
    ]
    failed = run_checks(checks)
    b.close()
    back = os.path.join(d, "back")
    r = subprocess.run([fsimage, "extract", img, back], env=env,
                       capture_output=True, text=True)
    try:
        with open(os.path.join(back, "lib", "k4.bin"), "rb") as f:
            ok = r.returncode == 0 and f.read() == data
    except OSError:
        ok = False
    print("%s tools/fsimage extract after mpremote cp" % ("ok  " if ok else "FAIL"))
    return len(checks) + 1, failed + (not ok)

if __name__ == "__main__":
    sys.exit(main())
