# Non-ASCII text: length and indexing count code points.
s = 'héllo wörld €'
print(s, len(s), s[1], s[-1], s[7:9])
print(repr('é'), '\u00e9' == 'é', '\u20ac' == '€', '\U0001F600' == '😀')
print(len('日本語'), '日本語'[1], '日本語'[::-1], len('😀'))
