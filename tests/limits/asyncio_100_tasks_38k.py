# args: -X heapsize=38k
# skip-asan: the ASan build gives every allocation a 16-byte red-zone block, which about doubles small objects in a 38 KB heap; plain builds and the lx106 pass
# 100 asyncio tasks at once in the ESP8266's 38 KB heap (the lx106 build
# under QEMU, and 32-bit hosts): each waits on a shared Event, sleeps a
# different time three times, takes a shared Lock, and returns a result
# through one gather. On a 64-bit host, where every object is twice the
# size, 40 of them (the output is the same either way).
import sys
import asyncio

N = 100 if sys.maxsize < 2**32 else 40
done = []
lock = asyncio.Lock()
total = [0]


async def worker(i, go):
    await go.wait()
    for k in range(3):
        await asyncio.sleep(((i * 7) % 13 + k) / 1000)
    async with lock:
        total[0] += i
    done.append(i)
    return i * i


async def main():
    go = asyncio.Event()
    tasks = [asyncio.create_task(worker(i, go)) for i in range(N)]
    await asyncio.sleep(0)
    go.set()
    results = await asyncio.gather(*tasks)
    print(len(results) == N, results == [i * i for i in range(N)])
    print(total[0] == N * (N - 1) // 2, sorted(done) == list(range(N)))


asyncio.run(main())
