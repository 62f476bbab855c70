# asyncio streams: Stream (also StreamReader and StreamWriter) over any
# stream object whose readiness select.poll can see (a Python stream with
# ioctl, a file, sys.stdin...), and open_connection/start_server, which
# need the socket module.

from . import core


def _wait(s, write):
    # Wait until stream [s] can be read (or written).
    if write:
        core._io.queue_write(s)
    else:
        core._io.queue_read(s)
    yield


class Stream:
    def __init__(self, s, e={}):
        self.s = s
        self.e = e
        self.out_buf = b""

    def get_extra_info(self, v):
        return self.e[v]

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()

    def close(self):
        pass

    async def wait_closed(self):
        self.s.close()

    aclose = wait_closed

    async def read(self, n=-1):
        # Up to [n] bytes as soon as some are there; n < 0: all until
        # the end of the stream.
        if n >= 0:
            await _wait(self.s, False)
            return self.s.read(n)
        r = b""
        while True:
            await _wait(self.s, False)
            chunk = self.s.read(256)
            if not chunk:
                return r
            r += chunk

    async def readinto(self, buf):
        await _wait(self.s, False)
        return self.s.readinto(buf)

    async def readexactly(self, n):
        # Exactly [n] bytes; EOFError when the stream ends first.
        r = b""
        while n:
            await _wait(self.s, False)
            chunk = self.s.read(n)
            if not chunk:
                raise EOFError
            r += chunk
            n -= len(chunk)
        return r

    async def readline(self):
        r = b""
        while True:
            await _wait(self.s, False)
            line = self.s.readline()
            if not line:
                return r
            r += line
            if line[-1] == 10:
                return r

    def write(self, buf):
        # Write what the stream takes now; keep the rest for drain().
        if not self.out_buf:
            n = self.s.write(buf)
            if n == len(buf):
                return
            if n is not None:
                buf = buf[n:]
            if isinstance(buf, bytes):
                self.out_buf = buf
                return
        self.out_buf += buf

    async def drain(self):
        # Wait until everything written has gone to the stream.
        if not self.out_buf:
            return await core.sleep_ms(0)
        mv = memoryview(self.out_buf)
        off = 0
        while off < len(mv):
            await _wait(self.s, True)
            n = self.s.write(mv[off:])
            if n is not None:
                off += n
        self.out_buf = b""

    async def awrite(self, buf, off=0, sz=-1):
        if off or sz >= 0:
            buf = buf[off:off + sz if sz >= 0 else len(buf)]
        self.write(buf)
        await self.drain()

    async def awritestr(self, s):
        await self.awrite(s.encode())


StreamReader = Stream
StreamWriter = Stream


async def open_connection(host, port, ssl=None, server_hostname=None):
    # A (reader, writer) pair for a TCP connection: needs socket.
    import socket
    ai = socket.getaddrinfo(host, port, 0, socket.SOCK_STREAM)[0]
    s = socket.socket(ai[0], ai[1], ai[2])
    s.setblocking(False)
    try:
        s.connect(ai[-1])
    except OSError as er:
        if er.errno != 115:  # EINPROGRESS
            raise er
    await _wait(s, True)
    ss = Stream(s)
    return ss, ss


async def start_server(cb, host, port, backlog=5, ssl=None):
    # Serve TCP connections on (host, port) with cb(reader, writer): needs
    # socket.
    import socket
    ai = socket.getaddrinfo(host, port)[0]
    s = socket.socket()
    s.setblocking(False)
    s.bind(ai[-1])
    s.listen(backlog)
    srv = Server(s, cb)
    srv.task = core.create_task(srv._serve())
    return srv


class Server:
    def __init__(self, s, cb):
        self.s = s
        self.cb = cb
        self.task = None

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.close()
        await self.wait_closed()

    def close(self):
        self.task.cancel()

    async def wait_closed(self):
        await self.task

    async def _serve(self):
        try:
            while True:
                await _wait(self.s, False)
                s2, addr = self.s.accept()
                s2.setblocking(False)
                ss = Stream(s2, {"peername": addr})
                core.create_task(self.cb(ss, ss))
        finally:
            self.s.close()
