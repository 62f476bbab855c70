# SPDX-License-Identifier: MIT
"""Thonny's MicroPython back end against espy's UART0: the back end of
Debian's thonny package (thonny.plugins.micropython.bare_metal_backend,
the process Thonny's window starts for "MicroPython (generic)"),
unmodified, run with /usr/bin/python3 against one `espy --uart0 pty` on a
new flash image. This script plays Thonny's window: it sends the back
end the commands the window sends, as the window's own message lines, and
reads its answers. Checks the connection (banner, sys.path), the shell's
statements, a traceback, input(), Stop (an interrupt into a busy loop),
Run of a 200-line program after a soft reboot (its output must be what
python3 prints for it), the globals view, and the Files view's listing,
mkdir, upload and download (text, and all 256 byte values) and delete.
One line per check. Not part of make test (Thonny is not a dependency of
ours: `apt-get install thonny`); docs/console.md gives the results.

    /usr/bin/python3 tests/console/thonny_check.py [--espy build/host/espy]
"""
import argparse
import os
import queue
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mptools_check import new_board, program_200  # noqa: E402

from thonny.common import (ImmediateCommand, InlineCommand,  # noqa: E402
                           InputSubmission, ToplevelCommand, parse_message,
                           serialize_message)


class Backend:
    """Thonny's back end process, talked to as Thonny's window does."""

    def __init__(self, port, userdir):
        args = {"port": port, "clean": False, "interrupt_on_connect": True,
                "sync_time": True, "local_rtc": True,
                "validate_time": False, "submit_mode": None,
                "write_block_size": None, "write_block_delay": None,
                "dtr": True, "rts": False}
        self.proc = subprocess.Popen(
            ["/usr/bin/python3", "-m",
             "thonny.plugins.micropython.bare_metal_backend", repr(args)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, cwd=userdir,
            env=dict(os.environ, THONNY_USER_DIR=userdir))
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.n = 0

    def _read(self):
        for line in self.proc.stdout:
            self.lines.put(line)
        self.lines.put(None)

    def send(self, msg):
        self.proc.stdin.write(serialize_message(msg) + "\n")
        self.proc.stdin.flush()

    def command(self, msg, timeout=30):
        """Sends msg (None: nothing) and gathers messages until the
        response: (response or None, program's stdout, stderr)."""
        if msg is not None:
            self.send(msg)
        out, err = "", ""
        end = time.time() + timeout
        while time.time() < end:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                continue
            if line is None:
                break
            m = parse_message(line)
            kind = type(m).__name__
            if kind == "BackendEvent" and m.event_type == "ProgramOutput":
                if m.stream_name == "stdout":
                    out += m.data
                else:
                    err += m.data
            elif kind in ("ToplevelResponse", "InlineResponse"):
                return m, out.replace("\r\n", "\n"), err.replace("\r\n", "\n")
        return None, out, err

    def inline(self, name, **kw):
        self.n += 1
        return self.command(InlineCommand(name, id="c%d" % self.n, **kw))

    def close(self):
        self.proc.kill()
        self.proc.wait()
        return self.proc.stderr.read()


def checks(be, want_run):
    """(name, ok, detail) for each check, in order."""
    r, out, err = be.command(None)
    yield ("connect: banner and sys.path", r is not None
           and "MicroPython espy" in r.get("welcome_text", "")
           and "/lib" in (r.get("sys_path") or []), repr(r)[:300])

    r, out, err = be.command(ToplevelCommand(
        "execute_source", source="x = 6 * 7\nfor i in range(3): print(i, x)\n"))
    yield ("shell: statements", r is not None and out == "0 42\n1 42\n2 42\n"
           and err == "", repr((out, err)))

    r, out, err = be.command(ToplevelCommand("execute_source",
                                             source="1 / 0\n"))
    yield ("shell: traceback", r is not None and err.startswith(
        "Traceback (most recent call last):\n") and err.endswith(
        "ZeroDivisionError: division by zero\n"),
        repr(err))

    be.send(ToplevelCommand("execute_source",
                            source="n = input('name? ')\nprint('hi', n)\n"))
    time.sleep(0.5)
    be.send(InputSubmission(data="espy\n"))
    r, out, err = be.command(None)
    yield ("shell: input()", r is not None and out.endswith("hi espy\n"),
           repr((out, err)))

    be.send(ToplevelCommand("execute_source", source="while True: pass\n"))
    time.sleep(1)
    be.send(ImmediateCommand("interrupt"))
    r, out, err = be.command(None)
    yield ("Stop: interrupt into while True", r is not None
           and "KeyboardInterrupt" in err, repr((out, err)))

    r, out, err = be.command(ToplevelCommand("execute_source",
                                             source="print(x)\n"))
    yield ("shell: after the interrupt", out == "42\n", repr((out, err)))

    r, out, err = be.inline("get_globals", module_name="__main__")
    g = r.get("globals", {}) if r is not None else {}
    yield ("globals view", "x" in g and g["x"].repr == "42"
           and "n" in g, repr(r)[:300])

    r, out, err = be.command(ToplevelCommand(
        "Run", source=program_200(), args=[]), timeout=60)
    yield ("Run (soft reboot first, 200 lines)", r is not None
           and out == want_run and err == "",
           repr((out[-200:], err[-300:])))

    r, out, err = be.command(ToplevelCommand("execute_source",
                                             source="print('x' in dir())\n"))
    yield ("Run: state rebuilt", out == "False\n", repr((out, err)))

    r, out, err = be.inline("mkdir", path="/th")
    yield ("Files: mkdir", r is not None and "error" not in r,
           repr(r)[:300])
    text = "print('uploaded')\n" * 100
    blob = bytes(range(256)) * 8
    ok = True
    for path, data in (("/th/up.py", text.encode()), ("/th/b.bin", blob)):
        r, out, err = be.inline("write_file", path=path, content_bytes=data,
                                make_shebang_scripts_executable=False)
        ok = ok and r is not None and "error" not in r
    yield ("Files: upload (text, 2 KB of all byte values)", ok,
           repr(r)[:300])

    r, out, err = be.inline("get_dirs_children_info", paths=["/", "/th"],
                            include_hidden=True, node_id="n1")
    dirs = r.get("data", {}) if r is not None else {}
    top, sub = dirs.get("/") or {}, dirs.get("/th") or {}
    yield ("Files: listing", "boot.py" in top and "th" in top
           and top["th"]["kind"] == "dir"
           and sub.get("b.bin", {}).get("size") == len(blob)
           and sub.get("up.py", {}).get("size") == len(text), repr(r)[:400])

    ok = True
    for path, data in (("/th/up.py", text.encode()), ("/th/b.bin", blob)):
        r, out, err = be.inline("read_file", path=path)
        ok = ok and r is not None and r.get("content_bytes") == data
    yield ("Files: download, the same bytes", ok, repr(r)[:300])

    r, out, err = be.command(ToplevelCommand(
        "execute_source", source="exec(open('/th/up.py').read()[:18])\n"))
    yield ("shell: the uploaded file runs", out == "uploaded\n",
           repr((out, err)))

    r, out, err = be.inline("delete", paths=["/th"])
    r, out, err = be.inline("get_dirs_children_info", paths=["/"],
                            include_hidden=True, node_id="n2")
    top = (r.get("data", {}) if r is not None else {}).get("/") or {}
    yield ("Files: delete (a tree)", r is not None and "th" not in top
           and "boot.py" in top, repr(r)[:300])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--espy", default="build/host/espy")
    o = ap.parse_args()
    d, _, want_run, b = new_board(o.espy)
    be = Backend(b.where, d)
    passed = failed = 0
    for name, ok, detail in checks(be, want_run):
        print("%s %s" % ("ok  " if ok else "FAIL", name))
        if not ok:
            print("  " + detail)
        passed += ok
        failed += not ok
    err = be.close()
    if failed and err.strip():
        print("back end stderr:", err[-2000:])
    err = b.close()
    if err.strip() and "UART0" not in err:
        print("espy stderr:", err)
    print("thonny: %d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
