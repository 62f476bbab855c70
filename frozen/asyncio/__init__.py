# asyncio (also uasyncio) as MicroPython's: frozen Python over the C core
# _asyncio (modules/asyncio.c). See docs/asyncio.md.

from .core import *
from .core import _as_task
from .event import Event, ThreadSafeFlag
from .lock import Lock
from .funcs import wait_for, wait_for_ms, gather
