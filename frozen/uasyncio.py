# uasyncio: MicroPython's older name for asyncio; importing it gives the
# asyncio package itself.
import sys
import asyncio

sys.modules["uasyncio"] = asyncio
