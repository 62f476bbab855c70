# SPDX-License-Identifier: MIT
"""The console over UART0, byte for byte against spec/esp8266-port.md
section 3: espy --uart0 pty driven by pyclient.py, --uart0 tcp:PORT, and
the line editor's keys on a terminal through tmux (screen compared with
what the spec's keys produce).

    python3 tests/console/console_test.py [--espy CMD] [--timeout-scale F]
        [-k NAME]

Prints one line per test and ends with `console: N passed, N failed`."""
import argparse
import binascii
import contextlib
import functools
import os
import re
import select
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pyclient import RAW_BANNER, Board  # noqa: E402

# A board's first boot on a blank flash (each run without --flash gets a
# fresh flash in memory) sets the filesystem up first.
SETUP = rb"Performing initial setup\r\n"
# What the chip's ROM prints at power-on, before espy's firmware starts.
ROM = rb"\r\n ets Jan  8 2013,rst cause:1, boot mode:\(3,6\)\r\n\r\n"
BANNER_RE = (rb"MicroPython espy-[0-9.]+ on \d{4}-\d\d-\d\d; "
             rb"Adafruit Feather HUZZAH with ESP8266\r\n"
             rb"Type \"help\(\)\" for more information\.\r\n")
# Ctrl-C into running code, at the friendly prompt.
INTERRUPTED = (rb"Traceback \(most recent call last\):\r\n.*"
               rb"KeyboardInterrupt:? ?\r\n>>> ")
TESTS = []
OPT = None


class Skip(Exception):
    pass


def test(fn):
    TESTS.append(fn)
    return fn


def skip_on(tag, why):
    if tag in OPT.tag:
        raise Skip(why)


def espy_cmd(*args):
    """--espy's command (its program by absolute path) and [args]."""
    cmd = shlex.split(OPT.espy)
    if os.path.exists(cmd[0]):
        cmd[0] = os.path.abspath(cmd[0])
    return cmd + list(args)


def reply(b, data, end, timeout=10):
    """Send [data]; what comes back, up to and including [end]."""
    b.write(data)
    return b.read_until(end, timeout)


def fresh(b):
    """Ctrl-C, then nothing pending: the next bytes are a new prompt's."""
    reply(b, b"\x03", b">>> ")
    b.drain()


RAW = Board.enter_raw  # a start for session(): the raw REPL, as a host tool


@contextlib.contextmanager
def session(*args, start=fresh, **kw):
    """espy --uart0 (Board's transport, pty unless told) with [args] and
    Board's [kw], made ready by [start] (fresh: at a new friendly prompt;
    RAW: in the raw REPL; None: as it boots), stopped however the test
    ends."""
    b = Board(espy_cmd(), args, scale=OPT.timeout_scale, **kw)
    try:
        if start is not None:
            start(b)
        yield b
    finally:
        b.close()


def on_board(*args, **kw):
    """@test whose function takes the board of session(*args, **kw)."""
    def wrap(fn):
        @functools.wraps(fn)
        def run():
            with session(*args, **kw) as b:
                fn(b)
        return test(run)
    return wrap


def expect_eq(got, want, what=""):
    if got != want:
        raise AssertionError("%s\n  got:  %r\n  want: %r" % (what, got, want))


def expect_re(got, pattern, what=""):
    if not re.fullmatch(pattern, got, re.S):
        raise AssertionError("%s\n  got:     %r\n  pattern: %r"
                             % (what, got, pattern))


def interrupt_loop(b):
    """Run a loop that never ends at the friendly prompt, then Ctrl-C: what
    follows up to the next prompt."""
    reply(b, b"while True: pass\r\r\r", b"... \r\n")
    time.sleep(0.3)
    b.write(b"\x03")
    return b.read_until(b">>> ")


def submit_raw(b, data):
    """Send [data] and Ctrl-D in the raw REPL: its OK (then b.follow())."""
    b.write(data + b"\x04")
    expect_eq(b.read_exactly(2), b"OK")


def reconnect(b):
    """The client leaves and comes back, then enters the raw REPL."""
    b.disconnect()
    b.connect()
    b.enter_raw()


def friendly(b, line):
    """Type [line] and Enter at the friendly prompt; the echo and output
    up to the next prompt."""
    return reply(b, line.encode() + b"\r", b">>> ")


# --- the friendly REPL -----------------------------------------------------

@on_board(start=None)
def banner_and_prompt(b):
    expect_re(b.read_until(b">>> "), ROM + SETUP + BANNER_RE + rb">>> ",
              "at start")
    got = reply(b, b"\x02", b">>> ")  # Ctrl-B: banner again
    expect_re(got, rb"\r\n" + BANNER_RE + rb">>> ", "Ctrl-B")


@on_board()
def friendly_exec_and_underscore(b):
    expect_eq(friendly(b, "1 + 2"), b"1 + 2\r\n3\r\n>>> ")
    expect_eq(friendly(b, "_ * 2"), b"_ * 2\r\n6\r\n>>> ")
    expect_eq(friendly(b, "print('a\\nb')"),
              b"print('a\\nb')\r\na\r\nb\r\n>>> ")
    expect_eq(friendly(b, "1/0"),
              b"1/0\r\nTraceback (most recent call last):\r\n"
              b"  File \"<stdin>\", line 1, in <module>\r\n"
              b"ZeroDivisionError: division by zero\r\n>>> ")
    # CR, LF and CRLF all end a line; the LF of a CRLF is no new line.
    got = reply(b, b"2\n3\r\n4\r", b"4\r\n>>> ")
    expect_eq(got, b"2\r\n2\r\n>>> 3\r\n3\r\n>>> 4\r\n4\r\n>>> ")


@on_board()
def auto_indent_and_continuation(b):
    expect_eq(reply(b, b"def f(x):\r", b"...     "), b"def f(x):\r\n...     ")
    expect_eq(reply(b, b"return x * 2\r", b"...     "),
              b"return x * 2\r\n...     ")
    # Blank lines: the indent stays once, then none, then the end.
    expect_eq(reply(b, b"\r", b"...     "), b"\r\n...     ")
    expect_eq(reply(b, b"\r", b"... "), b"\r\n... ")
    expect_eq(reply(b, b"\r", b">>> "), b"\r\n>>> ")
    expect_eq(friendly(b, "f(21)"), b"f(21)\r\n42\r\n>>> ")
    # Backspace over the auto-indent removes 4 spaces at once.
    expect_eq(reply(b, b"if 1:\r\x7f", b"\x1b[K"),
              b"if 1:\r\n...     \b\b\b\b\x1b[K")
    expect_eq(reply(b, b"\x03", b">>> "), b"\r\n>>> ")
    # A space right after the auto-indent (pasted code) replaces it.
    got = reply(b, b"if 1:\r    print(5)\r\r\r", b"5\r\n>>> ")
    expect_eq(got.count(b"5\r\n>>> "), 1)


@on_board()
def paste_mode(b):
    expect_eq(reply(b, b"\x05", b"=== "),
              b"\r\npaste mode; Ctrl-C to cancel, Ctrl-D to finish\r\n=== ")
    got = reply(b, b"def g():\r    return 7\r\rprint(g())\r\x04", b">>> ")
    expect_eq(got, b"def g():\r\n===     return 7\r\n=== \r\n=== "
              b"print(g())\r\n=== \r\n7\r\n>>> ")
    # Ctrl-C leaves paste mode without running anything.
    reply(b, b"\x05print(8)\x03", b"=== print(8)\r\n>>> ")
    expect_eq(friendly(b, "1"), b"1\r\n1\r\n>>> ")


@on_board("-X", "heapsize=38K")
def paste_mode_past_the_heap(b):
    # A paste that outgrows a 38 KB heap: once the input buffer found no
    # room, neither that size nor a larger one is tried again, and the
    # bytes after the first that did not fit are echoed and dropped (each
    # failed try collects: this paste took 30,638 collections, more than
    # one a byte, which a UART at 115200 baud outruns); Ctrl-D reports it.
    friendly(b, "import _espy")
    before = int(friendly(b, "_espy.gc_stats()[0]").split(b"\r\n")[1])
    reply(b, b"\x05", b"=== ")
    chunk = b"#" * 500
    for _ in range(80):  # 40,000 bytes, each echoed
        expect_eq(reply(b, chunk, chunk), chunk, "echo")
    expect_eq(reply(b, b"\x04", b">>> "),
              b"\r\nMemoryError: the input does not fit in the heap\r\n>>> ")
    after = int(friendly(b, "_espy.gc_stats()[0]").split(b"\r\n")[1])
    if after - before > 200:
        raise AssertionError("%d collections during the paste"
                             % (after - before))
    expect_eq(friendly(b, "print(6 * 7)"), b"print(6 * 7)\r\n42\r\n>>> ")


@on_board()
def ctrl_c_cancels_and_interrupts(b):
    expect_eq(reply(b, b"abc\x03", b">>> "), b"abc\r\n>>> ")
    expect_re(interrupt_loop(b), INTERRUPTED)
    # a storm of them while code runs and while it does not
    reply(b, b"import time\r", b">>> ")
    reply(b, b"for i in range(10**9): time.sleep_ms(1)\r\r\r", b"... \r\n")
    b.write(b"\x03" * 50)
    b.read_until(b"KeyboardInterrupt")
    b.write(b"\x03" * 50)
    b.drain()
    expect_eq(friendly(b, "2 + 2"), b"2 + 2\r\n4\r\n>>> ")
    # into long C work: a modular power steps once per exponent bit, each
    # a 20,000-bit product and division (minutes for this one), and polls
    reply(b, b"pow(3, 1 << 60000, (1 << 20000) - 1)\r", b"\r\n")
    time.sleep(0.3)
    b.write(b"\x03")
    expect_re(b.read_until(b">>> "), INTERRUPTED)


@on_board("-X", "heapsize=8M")
def ctrl_c_stops_long_int_work(b):
    # C loops over a big int's digits, quadratic, that run no Python code:
    # each polls at every outer step (seconds on the chip for ints of a
    # few KB); Ctrl-C must stop each one.
    friendly(b, "import math")
    friendly(b, r"exec('def fib(n):\n if n == 0: return 0, 1\n"
             r" a, b = fib(n >> 1)\n c = a * (2 * b - a)\n"
             r" d = a * a + b * b\n return (d, c + d) if n & 1 else (c, d)')")
    # each a minute or more on the host without the polls
    friendly(b, "a, b = fib(10**6)")  # 694,000 bits: Euclid's worst case
    friendly(b, "x = 7 ** 10**6")
    friendly(b, "s = '7' * 2 * 10**6")
    for work in ("math.gcd(a, b)", "math.lcm(a, b)", "pow(a, -1, b)",
                 "str(x)", "int(s)"):
        reply(b, work.encode() + b"\r", b"\r\n")
        time.sleep(0.3)
        b.write(b"\x03")
        expect_re(b.read_until(b">>> "), INTERRUPTED, work)


@on_board("-X", "heapsize=12M")
def ctrl_c_stops_long_search(b):
    # A search for a long needle compares it at every candidate (quadratic)
    # and str.strip with a long set of characters looks each one up in it:
    # both poll per step once the needle or set is long (a minute or more
    # on the host without; seconds on the chip for strings of a few KB).
    # bytes.strip looks bytes up in a table (tests/basics/bytes_long_sets).
    # A sort merges runs whose comparisons call no Python: each merge polls.
    for q in ("'", "b'"):
        friendly(b, "h = n = c = None")
        friendly(b, "h = %sa' * 3 * 10**6" % q)
        friendly(b, "n = %sa' * 15 * 10**5 + %sb'" % (q, q))
        friendly(b, "c = %sb' * 15 * 10**5 + %sa'" % (q, q))
        works = ["h.find(n)", "h.rfind(n)", "h.count(n)", "n in h",
                 "h.replace(n, n)", "h.split(n)"]
        for work in works + ["h.strip(c)"] if q == "'" else works:
            reply(b, work.encode() + b"\r", b"\r\n")
            time.sleep(0.3)
            b.write(b"\x03")
            expect_re(b.read_until(b">>> "), INTERRUPTED, q + work)
    # list.sort of many refs to two long strs: each comparison a memcmp
    friendly(b, "h = n = c = None")
    friendly(b, "l = ['a' * 10**6 + 'b', 'a' * 10**6 + 'c'] * 10**5")
    reply(b, b"l.sort()\r", b"\r\n")
    time.sleep(0.3)
    b.write(b"\x03")
    expect_re(b.read_until(b">>> "), INTERRUPTED, "sort")
    expect_eq(friendly(b, "len(l), l[0] < l[1]"),
              b"len(l), l[0] < l[1]\r\n(200000, True)\r\n>>> ")


def interrupt_sleeps(b, works):
    friendly(b, "import time, machine")
    for work in works:
        reply(b, work.encode() + b"\r", b"\r\n")
        time.sleep(0.3)
        b.write(b"\x03")
        expect_re(b.read_until(b">>> "), INTERRUPTED, work)


@on_board()
def ctrl_c_stops_sleeps(b):
    # The board's sleeps read UART0 on the way (they waited to the end,
    # days for these, on the real clock: the board's default with --uart0)
    interrupt_sleeps(b, ("time.sleep(10**6)", "time.sleep_ms(10**9)",
                         "machine.lightsleep(10**9)"))


@on_board("--clock", "virtual")
def ctrl_c_stops_sleeps_virtual_clock(b):
    # and on the virtual clock, stepping through a PWM output's edges
    friendly(b, "import machine")
    friendly(b, "p = machine.PWM(machine.Pin(4), freq=1000, duty=512)")
    interrupt_sleeps(b, ("time.sleep(10**6)",))


@on_board("--clock", "real")
def kbd_intr_is_the_interrupt_character(b):
    """micropython.kbd_intr and the console set one interrupt character
    (es_g.intr_char): kbd_intr(ord('x')) makes 'x' interrupt the running
    code and Ctrl-C plain data; the console sets Ctrl-C again for the next
    command, as the reference's pyexec does; kbd_intr(-1) lasts until the
    command ends (Ctrl-C then cancels the line, it interrupts nothing)."""
    reply(b, b"import micropython, time, sys\r", b">>> ")
    reply(b, b"micropython.kbd_intr(ord('x')); n = 0\r", b">>> ")
    # while the console reads, its own keys: 'x' is a letter
    expect_eq(friendly(b, "'x'"), b"'x'\r\n'x'\r\n>>> ")
    b.write(b"micropython.kbd_intr(ord('x')); "
            b"t = [time.sleep_ms(1) for i in range(10**9)]\r")
    b.read_until(b"\r\n")
    time.sleep(0.3)
    b.write(b"\x03")  # data now, no interrupt
    time.sleep(0.3)
    got = reply(b, b"x", b">>> ")
    expect_re(got, INTERRUPTED, "'x' interrupts")
    # the next command has Ctrl-C again
    expect_re(interrupt_loop(b), rb".*KeyboardInterrupt:? ?\r\n>>> ",
              "Ctrl-C again in the next command")
    # kbd_intr(-1): the running code reads Ctrl-C as a byte
    fresh(b)
    b.write(b"micropython.kbd_intr(-1); print(sys.stdin.read(1) == '\\x03')"
            b"\r")
    b.read_until(b"')\r\n")
    time.sleep(0.3)
    expect_eq(reply(b, b"\x03", b">>> "), b"True\r\n>>> ", "Ctrl-C as data")
    expect_eq(friendly(b, "2 + 2"), b"2 + 2\r\n4\r\n>>> ")


@test
def soft_reset_friendly():
    with tempfile.TemporaryDirectory() as d, session(cwd=d) as b:
        friendly(b, "x = 5")
        # a file written but not closed: the soft reset's sweep closes it
        friendly(b, "f = open('log.txt', 'w'); f.write('kept')")
        got = reply(b, b"\x04", b">>> ")
        expect_re(got, rb"\r\nMPY: soft reboot\r\n" + BANNER_RE + rb">>> ")
        expect_eq(friendly(b, "print(open('log.txt').read())"),
                  b"print(open('log.txt').read())\r\nkept\r\n>>> ")
        got = friendly(b, "x")
        expect_re(got, rb"x\r\nTraceback.*NameError: name 'x' is not "
                  rb"defined\r\n>>> ")
        # SystemExit soft-resets as well
        got = reply(b, b"import sys; sys.exit()\r", b">>> ")
        expect_re(got, rb".*MPY: soft reboot\r\n" + BANNER_RE + rb">>> ")


@test
def boot_and_main_py():
    # boot.py and main.py on the board's flash: a first run (whose FILE is
    # the board's main.py) writes them into a new image.
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, "flash.img")
        setup = os.path.join(d, "setup.py")
        with open(setup, "w") as f:
            f.write("open('/boot.py', 'w').write(\"print('boot ran')\\n\")\n"
                    "open('/main.py', 'w').write(\"print('main ran')\\n\")\n")
        subprocess.run(espy_cmd("--flash", img, setup),
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       check=True, timeout=30 * OPT.timeout_scale)
        with session("--flash", img, start=None) as b:
            got = b.read_until(b">>> ")
            expect_re(got, ROM + rb"boot ran\r\nmain ran\r\n" + BANNER_RE
                      + rb">>> ")
            # soft reset: boot.py, main.py, banner
            got = reply(b, b"\x04", b">>> ")
            expect_re(got, rb".*MPY: soft reboot\r\nboot ran\r\nmain ran\r\n"
                      + BANNER_RE + rb">>> ")
            # from the raw REPL: main.py is skipped
            b.enter_raw()
            got = reply(b, b"\x04", RAW_BANNER + b">")
            expect_eq(got, b"OK\r\nMPY: soft reboot\r\nboot ran\r\n"
                      + RAW_BANNER + b">")


@on_board()
def tab_completion(b):
    friendly(b, "import sys")
    friendly(b, "abcdef = 1")
    # one match: completed
    expect_eq(reply(b, b"abc\t", b"abcdef"), b"abcdef")
    expect_eq(reply(b, b"\r", b">>> "), b"\r\n1\r\n>>> ")
    # several matches sharing no longer prefix: listed, line again
    got = reply(b, b"sys.std\t", b">>> sys.std")
    expect_eq(got, b"sys.std\r\nstderr          stdin           stdout"
              b"\r\n>>> sys.std")
    # their common prefix: inserted
    got = reply(b, b"o\t\r", b">>> ")
    expect_re(got, rb"out\r\n<.*>\r\n>>> ")
    # after a space Tab inserts 4 spaces
    expect_eq(reply(b, b"x = \t1\r", b">>> "), b"x =     1\r\n>>> ")
    # nothing to complete: nothing happens
    expect_eq(reply(b, b"zzz\t\x03", b">>> "), b"zzz\r\n>>> ")
    # the only match typed out already: nothing happens
    expect_eq(reply(b, b"abcdef\t\x03", b">>> "), b"abcdef\r\n>>> ")
    # a name both global and built-in is one match
    friendly(b, "len = 5")
    expect_eq(reply(b, b"le\t\x03", b">>> "), b"len\r\n>>> ")
    # after "import ", the built-in modules
    expect_eq(reply(b, b"import mat\t\x03", b">>> "),
              b"import math\r\n>>> ")


@on_board("-X", "heapsize=128K")
def tab_listing_order(b):
    """A long Tab listing: in name order, each name once, in 16-column
    slots, with the heap free (the matches are sorted in a heap block) and
    full (passes over the names instead)."""
    friendly(b, "exec(\"for i in range(600): globals()['qq%d' % i] = i\")")
    friendly(b, "import builtins; builtins.qq1 = 'twice'")  # both places
    names = sorted("qq%d" % i for i in range(600))
    rows = [names[i:i + 4] for i in range(0, len(names), 4)]
    listing = ("qq\r\n" + "\r\n".join(
        "".join(n.ljust(16) for n in row[:-1]) + row[-1] for row in rows)
        + "\r\n>>> qq").encode()
    expect_eq(reply(b, b"qq\t", b">>> qq"), listing, "heap free")
    expect_eq(reply(b, b"\x03", b">>> "), b"\r\n>>> ")
    # fill the heap, then free a few small blocks for the line editor
    fill = ("l = []\\nfor n in (4096, 256, 16):\\n try:\\n  while 1:"
            " l.append(bytearray(n))\\n except MemoryError: pass\\n"
            "del l[-8:]")
    friendly(b, 'exec("%s")' % fill)
    expect_eq(reply(b, b"qq\t", b">>> qq"), listing, "heap full")
    expect_eq(reply(b, b"\x03", b">>> "), b"\r\n>>> ")


@on_board()
def input_on_the_board(b):
    # input() reads with the line editor: echoed, keys work, CR ends
    expect_eq(reply(b, b"x = input('name? ')\r", b"\nname? "),
              b"x = input('name? ')\r\nname? ")
    expect_eq(reply(b, b"bob\x1b[Dx\r", b">>> "), b"bob\bxb\b\r\n>>> ")
    expect_eq(friendly(b, "x"), b"x\r\n'boxb'\r\n>>> ")
    # Ctrl-C while input() waits: KeyboardInterrupt
    reply(b, b"input()\r", b"input()\r\n")
    reply(b, b"ab", b"ab")
    got = reply(b, b"\x03", b">>> ")
    expect_re(got, rb"\r?\n?Traceback.*KeyboardInterrupt:? ?\r\n>>> ")
    # Ctrl-D on an empty line: EOFError
    reply(b, b"input()\r", b"input()\r\n")
    got = reply(b, b"\x04", b">>> ")
    expect_re(got, rb"Traceback.*EOFError.*\r\n>>> ")


@on_board()
def help_texts(b):
    got = friendly(b, "help()")
    expect_re(got, rb"help\(\)\r\nWelcome.*help\('modules'\)\r\n>>> ")
    got = friendly(b, "help('modules')")
    expect_re(got, rb"help\('modules'\)\r\n.*\bsys\b.*\r\n>>> ")


# --- the raw REPL ------------------------------------------------------

@on_board()
def raw_repl_bytes(b):
    expect_eq(reply(b, b"\x01", b">"), b"\r\n" + RAW_BANNER + b">")
    expect_eq(b.exec_raw("print(1)\nprint(2)"), (b"1\r\n2\r\n", b""))
    out, err = b.exec_raw("print('x')\nraise ValueError(3)")
    expect_eq(out, b"x\r\n")
    expect_re(err, rb"Traceback \(most recent call last\):\r\n.*"
              rb"ValueError: 3\r\n")
    out, err = b.exec_raw("1 +")
    expect_re(err, rb".*SyntaxError.*\r\n")
    # Ctrl-C clears the buffer; Ctrl-A prints the banner again
    submit_raw(b, b"garbage\x03print(9)")
    expect_eq(b.follow(), (b"9\r\n", b""))
    expect_eq(reply(b, b"junk\x01", b">"), RAW_BANNER + b">")
    # an unknown raw-paste command
    b.write(b"\x05B\x01")
    expect_eq(b.read_exactly(3), b"R\x00>")
    # empty command: soft reset, raw REPL again
    expect_eq(reply(b, b"\x04", RAW_BANNER + b">"),
              b"OK\r\nMPY: soft reboot\r\n" + RAW_BANNER + b">")
    # Ctrl-B back to friendly
    got = reply(b, b"\x02", b">>> ")
    expect_re(got, rb"\r\n" + BANNER_RE + rb">>> ")


@on_board(start=RAW)
def binary_stdio_for_host_tools(b):
    """What mpremote's mount relies on: sys.stdout.buffer sends bytes as
    they are (no CR before LF), with write(buf, max_len) and write(buf,
    off, max_len); select.poll sees UART0's input on sys.stdin.buffer; with
    micropython.kbd_intr(-1) the input's bytes (Ctrl-C among them) are
    data and none is lost, 1000 of them sent at once; and a poll's
    timeout lasts in the host's time (a client on a pty makes the clock
    real: mpremote mount's 1 s waits)."""
    t = time.time()
    got = b.exec_raw("import sys, select\np = select.poll()\n"
                     "p.register(sys.stdin.buffer, select.POLLIN)\n"
                     "print(p.poll(400))")
    expect_eq(got, (b"[]\r\n", b""), "poll without input")
    if time.time() - t < 0.35:
        raise AssertionError("poll(400) took %.3f s" % (time.time() - t))
    got = b.exec_raw("import sys\nsys.stdout.buffer.write(b'a\\nb', 2)\n"
                     "sys.stdout.buffer.write(b'xy\\nz!', 1, 3)")
    expect_eq(got, (b"a\ny\nz", b""), "raw binary output")
    data = bytes(range(256)) * 3 + bytes(range(232))
    src = ("import sys, select, micropython\n"
           "micropython.kbd_intr(-1)\n"
           "p = select.poll()\n"
           "p.register(sys.stdin.buffer, select.POLLIN)\n"
           "print(p.poll(0))\n"
           "sys.stdout.buffer.write(b'go')\n"
           "print(p.poll(5000))\n"
           "buf = bytearray(1000)\n"
           "n = sys.stdin.buffer.readinto(buf, 1000)\n"
           "micropython.kbd_intr(3)\n"
           "print(n, buf == %r)\n" % data)
    submit_raw(b, src.encode())
    expect_eq(b.read_until(b"go"), b"[]\r\ngo", "poll before input")
    b.write(data)
    expect_eq(b.follow(), (b"[(<io.FileIO 0>, 1)]\r\n1000 True\r\n", b""),
              "poll and binary input")


@on_board(start=RAW)
def hexlify_through_text_stdio(b):
    """What ampy's get and rshell's file transfers over a serial port rely
    on, as MicroPython's streams allow: sys.stdout.write takes bytes
    (hexlify's) and returns their count, and sys.stdin, the text stream,
    has readinto(buf, n); rshell acks each block with 0x06."""
    data = bytes(range(0, 256, 4))
    hexed = binascii.hexlify(data)
    src = ("import sys, binascii\n"
           "buf = bytearray(%d)\n"
           "sys.stdout.write('\\x06')\n"
           "n = sys.stdin.readinto(buf, %d)\n"
           "d = binascii.unhexlify(buf)\n"
           "print(n, d == bytes(range(0, 256, 4)))\n"
           "print(sys.stdout.write(binascii.hexlify(d[:8])))\n"
           % (len(hexed), len(hexed)))
    submit_raw(b, src.encode())
    expect_eq(b.read_until(b"\x06"), b"\x06", "the ack")
    b.write(hexed)
    expect_eq(b.follow(), (b"128 True\r\n" + hexed[:16] + b"16\r\n", b""),
              "hex in through sys.stdin.readinto, out through write")


@on_board(start=RAW)
def dupterm_on_the_board(b):
    """os.dupterm as the ESP8266 port's: UART0 is in slot 1 from the start;
    taken out, the REPL's output no longer reaches UART0 (a stream in slot
    0 still gets it, with CR LF); put back, it does again; input queued
    by os.dupterm_notify() from a stream is read by the REPL first; a
    soft reset puts UART0 back in its slot."""
    cls = ("import io, os\n"
           "class S(io.IOBase):\n"
           " def __init__(s, d=b''):\n"
           "  s.d = bytearray(d)\n"
           "  s.out = bytearray()\n"
           " def write(s, b):\n"
           "  s.out += b\n"
           "  return len(b)\n"
           " def readinto(s, b):\n"
           "  if not s.d: return None\n"
           "  b[0] = s.d[0]\n"
           "  s.d = s.d[1:]\n"
           "  return 1\n")
    expect_eq(b.exec_raw(cls), (b"", b""))
    got = b.exec_raw("c = S()\nu = os.dupterm(None, 1)\n"
                     "os.dupterm(c, 0)\nprint('hidden')\n"
                     "os.dupterm(u, 1)\nos.dupterm(None, 0)\n"
                     "print(u)\nprint(bytes(c.out))")
    expect_eq(got, (b"UART(0, baudrate=115200, bits=8, parity=None, "
                    b"stop=1, rxbuf=15, timeout=0, timeout_char=1)\r\n"
                    b"b'hidden\\r\\n'\r\n", b""), "UART0 out and back")
    got = b.exec_raw("os.dupterm(S(b'print(6*7)'), 0)\n"
                     "os.dupterm_notify(None)\nos.dupterm(None, 0)")
    expect_eq(got, (b"", b""))
    submit_raw(b, b"")  # ends the command the stream typed
    expect_eq(b.follow(), (b"42\r\n", b""), "input from a stream")
    # UART0 out of its slot: nothing more reaches the line, not even
    # the raw REPL's end markers, until a soft reset puts it back
    b.write(b"import machine\nos.dupterm(None, 1)\nprint('lost')\n"
            b"machine.soft_reset()\x04")
    expect_eq(b.read_until(b"soft reboot\r\n"),
              b"OKMPY: soft reboot\r\n", "detached, then soft reset")
    b.read_until(RAW_BANNER + b">")
    expect_eq(b.exec_raw("print(os.dupterm(None, 0))"), (b"None\r\n", b""),
              "after the soft reset")


def big_program(size):
    """About [size] bytes of Python printing a checksum."""
    lines = ["acc = 0"]
    i = 0
    while sum(len(x) + 1 for x in lines) < size - 120:
        lines.append("acc = (acc * 31 + %d) %% 1000003  # %s" % (i, "x" * 20))
        if i % 50 == 0:
            lines.append("def f%d(a):\n    return a + %d" % (i, i))
        i += 1
    lines.append("print('lines', %d, 'acc', acc)" % i)
    src = "\n".join(lines) + "\n"
    return src, "lines %d acc %d\r\n" % (i, _checksum(i))


def _checksum(n):
    acc = 0
    for i in range(n):
        acc = (acc * 31 + i) % 1000003
    return acc


@on_board(start=RAW)
def raw_paste_20k_flow_control(b):
    src, want = big_program(20 * 1024)
    stats = {}
    out, err = b.exec_paste(src, stats=stats, timeout=30)
    expect_eq((out, err), (want.encode(), b""))
    expect_eq(stats["window"], 128, "window increment")
    # one \x01 at the start and one per 128 bytes consumed
    expect_eq(stats["grants"], 1 + len(src) // 128, "window grants")
    # a compile error part-way: the board says \x04 (stop), drains
    out, err = b.exec_paste("x = 1\n)\n" + "y = 2\n" * 3000, timeout=30)
    expect_re(err, rb".*SyntaxError.*\r\n")
    # Ctrl-C during the upload: \x04 then KeyboardInterrupt
    b.write(b"\x05A\x01")
    expect_eq(b.read_exactly(5), b"R\x01\x80\x00\x01")
    got = reply(b, b"x = 1\n\x03", b">")
    expect_re(got, rb"\x04\x04(Traceback.*)?KeyboardInterrupt:? ?\r\n\x04>")
    expect_eq(b.exec_raw("print('after')"), (b"after\r\n", b""))


@on_board(start=RAW)
def raw_paste_window_overrun_and_garbage(b):
    # the host ignores the window and sends 4 KB at once
    reply(b, b"\x05A\x01", b"\x80\x00\x01")
    src = ("z = 0\n" + "z += 1\n" * 600 + "print(z)\n").encode()
    b.write(src + b"\x04")
    got = b.read_until(b">", timeout=20)
    expect_re(got, rb"[\x01]*\x04600\r\n\x04\x04>")
    # binary garbage, then a clean command still works
    b.write(bytes(range(256)) * 4)
    b.write(b"\x03")
    b.drain()
    b.enter_raw()
    expect_eq(b.exec_raw("print('ok')"), (b"ok\r\n", b""))
    reply(b, b"\x02", b">>> ")
    # binary garbage in the friendly REPL, escape sequences cut short
    b.write(bytes(range(6, 256)) + b"\x1b[\x1b[3\x1bO\x1b\x03")
    b.drain()
    fresh(b)
    expect_eq(friendly(b, "3 * 3"), b"3 * 3\r\n9\r\n>>> ")
    # a 100 KB line
    got = reply(b, b"'" + b"a" * 100000 + b"'\r", b">>> ", timeout=60)
    expect_eq(friendly(b, "len(_)"), b"len(_)\r\n100000\r\n>>> ")


@on_board(start=RAW)
def reconnect_and_disconnect_mid_paste(b):
    expect_eq(b.exec_raw("a = 41"), (b"", b""))
    reconnect(b)
    expect_eq(b.exec_raw("print(a + 1)"), (b"42\r\n", b""))
    # a client leaves in the middle of a raw-paste upload
    reply(b, b"\x05A\x01", b"\x80\x00\x01")
    b.write(b"b = 1\nc = ")
    b.disconnect()
    time.sleep(0.2)
    b.connect()
    b.enter_raw()  # its \r\x03 ends the upload: \x04, KeyboardInterrupt
    expect_eq(b.exec_raw("print(a)"), (b"41\r\n", b""))


@test
def tcp_transport():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    with session(transport="tcp:%d" % port, start=RAW) as b:
        expect_eq(b.exec_raw("print(6 * 7)"), (b"42\r\n", b""))
        reconnect(b)
        expect_eq(b.exec_raw("print('again')"), (b"again\r\n", b""))


@test
def heap_38k_raw_paste():
    skip_on("asan", "the ASan build gives every allocation a 16-byte red-zone "
            "block, about doubling small objects in a 38 KB heap")
    # The 512 KB flash variant of the reference has no filesystem: the
    # whole 38 KB heap is the program's (the filesystem's share after boot
    # is in docs/filesystem.md).
    with tempfile.TemporaryDirectory() as d:
        img = os.path.join(d, "flash512k.img")
        with open(img, "wb") as f:
            f.write(b"\xff" * (512 * 1024))
        with session("-X", "heapsize=38K", "--flash", img, start=RAW) as b:
            src, want = big_program(20 * 1024)
            out, err = b.exec_paste(src, timeout=30)
            expect_eq((out, err), (want.encode(), b""))


# --- the line editor's keys on a terminal (tmux) --------------------------

class Tmux:
    """A terminal of 80 x 24 running the shell command [cmd], until its
    first prompt; a context manager that ends the terminal."""
    made = 0

    def __init__(self, cmd):
        if shutil.which("tmux") is None:
            raise AssertionError("tmux is missing "
                                 "(tools/setup.sh installs it)")
        # A server of its own: the one a test before ends may still be
        # going away (its socket there, new-session failing on it).
        Tmux.made += 1
        self.sock = "espy-console-%d-%d" % (os.getpid(), Tmux.made)
        self.run("new-session", "-d", "-s", "t", "-x", "80", "-y", "24", cmd)
        try:
            self.wait_for(">>> ")
        except BaseException:
            self.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def run(self, *args):
        return subprocess.run(["tmux", "-L", self.sock] + list(args),
                              check=True, capture_output=True).stdout.decode()

    def keys(self, *keys):
        self.run("send-keys", "-t", "t", *keys)

    def press(self, key, last):
        """Send [key]; wait for the screen to change and end with [last]."""
        before = self.screen()
        self.keys(key)
        return self.wait_for(last, changed_from=before)

    def text(self, *keys):
        self.run("send-keys", "-t", "t", "-l", *keys)

    def screen(self):
        """The lines of the pane and its history, right spaces dropped."""
        out = self.run("capture-pane", "-t", "t", "-p", "-S", "-")
        return [line.rstrip() for line in out.split("\n")]

    def prompts(self):
        return sum(1 for x in self.screen() if x.startswith((">>>", "...")))

    def enter(self, text, prompt=">>>"):
        """Type [text] and Enter; wait for the prompt after its output."""
        n = self.prompts()
        self.text(text)
        self.keys("Enter")
        deadline = time.time() + 10 * OPT.timeout_scale
        while self.prompts() <= n or self.wait_for(prompt) is None:
            if time.time() > deadline:
                raise AssertionError("no prompt after %r" % text)
            time.sleep(0.05)
        return [x for x in self.screen() if x]

    def wait_for(self, last, timeout=10, changed_from=None):
        """Wait until the screen's last non-empty line is [last] (rstripped)
        and the screen differs from [changed_from] (a screen() before)."""
        deadline = time.time() + timeout * OPT.timeout_scale
        while True:
            screen = self.screen()
            lines = [x for x in screen if x]
            if (lines and lines[-1] == last.rstrip()
                    and screen != changed_from):
                return lines
            if time.time() > deadline:
                raise AssertionError("screen never ended with %r:\n%s"
                                     % (last, "\n".join(lines)))
            time.sleep(0.05)

    def close(self):
        subprocess.run(["tmux", "-L", self.sock, "kill-server"],
                       capture_output=True)

    def interrupt_loop(self, what=""):
        """Run a loop that never ends, Ctrl-C it: KeyboardInterrupt."""
        self.text("while True: pass")
        self.keys("Enter", "Enter")
        time.sleep(0.3)
        lines = self.press("C-c", ">>>")
        expect_eq(lines[-2].rstrip(":"), "KeyboardInterrupt", what)


@test
def keys_on_terminal():
    # On a terminal board mode would use the user's persistent flash
    # image: the test brings its own.
    with tempfile.TemporaryDirectory() as d, Tmux(
            OPT.espy + " --uart0 stdio --flash " + os.path.join(d, "f.img")
            + "; echo; stty -a | tr ' ' '\\n' | grep -x icanon; echo quit=$?;"
            " sleep 30") as t:
        def line_after(keys_typed, want):
            lines = t.wait_for(want)
            expect_eq(lines[-1], want.rstrip(), keys_typed)

        # Left, Right, Home, End, Backspace, Delete
        t.text("print(123)")
        t.keys("Left", "Left", "BSpace")
        line_after("Left Left BSpace", ">>> print(13)")
        t.keys("Home", "Right")
        t.text("X")
        line_after("Home Right X", ">>> pXrint(13)")
        t.keys("Left", "DC")
        line_after("Left Delete", ">>> print(13)")
        t.keys("End", "C-a")
        t.text("#")
        line_after("End, Ctrl-A (home on a non-empty line)", ">>> #print(13)")
        t.keys("C-e")
        t.text("#")
        line_after("Ctrl-E (end on a non-empty line)", ">>> #print(13)#")
        t.keys("Home", "DC", "End", "BSpace", "Enter")
        line_after("Enter", ">>>")
        lines = t.screen()
        # history: Up brings the last line back, Down clears it
        t.keys("Up")
        line_after("Up", ">>> print(13)")
        t.keys("Down")
        line_after("Down", ">>>")
        for i in range(10):
            t.enter("%d" % i)
        t.keys(*["Up"] * 8)
        line_after("Up x8 (8 lines of history)", ">>> 2")
        t.keys("Up")
        line_after("Up past the oldest", ">>> 2")
        t.keys("C-c")
        line_after("Ctrl-C", ">>>")
        # auto-indent and Backspace over it
        t.text("if True:")
        t.keys("Enter")
        line_after("auto-indent", "...     ")
        t.keys("BSpace")
        line_after("Backspace over the indent", "...")
        t.keys("C-c")
        line_after("Ctrl-C in a block", ">>>")
        # Tab: completion and 4 spaces
        t.text("impo")
        t.keys("Tab")
        line_after("Tab completes", ">>> import")
        t.keys("C-c")
        t.wait_for(">>>")
        # the control keys of the spec's table on an empty line
        t.keys("C-e")
        line_after("Ctrl-E", "===")
        expect_eq(t.screen()[[i for i, x in enumerate(t.screen()) if x][-1]
                             - 1],
                  "paste mode; Ctrl-C to cancel, Ctrl-D to finish")
        t.keys("C-c")
        line_after("Ctrl-C leaves paste mode", ">>>")
        lines = t.press("C-a", ">")
        expect_eq(lines[-2:], ["raw REPL; CTRL-B to exit", ">"], "Ctrl-A")
        lines = t.press("C-b", ">>>")
        expect_eq(lines[-2], 'Type "help()" for more information.', "Ctrl-B")
        lines = t.press("C-d", ">>>")
        expect_eq(lines[-4], "MPY: soft reboot", "Ctrl-D")
        t.interrupt_loop("Ctrl-C into code")
        # Ctrl-] quits, the terminal back in its own (canonical) mode
        t.keys("C-]")
        lines = t.wait_for("quit=0")
        expect_eq(lines[-2], "icanon", "terminal modes after Ctrl-]")


@contextlib.contextmanager
def program(prog, *args, **popen):
    """espy [args] running the program [prog] (bytes, from a file),
    subprocess.Popen's [popen]; killed however the test ends."""
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "prog.py")
        with open(path, "wb") as f:
            f.write(prog)
        p = subprocess.Popen(espy_cmd(*args, path), **popen)
        try:
            yield p
        finally:
            if p.stdin:
                p.stdin.close()
            p.kill()
            p.wait()


@test
def plain_mode_sigint_into_a_blocking_read():
    # Without a console, a read of a pipe that gets no input: SIGINT makes
    # it raise KeyboardInterrupt at once (it was retried, waiting for input
    # or the pipe's end)
    prog = (b"print('ready', flush=True)\ntry:\n"
            b"    open('/dev/stdin', 'rb').read()\n"
            b"except KeyboardInterrupt:\n    print('KeyboardInterrupt')\n")
    with program(prog, stdin=subprocess.PIPE, stdout=subprocess.PIPE) as p:
        time.sleep(0.5 * OPT.timeout_scale)  # into the read
        p.send_signal(signal.SIGINT)
        p.wait(5 * OPT.timeout_scale)  # the pipe still open
        expect_eq(p.stdout.read(), b"ready\nKeyboardInterrupt\n")


@test
def plain_mode_flush_reaches_a_pipe():
    # print(flush=True) and sys.stdout.flush() send what is buffered for a
    # pipe at once, not when the program next reads or ends
    prog = (b"import sys, time\nprint('a', flush=True)\n"
            b"sys.stdout.write('b')\nsys.stdout.flush()\ntime.sleep(30)\n")
    with program(prog, stdout=subprocess.PIPE) as p:
        got = b""
        end = time.time() + 10 * OPT.timeout_scale
        while got != b"a\nb" and time.time() < end:
            if select.select([p.stdout], [], [], 0.1)[0]:
                got += os.read(p.stdout.fileno(), 100)
        expect_eq(got, b"a\nb", "output while the program sleeps")


@test
def virtual_clock_poll_waits():
    # On the board with the virtual clock (stdin a pipe), select.poll's
    # wait lasts its timeout in the board's time and one without a limit
    # lasts until input comes (both returned [] at once: the virtual
    # clock keeps an event pending)
    prog = (b"import select, sys, time\np = select.poll()\n"
            b"p.register(sys.stdin, select.POLLIN)\nt = time.ticks_ms()\n"
            b"print('A', p.poll(5000), time.ticks_diff(time.ticks_ms(), t) >= 5000)\n"
            b"print('B', p.poll())\nprint('C', repr(sys.stdin.readline()))\n")
    with program(prog, "--clock", "virtual", stdin=subprocess.PIPE,
                 stdout=subprocess.PIPE, stderr=subprocess.STDOUT) as p:
        time.sleep(0.5 * OPT.timeout_scale)  # into the wait without limit
        out = p.communicate(b"hi\n", timeout=10 * OPT.timeout_scale)[0]
        lines = [ln for ln in out.split(b"\r\n") if ln[:2] in
                 (b"A ", b"B ", b"C ")]
        expect_eq(lines, [b"A [] True", b"B [(<io.TextIOWrapper 0>, 1)]",
                          b"C 'hi\\n'"], out)


@test
def plain_mode_terminal():
    with Tmux(OPT.espy + "; echo exited=$?; sleep 30") as t:
        lines = t.wait_for(">>>")
        expect_re(lines[-3].encode(),
                  rb"MicroPython espy-[0-9.]+ on \d{4}-\d\d-\d\d; linux")
        t.enter("x = 6")
        lines = t.enter("x * 7")
        expect_eq(lines[-2], "42")
        t.interrupt_loop()
        t.keys("C-d")
        lines = t.wait_for("exited=0")


def main():
    global OPT
    ap = argparse.ArgumentParser()
    ap.add_argument("--espy", default="build/host/espy")
    ap.add_argument("--timeout-scale", type=float, default=1.0)
    ap.add_argument("-k", default=None, help="run tests whose name has this")
    ap.add_argument("--tag", action="append", default=[],
                    help="the build's tags (asan: skips heap-size tests)")
    OPT = ap.parse_args()
    passed = failed = skipped = 0
    for fn in TESTS:
        if OPT.k and OPT.k not in fn.__name__:
            continue
        start = time.time()
        try:
            fn()
            passed += 1
            print("ok   %-40s %.1f s" % (fn.__name__, time.time() - start))
        except Skip as e:
            skipped += 1
            print("skip %s: %s" % (fn.__name__, e))
        except Exception:
            failed += 1
            print("FAIL %s" % fn.__name__)
            traceback.print_exc(file=sys.stdout)
        sys.stdout.flush()
    print("console: %d passed, %d failed%s" % (passed, failed,
          ", %d skipped" % skipped if skipped else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
