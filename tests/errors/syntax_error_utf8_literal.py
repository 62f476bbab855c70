# Issue 19 (found by make fuzz): a string literal whose bytes are not valid
# UTF-8 made a str that was not either; indexing it crashed. Now a
# SyntaxError before anything runs.
print('never printed')
DIGITS = '012345 »«Ãabc'
print(DIGITS[6])
