# int.to_bytes argument checks and overflow errors (raised before any bytes object is made).
for f in (lambda: (-1).to_bytes(1, 'big'), lambda: (256).to_bytes(1, 'little'),
          lambda: (1).to_bytes(0, 'big'), lambda: (128).to_bytes(1, 'big', signed=True),
          lambda: (-129).to_bytes(1, 'big', signed=True), lambda: (1).to_bytes(-1, 'big'),
          lambda: (1).to_bytes(1, 'middle'), lambda: (2 ** 64).to_bytes(8, 'little'),
          lambda: (1).to_bytes(1, 'big', sign=True)):
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
