# Instances of subclasses of built-in types (which box the built-in value)
# and values of the wrong type given to built-in methods, constructors and
# operators: each works as its base type or raises TypeError (a boxed
# dict used to be read as a dict: dict(D(a=1)) gave {}).
class D(dict): pass
class L(list): pass
class S(str): pass
class B(bytes): pass
class BA(bytearray): pass
class T(tuple): pass
class St(set): pass
class I(int): pass
class F(float): pass
tests = [
 "dict.get(5, 1)", "dict.get(D(a=1), 'a')", "dict.pop(D(a=1), 'a')", "dict.setdefault(D(), 'k', 2)", "dict.popitem(D(a=1))", "dict.keys(D(a=1))",
 "list.append(L(), 1)", "list.sort(L([3,1]))", "list.__len__(L([1]))", "L([1,2]).copy()", "list.pop(5)",
 "str.join(S(','), ['a','b'])", "str.upper(S('a'))", "str.split(5)", "bytes.hex(B(b'a'))", "bytearray.append(BA(), 1)",
 "tuple.count(T((1,1)), 1)", "set.add(St(), 1)", "int.bit_length(I(5))", "float.is_integer(F(2.0))", "int.to_bytes(I(5), 2, 'big')",
 "dict.update(D(), {'a':1})", "D(a=1) | D(b=2)", "dict.fromkeys([1])", "list.__getitem__(L([1]), 0)", "set.union(St({1}), {2})",
 "bytes.decode(B(b'a'))", "str.format(S('{}'), 1)", "getattr(D(a=1), 'get')('a')",
 "sorted(D(b=1, a=2))", "list(D(a=1).items())", "max(L([1, 5]))", "'-'.join(L(['a']))", "','.join(T(('a', 'b')))",
 "str.maketrans(D({97: 98}))", "'abc'.translate(D({97: 98}))", "'%(a)s' % D(a=1)", "'{a}'.format_map(D(a=1))", "f'{1:{S(\"3\")}}'",
 "dict(D(a=1))", "{**D(a=1)}", "(lambda **k: k)(**D(a=1))", "set(D(a=1))", "frozenset(St({1}))", "bytes(BA(b'x'))", "bytearray(B(b'x'))",
 "memoryview(B(b'x'))[0]", "memoryview(BA(b'x'))[0]", "int(S('5'))", "float(S('5.5'))", "complex(S('1j'))",
 "I(5) + I(6)", "F(1.5) * 2", "hash(S('a')) == hash('a')", "S('a') in {'a': 1}", "{S('a'): 1}['a']",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '!', type(e).__name__, e)
