# String work: concatenation, join, split, replace, find, slicing, format
# and comparison (the ground of core_str and core_qstr).


def build(n):
    parts = []
    for i in range(n):
        parts.append("item%d=%s" % (i, hex(i * 7919)))
    return ";".join(parts)


def work(rounds):
    total = 0
    for r in range(rounds):
        s = build(300)
        fields = s.split(";")
        for f in fields:
            k, v = f.split("=")
            if v.startswith("0x1"):
                total += len(k)
            total += f.find("=")
        t = s.replace("item", "it").upper()
        total += t.count("IT") + len(t[::7])
        names = sorted(set(f[:5] for f in fields))
        total += len(names) + ("item1" < "item2")
        total += len("{}-{:>8}-{:04x}".format(r, "x" * (r % 5), r))
    return total


print(work(400))
