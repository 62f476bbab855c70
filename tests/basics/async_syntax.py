# Where await, async for and async with may appear (SyntaxError elsewhere),
# and the parse of await (tighter than **, an operand of unary minus).

def check(src):
    try:
        compile(src, 'src', 'exec')
        print('ok')
    except SyntaxError as e:
        print('SyntaxError:', e.args[0])

check('await x')
check('def f():\n    await x')
check('def f():\n    async for x in y: pass')
check('def f():\n    async with x: pass')
check('async for x in y: pass')
check('async with x: pass')
check('class C:\n    await x')
check('async def f():\n    lambda: await x')
check('async def f():\n    def g():\n        await x')
check('async x = 1')
check('async def f():\n    await')
check('async def f():\n    return [await x for x in y]')
check('async def f():\n    await x ** 2\n    -await x\n    await f()[0]')
check('async def f():\n    async for x in y:\n        pass\n    else:\n        pass')
check('async def f():\n    async with a as b, c as (d, e):\n        pass')
check('@dec\nasync def f():\n    pass')
check('class C:\n    async def m(self):\n        return await self.n()')
check('async def f():\n    await x = 1')
check('async def f():\n    yield\n    await x')

async def f():
    pass
print(type(f).__name__)
c = f()
print(repr(c).startswith('<coroutine object f at'))
c.close()
