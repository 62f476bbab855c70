# format() of complex numbers: parts formatted as floats, padded whole.
for z in [1+2j, 1.5j, -0.0-1j, 1e20+1e-5j, complex('nan+infj'), -1.5j, complex(0.0, -0.0)]:
  for s in ['', '.2f', '10', '<20', '+.3e', '.3', 'g', '^25.2f', '_.1f', '+', ' ', '+.2', '*>12', 'E']:
    print(repr(format(z, s)), end=' ')
  print(f"{z}|{z:8.1f}|{z!r:>12}")
for s in ['=10', '010', 'd', 's']:
  try: format(1j, s)
  except Exception as e: print(type(e).__name__, e)
