# String escapes in literals.
print('tab\there', 'nl\\n', 'quote\'s', "dq\"s")
print('\x41\x42', '\101', '\0' == '\x00', len('\n\t\r'))
print(repr('\n'), repr('\t'), repr('\\'), repr('\x00'), repr('\x7f'))
print(r'raw\n', len(r'\n'), R'x\y')
print('line \
continued')
