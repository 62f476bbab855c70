# asyncio (also uasyncio) as MicroPython's: frozen Python over the C core
# _asyncio (modules/asyncio.c). See docs/asyncio.md.
#
# The event loop (core) is loaded at once; the other parts when a program
# first names them, so a program pays heap only for what it uses.

from .core import *
from .core import _as_task

_attrs = {
    "wait_for": "funcs",
    "wait_for_ms": "funcs",
    "gather": "funcs",
    "Event": "event",
    "ThreadSafeFlag": "event",
    "Lock": "lock",
    "Stream": "stream",
    "StreamReader": "stream",
    "StreamWriter": "stream",
    "open_connection": "stream",
    "start_server": "stream",
}


def __getattr__(attr):
    mod = _attrs.get(attr, None)
    if mod is None:
        raise AttributeError(attr)
    if mod == "funcs":
        from . import funcs as m
    elif mod == "event":
        from . import event as m
    elif mod == "lock":
        from . import lock as m
    else:
        from . import stream as m
    value = getattr(m, attr)
    globals()[attr] = value
    return value
