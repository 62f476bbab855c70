# SPDX-License-Identifier: MIT
"""A small client of espy's UART0, written from the protocol bytes of
spec/esp8266-port.md section 3: it starts `espy --uart0 pty` (or tcp:PORT),
opens the pseudo-terminal as a serial port would be opened, and speaks the
friendly REPL, the raw REPL and raw-paste mode. Used by console_test.py
and by the measurement in docs/console.md."""
import os
import re
import select
import socket
import subprocess
import termios
import time
import tty

RAW_BANNER = b"raw REPL; CTRL-B to exit\r\n"


class Timeout(Exception):
    pass


class Board:
    """espy in board mode with UART0 on a pseudo-terminal or a TCP port."""

    def __init__(self, espy, args=(), transport="pty", scale=1.0, cwd=None):
        self.scale = scale
        cmd = list(espy) + list(args) + ["--uart0", transport]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, cwd=cwd)
        line = self.proc.stderr.readline().decode()
        m = re.match(r"UART0: (\S+)", line)
        if not m:
            self.proc.kill()
            raise RuntimeError("no UART0 line from espy: %r" % line)
        self.where = m.group(1)
        self.tcp = transport.startswith("tcp:")
        self.fd = None
        self.sock = None
        self.rbuf = b""  # received, not yet returned
        self.connect()

    def connect(self):
        self.rbuf = b""
        if self.tcp:
            port = int(self.where.rsplit(":", 1)[1])
            self.sock = socket.create_connection(("127.0.0.1", port))
            self.sock.setblocking(False)
        else:
            self.fd = os.open(self.where, os.O_RDWR | os.O_NOCTTY)
            tty.setraw(self.fd, termios.TCSANOW)  # keep what is queued

    def disconnect(self):
        if self.sock is not None:
            self.sock.close()
            self.sock = None
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def close(self):
        self.disconnect()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        err = self.proc.stderr.read().decode(errors="replace")
        self.proc.stderr.close()
        return err

    # --- bytes

    def _fileno(self):
        return self.sock.fileno() if self.sock is not None else self.fd

    def write(self, data):
        while data:
            try:
                if self.sock is not None:
                    n = self.sock.send(data)
                else:
                    n = os.write(self.fd, data)
            except BlockingIOError:
                select.select([], [self._fileno()], [], 1)
                continue
            data = data[n:]

    def read_some(self, timeout):
        if self.rbuf:
            got, self.rbuf = self.rbuf, b""
            return got
        r, _, _ = select.select([self._fileno()], [], [], timeout)
        if not r:
            return b""
        try:
            if self.sock is not None:
                return self.sock.recv(4096)
            return os.read(self.fd, 4096)
        except (BlockingIOError, OSError):
            return b""

    def _read(self, length, timeout, what):
        """Read until length(bytes so far) gives how many of them to
        return (None: not yet); the rest stays for the next read. Timeout
        (saying it waited for [what]) with what came."""
        buf = b""
        deadline = time.time() + timeout * self.scale
        while (n := length(buf)) is None:
            left = deadline - time.time()
            if left <= 0:
                raise Timeout("waited for %s, got %r" % (what, buf[-300:]))
            buf += self.read_some(min(left, 0.5))
        self.rbuf = buf[n:] + self.rbuf
        return buf[:n]

    def read_until(self, end, timeout=10):
        """Bytes up to and including [end]; Timeout with what came."""
        return self._read(
            lambda buf: buf.index(end) + len(end) if end in buf else None,
            timeout, repr(end))

    def read_exactly(self, n, timeout=10):
        return self._read(lambda buf: n if len(buf) >= n else None, timeout,
                          "%d bytes" % n)

    def drain(self, quiet=0.2):
        """Everything until the line has been quiet for [quiet] s."""
        buf = b""
        while True:
            got = self.read_some(quiet * self.scale)
            if not got:
                return buf
            buf += got

    # --- the raw REPL (as a host tool enters and uses it)

    def enter_raw(self, soft_reset=False):
        self.write(b"\r\x03")
        time.sleep(0.05)
        self.drain(0.1)
        self.write(b"\r\x01")
        self.read_until(RAW_BANNER + b">")
        if soft_reset:
            self.write(b"\x04")
            self.read_until(b"soft reboot\r\n")
            self.read_until(RAW_BANNER + b">")

    def exec_raw(self, src, timeout=10):
        """Plain raw mode: (output, error output)."""
        self.write(src.encode() if isinstance(src, str) else src)
        self.write(b"\x04")
        ok = self.read_exactly(2, timeout)
        if ok != b"OK":
            raise RuntimeError("no OK: %r" % ok)
        return self.follow(timeout)

    def follow(self, timeout=10):
        out = self.read_until(b"\x04", timeout)[:-1]
        err = self.read_until(b"\x04", timeout)[:-1]
        self.read_until(b">", timeout)
        return out, err

    def exec_paste(self, src, timeout=10, stats=None):
        """Raw-paste mode, keeping within the window the board grants:
        (output, error output). [stats] gets the window and \\x01 counts."""
        data = src.encode() if isinstance(src, str) else src
        self.write(b"\x05A\x01")
        reply = self.read_exactly(2, timeout)
        if reply != b"R\x01":
            raise RuntimeError("raw-paste refused: %r" % reply)
        window = int.from_bytes(self.read_exactly(2, timeout), "little")
        left = window
        grants = 0
        i = 0
        aborted = False
        while i < len(data) and not aborted:
            while left == 0 or self._pending():
                b = self.read_exactly(1, timeout)
                if b == b"\x01":
                    left += window
                    grants += 1
                elif b == b"\x04":
                    self.write(b"\x04")
                    aborted = True
                    break
                else:
                    raise RuntimeError("unexpected %r during raw-paste" % b)
            if aborted:
                break
            chunk = data[i:i + left]
            self.write(chunk)
            i += len(chunk)
            left -= len(chunk)
        if not aborted:
            self.write(b"\x04")
            tail = self.read_until(b"\x04", timeout)
            grants += tail.count(b"\x01")
            if tail.strip(b"\x01") != b"\x04":
                raise RuntimeError("bad end of raw-paste: %r" % tail)
        if stats is not None:
            stats.update(window=window, grants=grants, aborted=aborted)
        return self.follow(timeout)

    def _pending(self):
        if self.rbuf:
            return True
        r, _, _ = select.select([self._fileno()], [], [], 0)
        return bool(r)
