# Code-point indexing, slicing and methods on non-ASCII text.
s = 'héllo wörld €uro'
print(len(s), s[1], s[-4], s[7], s[12])
print(s[1:5], s[::-1], s[::3], s[-4:], s[100:], s[:-100])
print(s.find('ö'), s.find('€'), s.index('l', 3), s.rfind('l'), s.count('l'))
print(s.split('ö'), s.partition(' '), 'abc'.upper())
print(s.center(20, '·'), s.ljust(18, 'é') + '|')
print(repr(s), repr('tab\there'), repr("it's"), repr('say "hi"'), repr('both \' and "'))
print(repr('\x00\x7f\x80\xa0\xad\u2028 ok'), repr('\\'))
print([c for c in 'aé€😀'], len('😀'), '😀'.encode if False else '')
print('é' in s, 'wö' in s, 'x' in s, '' in s)
print('é' < 'z', 'z' < 'é', 'abc' < 'abd', 'ab' < 'abc', sorted(['é', 'e', 'z', 'É']))
print(s.replace('l', 'L'))
t = ''
for c in s:
    t = c + t
print(t, t == s[::-1], hash(t) == hash(s[::-1]))
print(chr(233), ord('é'), chr(8364), ord('€'))
