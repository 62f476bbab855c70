// SPDX-License-Identifier: MIT
// The regular-expression matcher: runs a program of modules/re.h over a
// subject by backtracking. Choice points and the undo records of slot
// writes go on an explicit stack in a GC leaf block that doubles as it
// fills, up to RE_STACK_MAX words: past that, or when the heap cannot
// hold it, the match raises RuntimeError. No C recursion, so a
// pathological pattern costs heap, never C stack.
//
// A repeated single-character atom (RE_OP_REPEAT: a*, [0-9]+, .{2,5}?)
// takes one stack entry however many characters it spans, so `.*` over a
// 4 KB string needs 12 bytes of stack, not 32 KB.
#include <string.h>

#include "exc.h"
#include "gc.h"
#include "re.h"
#include "runtime.h"
#include "span.h"
#include "str.h"
#include "strmeth.h"

// The backtracking stack is an array of 32-bit words. An entry is two or
// three words; its last (top) word is the header: the kind in the top
// bits, a pc or slot below. The words under it:
#define BT_CHOICE 0x00000000u // header pc; position
#define BT_UNDO 0x10000000u   // header slot; the slot's old value
#define BT_GREEDY 0x20000000u // header pc of REPEAT; position, lowest (3)
#define BT_LAZY 0x30000000u   // header pc of REPEAT; position, tries left (3)
#define BT_LOOK 0x40000000u   // header pc of LOOK; position: a look-around
#define BT_DEAD2 0x50000000u  // cut by a look-around: skipped (2 words)
#define BT_DEAD3 0x60000000u  // the same, 3 words
#define BT_KIND 0xf0000000u

#define RE_STACK_MAX 300000u  // words (1.2 MB): bounds a runaway pattern
#define POLL_STEPS 1024       // instructions between pending-event polls
#define FAIL SIZE_MAX

typedef struct vm {
    const uint8_t *code;
    const uint8_t *s;
    size_t end;
    bool bytes;
    uint32_t *slots;
    uint32_t reg0; // slot of loop register 0
    uint32_t *bt;  // leaf block, or NULL
    size_t n, cap; // words used and room
    unsigned steps;
} vm_t;

static ES_NORETURN void overflow(void) {
    es_raise_msg(&es_type_RuntimeError,
        ES_ERR("maximum recursion depth exceeded"));
}

// Make room for an entry. The stack grows by half again (less to copy
// and hold at once than doubling, in a small heap); when the heap cannot
// give that, by less, down to a few entries' worth.
static void grow(vm_t *vm) {
    for (unsigned shift = 1; shift <= 16; shift *= 2) {
        size_t cap = vm->cap + (vm->cap >> shift) + 48;
        uint32_t *nb = cap > RE_STACK_MAX ? NULL
            : es_gc_realloc_maybe(vm->bt, cap * sizeof(uint32_t));
        if (nb != NULL) {
            vm->bt = nb;
            vm->cap = cap;
            return;
        }
    }
    overflow();
}

// Push an entry: header [h] over position [b] (and [c] when [three]).
static void push(vm_t *vm, uint32_t h, size_t b, uint32_t c, bool three) {
    if (vm->n + 3 > vm->cap) {
        grow(vm);
    }
    if (three) {
        vm->bt[vm->n++] = c;
    }
    vm->bt[vm->n++] = (uint32_t)b;
    vm->bt[vm->n++] = h;
}

// Words of an entry of kind [k].
static size_t bt_size(uint32_t k) {
    return k == BT_GREEDY || k == BT_LAZY || k == BT_DEAD3 ? 3 : 2;
}

static uint32_t rd16(const uint8_t *p) {
    return p[0] | (uint32_t)p[1] << 8;
}

static uint32_t rd24(const uint8_t *p) {
    return rd16(p) | (uint32_t)p[2] << 16;
}

static uint32_t rd32(const uint8_t *p) {
    return rd16(p) | rd16(p + 2) << 16;
}

// The target of the jump whose offset is at [p], the instruction ending at
// [next].
static size_t target(const uint8_t *p, size_t next) {
    return next + (int16_t)rd16(p);
}

static bool is_word(uint32_t c) {
    return c == '_' || (c < 0x80 && es_span_class((uint8_t)c, ES_SPAN_ALNUM));
}

// \d \w \s and their negations ([kind] 'd', 'D'...) over ASCII, with
// str's Unicode whitespace for \s of a str.
static bool named(uint32_t kind, uint32_t c, bool bytes) {
    bool r;
    switch (kind | 0x20) {
    case 'd':
        r = c >= '0' && c <= '9';
        break;
    case 'w':
        r = is_word(c);
        break;
    default:
        r = bytes ? c < 0x80 && es_span_class((uint8_t)c, ES_SPAN_SPACE)
                  : es_text_space_cp(c);
        break;
    }
    return (kind & 0x20) ? r : !r;
}

static bool in_items(const uint8_t *it, size_t n, uint32_t c, bool bytes) {
    for (size_t i = 0; i < n; i++, it += RE_ITEM_SIZE) {
        uint32_t lo = rd24(it);
        if (lo >= RE_CLASS_NAMED ? named(lo & 0xff, c, bytes)
                                 : c >= lo && c <= rd24(it + 3)) {
            return true;
        }
    }
    return false;
}

// Is [c] in the set of the RE_OP_CLASS at [ins]?
static bool in_class(const uint8_t *ins, uint32_t c, bool bytes) {
    uint8_t flags = ins[1];
    size_t n = rd16(ins + 2);
    bool r = in_items(ins + 4, n, c, bytes);
    if (!r && (flags & RE_CLASS_ICASE) && c < 0x80
        && es_span_class((uint8_t)c, ES_SPAN_ALPHA)) {
        r = in_items(ins + 4, n, c ^ 0x20, bytes);
    }
    return r != ((flags & RE_CLASS_NEG) != 0);
}

size_t es_re_insn_len(const uint8_t *ins) {
    switch (ins[0]) {
    case RE_OP_CHAR:
    case RE_OP_CHARI:
        return 2;
    case RE_OP_CLASS:
        return 4 + rd16(ins + 2) * RE_ITEM_SIZE;
    case RE_OP_REPEAT:
        return 10 + es_re_insn_len(ins + 10);
    case RE_OP_SAVE:
    case RE_OP_SPLIT:
    case RE_OP_PSPLIT:
    case RE_OP_JMP:
    case RE_OP_MARK:
        return 3;
    case RE_OP_BACKREF:
        return 4;
    case RE_OP_CHECK:
        return 5;
    case RE_OP_LOOK:
        return 6;
    default:
        return 1;
    }
}

#define atom_len es_re_insn_len

// The position after the single-character instruction [ins] matched at
// [pos], or FAIL.
static size_t step(const vm_t *vm, const uint8_t *ins, size_t pos) {
    if (pos >= vm->end) {
        return FAIL;
    }
    uint32_t c = vm->s[pos];
    size_t n = 1;
    if (c >= 0x80 && !vm->bytes) {
        c = es_str_decode((const char *)vm->s + pos, &n);
    }
    bool ok;
    switch (ins[0]) {
    case RE_OP_CHAR:
        ok = c == ins[1];
        break;
    case RE_OP_CHARI:
        ok = (c | 0x20) == ins[1];
        break;
    case RE_OP_ANY:
        ok = c != '\n';
        break;
    case RE_OP_ANYNL:
        ok = true;
        break;
    default:
        ok = in_class(ins, c, vm->bytes);
        break;
    }
    return ok ? pos + n : FAIL;
}

// The start of the character before [pos] (> 0).
static size_t back(const vm_t *vm, size_t pos) {
    pos--;
    while (!vm->bytes && pos > 0 && (vm->s[pos] & 0xc0) == 0x80) {
        pos--;
    }
    return pos;
}

// Does the zero-width assertion [op] hold at [pos]?
static bool assertion(const vm_t *vm, uint8_t op, size_t pos) {
    const uint8_t *s = vm->s;
    size_t end = vm->end;
    switch (op) {
    case RE_OP_BOL:
        return pos == 0;
    case RE_OP_MBOL:
        return pos == 0 || s[pos - 1] == '\n';
    case RE_OP_EOL:
        return pos == end || (pos + 1 == end && s[pos] == '\n');
    case RE_OP_MEOL:
        return pos == end || s[pos] == '\n';
    case RE_OP_END:
        return pos == end;
    default: {
        bool before = pos > 0 && is_word(s[pos - 1]);
        bool after = pos < end && is_word(s[pos]);
        // As CPython: \B never matches in an empty subject.
        return (before != after) == (op == RE_OP_WORDB) && (end > 0
            || op == RE_OP_WORDB);
    }
    }
}

// RE_OP_REPEAT at [pc] from [pos]: match the atom at least min times and
// leave the choice point for more (lazy) or fewer (greedy); the position
// after, or FAIL.
static size_t repeat(vm_t *vm, size_t pc, size_t pos) {
    const uint8_t *ins = vm->code + pc;
    uint32_t min = rd32(ins + 2), max = rd32(ins + 6), count = 0;
    const uint8_t *atom = ins + 10;
    size_t low = pos;
    for (size_t q; count < (ins[1] ? min : max)
        && (q = step(vm, atom, pos)) != FAIL; count++) {
        pos = q;
        if (count + 1 == min) {
            low = pos;
        }
    }
    if (count < min) {
        return FAIL;
    }
    if (ins[1] && count < max) {
        push(vm, BT_LAZY | (uint32_t)pc, pos,
            max == RE_INF ? RE_INF : max - count, true);
    } else if (!ins[1] && pos > low) {
        push(vm, BT_GREEDY | (uint32_t)pc, pos, (uint32_t)low, true);
    }
    return pos;
}

// Resume the REPEAT choice point on top of the stack: one character fewer
// (greedy) or more (lazy); sets *pc to after the REPEAT. FAIL when the
// choice point is used up (it is then popped).
static size_t repeat_again(vm_t *vm, size_t *pc) {
    uint32_t *e = &vm->bt[vm->n - 3]; // e[0] aux, e[1] position, e[2] header
    size_t at = e[2] & ~BT_KIND;
    const uint8_t *atom = vm->code + at + 10;
    *pc = at + 10 + atom_len(atom);
    size_t pos;
    if ((e[2] & BT_KIND) == BT_GREEDY) {
        pos = back(vm, e[1]);
        if (pos <= e[0]) {
            vm->n -= 3;
        }
    } else {
        pos = step(vm, atom, e[1]);
        if (pos == FAIL || --e[0] == 0) {
            vm->n -= 3;
        }
    }
    e[1] = (uint32_t)pos;
    return pos;
}

static void set_slot(vm_t *vm, uint32_t k, size_t pos) {
    push(vm, BT_UNDO | k, vm->slots[k], 0, false);
    vm->slots[k] = (uint32_t)pos;
}

// Does the text of group [g] follow at [pos]? The position after, or FAIL.
static size_t backref(const vm_t *vm, const uint8_t *ins, size_t pos) {
    uint32_t g = rd16(ins + 2);
    uint32_t a = vm->slots[2 * g], b = vm->slots[2 * g + 1];
    if (a == RE_UNSET || b == RE_UNSET || b - a > vm->end - pos) {
        return FAIL;
    }
    for (uint32_t i = 0; i < b - a; i++) {
        uint8_t x = vm->s[a + i], y = vm->s[pos + i];
        if (x != y && !(ins[1] && (x | 0x20) == (y | 0x20)
            && es_span_class(x, ES_SPAN_ALPHA))) {
            return FAIL;
        }
    }
    return pos + (b - a);
}

// Where the LOOK at [pc] leads when it succeeds.
static size_t look_after(const vm_t *vm, size_t pc) {
    return target(vm->code + pc + 2, pc + 6);
}

// LOOK at [pc]: the position its body starts from (a look-behind's is
// [width] characters back), or FAIL when there are not that many.
static size_t look(vm_t *vm, size_t pc, size_t pos) {
    const uint8_t *ins = vm->code + pc;
    size_t from = pos;
    if (ins[1] & RE_LOOK_BEHIND) {
        for (uint32_t k = rd16(ins + 4); k > 0; k--) {
            if (from == 0) {
                return FAIL;
            }
            from = back(vm, from);
        }
    }
    push(vm, BT_LOOK | (uint32_t)pc, pos, 0, false);
    return from;
}

// LOOKEND: the body of the innermost look-around matched. A positive one
// succeeds: its choice points go (undo records stay) and the position is
// back where it was; a negative one fails after undoing the body. The
// next pc, or FAIL.
static size_t look_end(vm_t *vm, size_t *pos) {
    uint32_t *w = vm->bt;
    size_t i = vm->n; // the barrier's end
    while ((w[i - 1] & BT_KIND) != BT_LOOK) {
        i -= bt_size(w[i - 1] & BT_KIND);
    }
    size_t pc = w[i - 1] & ~BT_KIND;
    *pos = w[i - 2];
    if (vm->code[pc + 1] & RE_LOOK_NEG) {
        for (; vm->n > i; vm->n -= bt_size(w[vm->n - 1] & BT_KIND)) {
            if ((w[vm->n - 1] & BT_KIND) == BT_UNDO) {
                vm->slots[w[vm->n - 1] & ~BT_KIND] = w[vm->n - 2];
            }
        }
        vm->n -= 2;
        return FAIL;
    }
    // Every entry since the barrier but the undo records goes dead; dead
    // entries on top are dropped at once.
    for (size_t j = vm->n; j >= i; ) {
        uint32_t k = w[j - 1] & BT_KIND;
        if (k != BT_UNDO) {
            w[j - 1] = bt_size(k) == 3 ? BT_DEAD3 : BT_DEAD2;
        }
        j -= bt_size(k);
    }
    while (vm->n > 0 && ((w[vm->n - 1] & BT_KIND) == BT_DEAD2
        || (w[vm->n - 1] & BT_KIND) == BT_DEAD3)) {
        vm->n -= bt_size(w[vm->n - 1] & BT_KIND);
    }
    return look_after(vm, pc);
}

// Back to the latest choice point: undo slot writes on the way. False
// when there is none left.
static bool backtrack(vm_t *vm, size_t *pc, size_t *pos) {
    while (vm->n > 0) {
        uint32_t h = vm->bt[vm->n - 1], v = vm->bt[vm->n - 2];
        switch (h & BT_KIND) {
        case BT_UNDO:
            vm->slots[h & ~BT_KIND] = v;
            vm->n -= 2;
            break;
        case BT_CHOICE:
            *pc = h;
            *pos = v;
            vm->n -= 2;
            return true;
        case BT_LOOK: // the body failed: a negative look-around succeeds
            vm->n -= 2;
            if (vm->code[(h & ~BT_KIND) + 1] & RE_LOOK_NEG) {
                *pc = look_after(vm, h & ~BT_KIND);
                *pos = v;
                return true;
            }
            break;
        case BT_DEAD2:
        case BT_DEAD3:
            vm->n -= bt_size(h & BT_KIND);
            break;
        default:
            if ((*pos = repeat_again(vm, pc)) != FAIL) {
                return true;
            }
            break;
        }
    }
    return false;
}

static void poll(vm_t *vm) {
    if (++vm->steps >= POLL_STEPS) {
        vm->steps = 0;
        es_poll();
    }
}

// Run the program from [pos]; true with slot 1 set on a match. The one
// long function of the engine: the instruction loop (each case short).
static bool run(vm_t *vm, const re_run_t *r, size_t pos) {
    size_t pc = 0;
    vm->n = 0;
    for (;;) {
        poll(vm);
        const uint8_t *ins = vm->code + pc;
        size_t next = FAIL;
        switch (ins[0]) {
        case RE_OP_MATCH:
            if ((r->full && pos != vm->end)
                || (r->must_advance && pos == r->start)) {
                break;
            }
            vm->slots[1] = (uint32_t)pos;
            return true;
        case RE_OP_CHAR:
        case RE_OP_CHARI:
        case RE_OP_ANY:
        case RE_OP_ANYNL:
        case RE_OP_CLASS:
            if ((pos = step(vm, ins, pos)) != FAIL) {
                next = pc + atom_len(ins);
            }
            break;
        case RE_OP_REPEAT:
            if ((pos = repeat(vm, pc, pos)) != FAIL) {
                next = pc + 10 + atom_len(ins + 10);
            }
            break;
        case RE_OP_SAVE:
            set_slot(vm, rd16(ins + 1), pos);
            next = pc + 3;
            break;
        case RE_OP_MARK:
            set_slot(vm, vm->reg0 + rd16(ins + 1), pos);
            next = pc + 3;
            break;
        case RE_OP_SPLIT: // go on, or come back to the target
        case RE_OP_PSPLIT: // go to the target, or come back to go on
        case RE_OP_JMP: {
            size_t to = target(ins + 1, pc + 3), other = pc + 3;
            if (ins[0] == RE_OP_SPLIT) {
                other = to;
                to = pc + 3;
            }
            if (ins[0] != RE_OP_JMP) {
                push(vm, BT_CHOICE | (uint32_t)other, pos, 0, false);
            }
            next = to;
            break;
        }
        case RE_OP_CHECK:
            next = vm->slots[vm->reg0 + rd16(ins + 1)] == pos
                ? target(ins + 3, pc + 5) : pc + 5;
            break;
        case RE_OP_BACKREF:
            if ((pos = backref(vm, ins, pos)) != FAIL) {
                next = pc + 4;
            }
            break;
        case RE_OP_LOOK: {
            size_t from = look(vm, pc, pos);
            if (from != FAIL) {
                pos = from;
                next = pc + 6;
            } else if (ins[1] & RE_LOOK_NEG) { // no room behind: (?<!x) holds
                next = look_after(vm, pc);
            }
            break;
        }
        case RE_OP_LOOKEND:
            next = look_end(vm, &pos);
            break;
        default:
            if (assertion(vm, ins[0], pos)) {
                next = pc + 1;
            }
            break;
        }
        if (next != FAIL) {
            pc = next;
        } else if (!backtrack(vm, &pc, &pos)) {
            return false;
        }
    }
}

bool es_re_exec(const re_prog_t *prog, const re_run_t *r, uint32_t *slots) {
    vm_t vm = {prog->code, r->s, r->end, prog->bytes, slots,
        2 * prog->n_groups, NULL, 0, 0, 0};
    size_t n_slots = 2 * prog->n_groups + prog->n_regs;
    size_t pos = r->start;
    bool found;
    for (;;) {
        for (size_t i = 0; i < n_slots; i++) {
            slots[i] = RE_UNSET;
        }
        slots[0] = (uint32_t)pos;
        found = run(&vm, r, pos);
        if (found || !r->search || pos >= r->end) {
            break;
        }
        pos++;
        while (!vm.bytes && pos < r->end && (r->s[pos] & 0xc0) == 0x80) {
            pos++;
        }
    }
    es_gc_free(vm.bt); // the heap is small: give the stack back now
    return found;
}
