# args: -X heapsize=38k
# skip-asan: the ASan build gives every allocation a 16-byte red-zone block, which about doubles small objects in a 38 KB heap; plain builds and the lx106 pass
# re over a 4 KB string in the ESP8266's 38 KB heap: search, findall,
# sub, split, finditer and greedy/lazy scans that backtrack over all of it
import re

chunk = "alpha1 beta22 gamma333 delta4444 eps1lon zeta42 "
text = (chunk * 90)[:4090] + " end99"
del chunk
print(len(text))
print(re.search(r"end(\d+)$", text).span(1))
print(re.search(r"delta\d+ eps1lon zeta42 a", text).span())
print(re.search(r"\bend", text).start())
print(len(re.findall(r"delta(\d+)", text)))
print(len(re.sub(r"\d", "", text)))
print(re.subn(r"a\d", "A", text)[1])
print(len(re.split(r"\s*zeta\d+\s*", text)))
print(sum(1 for _ in re.finditer(r"\bg\w+", text)))
print(re.match(r".*zeta", text).end(), re.match(r".*?zeta", text).end())
print(re.match(r"(?:[a-z]+\d* ?)*", text[:400]).end())
print(re.search(r"(\w+) (\w+)$", text).groups())
print(re.search("nothere", text), re.fullmatch(r"[\w ]+", text) is not None)
