# f-strings: names, expressions, conversions, format specs.
name = 'espy'
n = 42
print(f'hello {name}', f'{n + 1}', f'{n * 2} and {n // 5}')
print(f'{name!r}', f'{n:5d}|', f'{n:<5}|', f'{name:>8}|', f'{n:x}')
print(f'{{literal}}', f'{"nested"}', f'{[1, 2][1]}')
items = [1, 2, 3]
print(f'{len(items)} items: {items}')
print(F'upper {n}', rf'raw \n {n}')
