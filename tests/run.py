#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# The test runner: runs each test program with espy and compares its stdout
# and exit status with CPython 3's (cached in build/cpython-cache/) or with
# the test's .exp file. Directives, .exp format and output: tests/README.md
# and docs/testing.md. Prints `N passed, N failed[, N skipped]` last and
# exits 1 on any failure.
import argparse
import concurrent.futures
import difflib
import hashlib
import json
import os
import shlex
import signal
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TESTS = os.path.join(ROOT, "tests")
DEFAULT_DIRS = ["basics", "errors", "limits", "regress", "modules", "diff"]
SANITIZER_MARKS = ("AddressSanitizer", "runtime error:", "LeakSanitizer",
                   "UndefinedBehaviorSanitizer")
DIRECTIVES = ("skip", "args", "ulimit-s", "timeout")
CACHE_VERSION = "1"
OUTPUT_LIMIT = 16 << 20  # bytes of stdout or stderr a test may write


class Result:
    """What one run of a program produced."""

    def __init__(self, stdout, stderr, status, timed_out=False):
        self.stdout = stdout      # bytes
        self.stderr = stderr      # bytes
        self.status = status      # exit status; negative = killed by signal
        self.timed_out = timed_out
        self.too_much = False     # killed for writing too much

    def last_err_line(self):
        lines = self.stderr.decode("utf-8", "replace").rstrip().splitlines()
        return lines[-1].strip() if lines else ""


class Expected:
    """What a test must produce: stdout, exit status, last stderr line."""

    def __init__(self, stdout, status, err_line, source):
        self.stdout = stdout      # bytes
        self.status = status      # int
        self.err_line = err_line  # str or None (None: not compared)
        self.source = source      # "cpython" or "exp"


def read_directives(path):
    """Directives are `# name: value` lines in the file's first comment
    block (the lines before the first line that is not a comment)."""
    found = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line.startswith("#"):
                break
            name, sep, value = line[1:].strip().partition(":")
            name = name.strip().lower()
            if sep and (name in DIRECTIVES or name.startswith("skip-")):
                found[name] = value.strip()
    return found


def parse_exp(path):
    """A .exp file: `# differs: <reason>` first, then optional `# exit: N`
    and `# stderr: <last line>`, then the expected stdout verbatim."""
    with open(path, "rb") as f:
        data = f.read()
    lines = data.split(b"\n")
    if not lines[0].startswith(b"# differs:") or not lines[0][10:].strip():
        raise ValueError(path + ": first line must be `# differs: <reason>`")
    status, err_line, i = 0, None, 1
    while i < len(lines) and i <= 2:
        line = lines[i].decode("utf-8", "replace")
        if line.startswith("# exit:"):
            status = int(line[7:].strip())
        elif line.startswith("# stderr:"):
            err_line = line[9:].strip()
        else:
            break
        i += 1
    return Expected(b"\n".join(lines[i:]), status, err_line, "exp")


def run(cmd, cwd, timeout, ulimit_s=None):
    """Run [cmd] in its own process group, its output going to temporary
    files; kill the group on timeout or when it writes more than
    OUTPUT_LIMIT bytes (a runaway print loop must not fill the memory)."""
    if ulimit_s:
        cmd = ["sh", "-c", 'ulimit -s %s && exec "$@"' % ulimit_s, "sh"] + cmd
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0",
               PYTHONDONTWRITEBYTECODE="1")
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=err, env=env,
                                start_new_session=True)
        timed_out = watch(proc, out, err, timeout)
        data = []
        for f in (out, err):
            f.seek(0)
            data.append(f.read(OUTPUT_LIMIT))
    r = Result(data[0], data[1], proc.returncode, timed_out=timed_out)
    if timed_out == "output":
        r.timed_out = False
        r.too_much = True
    return r


def watch(proc, out, err, timeout):
    """Wait for [proc]; False when it ended by itself, True on timeout,
    "output" when it wrote too much (the group is killed then)."""
    deadline = time.time() + timeout
    delay = 0.001
    while proc.poll() is None:
        too_much = os.fstat(out.fileno()).st_size > OUTPUT_LIMIT \
            or os.fstat(err.fileno()).st_size > OUTPUT_LIMIT
        if too_much or time.time() > deadline:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
            return "output" if too_much else True
        time.sleep(delay)
        delay = min(delay * 2, 0.05)
    return False


class Runner:
    def __init__(self, opts):
        self.opts = opts
        self.espy = shlex.split(opts.espy)
        # Tests run in their own folder: a relative espy path is made
        # absolute here.
        if os.sep in self.espy[0]:
            self.espy[0] = os.path.abspath(self.espy[0])
        self.args = shlex.split(opts.args or "")
        self.cache_dir = os.path.abspath(opts.cache)
        self.cpython = shlex.split(opts.cpython)
        self._cpython_version = None

    def cpython_version(self):
        if self._cpython_version is None:
            r = run(self.cpython + ["--version"], ROOT, 30)
            self._cpython_version = (r.stdout + r.stderr).decode().strip()
        return self._cpython_version

    def cpython_expected(self, path):
        """CPython's result for [path], cached by content hash."""
        with open(path, "rb") as f:
            content = f.read()
        key = hashlib.sha256(content + b"\0" + CACHE_VERSION.encode() + b"\0"
                             + self.cpython_version().encode()).hexdigest()
        cache = os.path.join(self.cache_dir, key + ".json")
        try:
            with open(cache) as f:
                d = json.load(f)
            return Expected(d["stdout"].encode("latin-1"), d["status"],
                            d["err_line"], "cpython")
        except (OSError, ValueError, KeyError):
            pass
        r = run(self.cpython + ["-B", "-E", "-s", os.path.basename(path)],
                os.path.dirname(path), max(self.opts.timeout, 60))
        if r.timed_out or r.status < 0:
            raise RuntimeError("CPython itself failed on " + path)
        err_line = r.last_err_line() if r.status != 0 else None
        d = {"stdout": r.stdout.decode("latin-1"), "status": r.status,
             "err_line": err_line}
        os.makedirs(self.cache_dir, exist_ok=True)
        tmp = cache + ".%d.tmp" % os.getpid()
        with open(tmp, "w") as f:
            json.dump(d, f)
        os.replace(tmp, cache)
        return Expected(r.stdout, r.status, err_line, "cpython")

    def espy_cmd(self, path, directives):
        extra = shlex.split(directives.get("args", ""))
        args = list(self.args)
        own_heap = any("heapsize=" in a for a in extra)
        if self.opts.heapsize and not own_heap:
            args += ["-X", "heapsize=" + self.opts.heapsize]
        return self.espy + args + extra + [os.path.basename(path)]

    def test(self, path):
        """Returns (status, detail): status is pass, fail or skip."""
        d = read_directives(path)
        for key in ["skip"] + ["skip-" + t for t in self.opts.tag]:
            if key in d:
                return "skip", "%s: %s" % (key, d[key] or "(no reason)")
        exp_path = path[:-3] + ".exp"
        try:
            if os.path.exists(exp_path):
                exp = parse_exp(exp_path)
            else:
                exp = self.cpython_expected(path)
        except (ValueError, RuntimeError) as e:
            return "fail", "bad expectation: %s" % e
        timeout = float(d.get("timeout", self.opts.timeout))
        timeout *= self.opts.timeout_scale
        start = time.time()
        ulimit_s = None if self.opts.ignore_ulimit else d.get("ulimit-s")
        r = run(self.espy_cmd(path, d), os.path.dirname(path), timeout,
                ulimit_s)
        return self.judge(exp, r, time.time() - start)

    def judge(self, exp, r, secs):
        problems = []
        err = r.stderr.decode("utf-8", "replace")
        if r.timed_out:
            problems.append("timeout after %.0f s" % secs)
        elif r.too_much:
            problems.append("killed after writing more than %d MB"
                            % (OUTPUT_LIMIT >> 20))
        elif r.status < 0 and not r.too_much:
            problems.append("killed by signal %d (%s)" % (
                -r.status, signal_name(-r.status)))
        marks = [m for m in SANITIZER_MARKS if m in err]
        if marks:
            problems.append("sanitizer report (%s)" % marks[0])
        if not r.timed_out and not r.too_much and r.status >= 0 \
                and r.status != exp.status:
            problems.append("exit status %d, expected %d" % (
                r.status, exp.status))
        if exp.status != 0 and exp.err_line and r.status == exp.status:
            got = r.last_err_line()
            if got != exp.err_line:
                problems.append("last stderr line %r, expected %r" % (
                    got, exp.err_line))
        if r.stdout != exp.stdout:
            problems.append("stdout differs")
        if not problems:
            return "pass", ""
        more = details(exp, r, self.opts)
        return "fail", "; ".join(problems) + ("\n" + more if more else "")


def signal_name(n):
    try:
        return signal.Signals(n).name
    except ValueError:
        return "?"


def details(exp, r, opts):
    """A short (or, with -v, full) diff of stdout, plus stderr's tail."""
    a = exp.stdout.decode("utf-8", "replace").splitlines()
    b = r.stdout.decode("utf-8", "replace").splitlines()
    diff = list(difflib.unified_diff(a, b, "expected (%s)" % exp.source,
                                     "espy", lineterm="", n=1))
    limit = None if opts.verbose else 12
    out = diff[:limit]
    if limit and len(diff) > limit:
        out.append("... (%d more diff lines; -v shows all)" % (
            len(diff) - limit))
    err = r.stderr.decode("utf-8", "replace").rstrip().splitlines()
    if err:
        tail = err if opts.verbose else err[-3:]
        out.append("stderr:")
        out += ["  " + line for line in tail]
    return "\n".join("    " + line for line in out)


def collect(paths):
    """Every tests/<area>/*.py under [paths] (files or folders)."""
    found = []
    for p in paths:
        if os.path.isfile(p):
            found.append(os.path.abspath(p))
            continue
        if not os.path.isdir(p):
            p2 = os.path.join(TESTS, p)
            if not os.path.isdir(p2):
                sys.exit("run.py: no such test or folder: " + p)
            p = p2
        for dirpath, dirnames, files in os.walk(p):
            dirnames[:] = sorted(x for x in dirnames if x != "unit"
                                 and not x.startswith((".", "_")))
            found += [os.path.abspath(os.path.join(dirpath, f))
                      for f in sorted(files) if f.endswith(".py")]
    return found


def parse_args(argv):
    ap = argparse.ArgumentParser(
        description="Run espy's test programs against CPython's output.")
    ap.add_argument("paths", nargs="*",
                    help="test files or folders (default: %s)"
                    % " ".join(DEFAULT_DIRS))
    ap.add_argument("--espy", default=os.path.join(ROOT, "build/host/espy"),
                    help="command that runs espy (may carry arguments, e.g. "
                    "a QEMU wrapper)")
    ap.add_argument("--args", default="",
                    help="extra arguments for espy, e.g. '-X emit=bytecode'")
    ap.add_argument("--heapsize", default="",
                    help="run with -X heapsize=N unless a test sets its own")
    ap.add_argument("--timeout", type=float, default=30.0,
                    help="seconds per test (default 30)")
    ap.add_argument("--timeout-scale", type=float, default=1.0,
                    help="multiply every timeout, also `# timeout:` ones "
                    "(slow builds)")
    ap.add_argument("--ignore-ulimit", action="store_true",
                    help="do not apply `# ulimit-s:` (for a wrapper such as "
                    "QEMU, whose own C stack is not espy's)")
    ap.add_argument("--tag", action="append", default=[],
                    help="name of this build (e.g. stress, qemu): tests "
                    "with `# skip-<tag>: <reason>` are skipped (repeatable)")
    ap.add_argument("-j", "--jobs", type=int, default=2,
                    help="tests run in parallel (default 2)")
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="full diffs and stderr of failures")
    ap.add_argument("--cpython", default="python3",
                    help="the reference interpreter (default python3)")
    ap.add_argument("--cache", default=os.path.join(ROOT,
                                                    "build/cpython-cache"),
                    help="folder of cached CPython results")
    ap.add_argument("--name", default="",
                    help="label printed with the summary (e.g. the build)")
    return ap.parse_args(argv)


def main(argv):
    opts = parse_args(argv)
    # absolute: the repository's root has folders of the same names
    # (modules/ is C), which a relative name run from there would find
    defaults = [os.path.join(TESTS, d) for d in DEFAULT_DIRS
                if os.path.isdir(os.path.join(TESTS, d))]
    tests = collect(opts.paths or defaults)
    runner = Runner(opts)
    espy0 = shlex.split(opts.espy)[0]
    if os.sep in espy0 and not os.path.exists(espy0):
        sys.exit("run.py: espy not found: " + espy0)
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
        futs = {pool.submit(runner.test, t): t for t in tests}
        for fut in concurrent.futures.as_completed(futs):
            try:
                results[futs[fut]] = fut.result()
            except Exception as e:  # a runner bug must not pass silently
                results[futs[fut]] = ("fail", "runner error: %r" % e)
    return report(tests, results, opts)


def report(tests, results, opts):
    count = {"pass": 0, "fail": 0, "skip": 0}
    n_exp = 0
    for t in tests:
        status, detail = results[t]
        count[status] += 1
        name = os.path.relpath(t, TESTS) if t.startswith(TESTS) else t
        if os.path.exists(t[:-3] + ".exp"):
            n_exp += 1
        if status == "fail":
            print("FAIL %s: %s" % (name, detail))
        elif status == "skip":
            print("skip %s: %s" % (name, detail))
    label = " [%s]" % opts.name if opts.name else ""
    print("%d tests use a .exp file%s" % (n_exp, label))
    line = "%d passed, %d failed" % (count["pass"], count["fail"])
    if count["skip"]:
        line += ", %d skipped" % count["skip"]
    print(line, flush=True)
    return 1 if count["fail"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
