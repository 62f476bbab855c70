# micropython.RingIO under asyncio: a StreamReader over a RingIO waits
# (select.poll through RingIO.ioctl) until a task writes into the ring,
# then reads lines and parts of what is there.
import asyncio
import micropython

rb = micropython.RingIO(32)


async def producer():
    for i in range(3):
        await asyncio.sleep_ms(10)
        rb.write(b"line %d\n" % i)


async def main():
    s = asyncio.StreamReader(rb)
    asyncio.create_task(producer())
    for i in range(3):
        print(await s.readline())
    rb.write(b"abc")
    print(await s.read(2), await s.read(5), rb.any())


asyncio.run(main())
