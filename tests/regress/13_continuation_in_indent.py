# A backslash continuation in a line's indentation (found by the console
# fuzzer: 'def f():' then a line '    \' and blank lines segfaulted, the
# parser taking the empty logical line for a statement). As CPython: the
# columns before the first backslash are the line's indentation, and a
# line that is blank after its continuations is a blank line.
sources = [
    'if 1:\n    \\\n    x=1\n    print(x)\n',
    'if 1:\n        \\\n    x=1\n    print(x)\n',
    '\\\n\nprint(3)\n',
    '    \\\n\nprint(4)\n',
    'print(5)\n\\\n',
    'if 1:\n  x=1\n  \\\n  \nprint(6)\n',
    'def f():\n    \\\n    \n    \n',
    'def f():\n    \\\n    \n    \nprint(1)\n',
    'if 1:\n    \\\n\n    x=1\n    print(7)\n',
    'if 1:\n  \\\n      \\\n  print(8)\n',
    'if 1:\n  \\\n  # c\n  print(9)\n',
    'if 1:\n\t\\\n        print(10)\n',
    'x = 1 + \\\n    2\nprint(x)\n',
    'if 1:\n    pass\n  \\\n\nprint(11)\n',
    '  \\\n  print(12)\n',
    'if 1:\r\n  \\\r\n  \r\n  print(13)\r\n',
]
for src in sources:
    try:
        exec(compile(src, 'src', 'exec'), {})
    except SyntaxError as e:
        print(type(e).__name__, e.lineno)
