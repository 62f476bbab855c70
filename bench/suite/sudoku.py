# A sudoku solver: constraint propagation over candidate sets with
# depth-first search on the cell with fewest candidates (search over
# dicts, sets and strings: the ground of a puzzle-solving benchmark such
# as hexiom).

ROWS = "ABCDEFGHI"
COLS = "123456789"
CELLS = [r + c for r in ROWS for c in COLS]
UNITS = ([[r + c for c in COLS] for r in ROWS] +
         [[r + c for r in ROWS] for c in COLS] +
         [[r + c for r in rs for c in cs]
          for rs in ("ABC", "DEF", "GHI") for cs in ("123", "456", "789")])
PEERS = {}
for cell in CELLS:
    s = set()
    for u in UNITS:
        if cell in u:
            s.update(u)
    s.discard(cell)
    PEERS[cell] = s


def assign(cands, cell, digit):
    for other in cands[cell].replace(digit, ""):
        if not eliminate(cands, cell, other):
            return False
    return True


def eliminate(cands, cell, digit):
    if digit not in cands[cell]:
        return True
    left = cands[cell] = cands[cell].replace(digit, "")
    if not left:
        return False
    if len(left) == 1:
        for p in PEERS[cell]:
            if not eliminate(cands, p, left):
                return False
    return True


def search(cands):
    if all(len(cands[c]) == 1 for c in CELLS):
        return cands
    n, cell = min((len(cands[c]), c) for c in CELLS if len(cands[c]) > 1)
    for d in cands[cell]:
        trial = dict(cands)
        if assign(trial, cell, d):
            done = search(trial)
            if done:
                return done
    return None


def solve(grid):
    cands = {c: COLS for c in CELLS}
    for c, ch in zip(CELLS, grid):
        if ch in COLS and not assign(cands, c, ch):
            return None
    return search(cands)


PUZZLES = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
]
for p in PUZZLES * 4:
    s = solve(p)
    print("".join(s[c] for c in CELLS[:27]))
