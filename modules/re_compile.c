// SPDX-License-Identifier: MIT
// The regular-expression compiler: one pass over the pattern that emits
// the program of modules/re.h. Groups are kept on an explicit stack in the
// heap, not in C recursion, so "(" * 65536 costs heap, never C stack.
//
// Code is emitted as it is read; what depends on what follows is fixed up
// in place: an alternation '|' inserts a SPLIT before the current
// alternative and leaves a JMP to the group's end, chained through the
// JMPs' own offset fields until the group closes; a quantifier rewrites
// the atom just emitted (a single-character atom gets a REPEAT header,
// anything else is copied into a loop or expanded for {m,n}). Jumps are
// relative, so moving a finished piece of code keeps it valid.
//
// Loops whose body can match the empty string get a MARK/CHECK pair, so
// an iteration that consumes nothing ends the loop (CPython's rule:
// (a*)* matches, it never loops forever).
#include <string.h>

#include "bytes.h"
#include "exc.h"
#include "gc.h"
#include "map.h"
#include "print.h"
#include "re.h"
#include "span.h"
#include "str.h"

typedef struct group {
    uint32_t start;  // code offset of the group (its SAVE)
    uint32_t alt;    // code offset of the current alternative
    uint32_t jmps;   // chain of JMPs to the group's end: offset + 1, 0 = none
    uint32_t index;  // capture index, 0 = not capturing
    uint32_t at;     // pattern position of '(' for messages
    bool null_seq;   // the current alternative can match empty so far
    bool null_any;   // some finished alternative can match empty
    uint8_t look;    // a look-around: RE_LOOK_* | LOOK_GROUP, else 0
    uint32_t bars;   // '|' read so far: alternatives - 1
} group_t;

#define LOOK_GROUP 0x80

typedef struct comp {
    const uint8_t *p;
    size_t n, i;        // pattern and read position
    bool bytes;
    uint32_t flags;
    es_vstr_t code;
    group_t *groups;    // the open groups, [0] is the whole pattern
    size_t depth, cap;
    uint32_t n_groups, n_regs;
    es_val_t names;
    // The atom just emitted (a quantifier applies to it).
    // [pending]: its emptiness is not yet part of the alternative's.
    size_t atom;
    bool have_atom, pending, atom_null, atom_simple, after_repeat;
} comp_t;

#define fail_at es_re_fail_at

void es_re_fail_at(const char *msg, size_t at) {
    es_raise_fmt(&es_type_re_error, ES_ERR("%s at position %u"), msg,
        (unsigned)at);
}

static void emit(comp_t *c, const void *d, size_t n) {
    es_vstr_add(&c->code, d, n);
    if (c->code.len > RE_CODE_MAX) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("regular expression too large"));
    }
}

static void emit_u16(comp_t *c, uint8_t op, uint32_t v) {
    uint8_t b[3] = {op, (uint8_t)v, (uint8_t)(v >> 8)};
    emit(c, b, 3);
}

static void put16(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

// Point the 16-bit offset at [at], of the instruction ending at [next], to
// [to].
static void patch(comp_t *c, size_t at, size_t next, size_t to) {
    put16((uint8_t *)c->code.buf + at, (uint32_t)(to - next));
}

// Emit a jump-like instruction [op] to [to] (a known target).
static void emit_jump(comp_t *c, uint8_t op, size_t to) {
    size_t at = c->code.len;
    emit_u16(c, op, 0);
    patch(c, at + 1, at + 3, to);
}

// Open [n] bytes of room at code offset [at].
static void insert(comp_t *c, size_t at, size_t n) {
    size_t tail = c->code.len - at;
    uint8_t zero[10] = {0};
    emit(c, zero, n);
    memmove(c->code.buf + at + n, c->code.buf + at, tail);
}

// --- reading the pattern

static bool more(const comp_t *c) {
    return c->i < c->n;
}

// The next character (a code point of a str pattern), advancing.
static uint32_t next_char(comp_t *c) {
    uint32_t ch = c->p[c->i];
    size_t n = 1;
    if (ch >= 0x80 && !c->bytes) {
        ch = es_str_decode((const char *)c->p + c->i, &n);
    }
    c->i += n;
    return ch;
}

static bool take(comp_t *c, uint8_t ch) {
    if (more(c) && c->p[c->i] == ch) {
        c->i++;
        return true;
    }
    return false;
}

// A decimal number of up to 9 digits; -1 when there is none.
static int64_t number(comp_t *c) {
    int64_t v = -1;
    while (more(c) && c->p[c->i] >= '0' && c->p[c->i] <= '9') {
        v = (v < 0 ? 0 : v) * 10 + (c->p[c->i++] - '0');
        if (v >= 0xffffffffLL) { // CPython's bound (RE_INF is no limit)
            es_raise_msg(&es_type_OverflowError,
                ES_ERR("the repetition number is too large"));
        }
    }
    return v;
}

// [n] hex digits as a code point (\xhh \uhhhh \Uhhhhhhhh); [at] is the
// escape's position for the message.
static uint32_t hex_escape(comp_t *c, size_t n, size_t at) {
    uint32_t v = 0;
    for (size_t k = 0; k < n; k++) {
        int h = more(c) ? es_hex_value(c->p[c->i]) : -1;
        if (h < 0) {
            es_raise_fmt(&es_type_re_error, ES_ERR("incomplete escape "
                "\\%c%.*s at position %u"), c->p[at + 1], (int)(c->i - at - 2),
                c->p + at + 2, (unsigned)at);
        }
        v = v * 16 + (uint32_t)h;
        c->i++;
    }
    if (v > 0x10ffff) {
        es_raise_fmt(&es_type_re_error, ES_ERR("bad escape \\%.*s at "
            "position %u"), (int)(c->i - at - 1), c->p + at + 1, (unsigned)at);
    }
    return v;
}

uint32_t es_re_octal(const uint8_t *p, size_t n, size_t *i, size_t at) {
    uint32_t v = 0;
    for (int k = 0; k < 3 && *i < n && p[*i] >= '0' && p[*i] <= '7'; k++) {
        v = v * 8 + (p[(*i)++] - '0');
    }
    if (v > 0377) {
        es_raise_fmt(&es_type_re_error, ES_ERR("octal escape value \\%.*s "
            "outside of range 0-0o377 at position %u"), (int)(*i - at - 1),
            p + at + 1, (unsigned)at);
    }
    return v;
}

int32_t es_re_simple_escape(uint32_t e) {
    switch (e) {
    case 'n': return '\n';
    case 't': return '\t';
    case 'r': return '\r';
    case 'f': return '\f';
    case 'v': return '\v';
    case 'a': return '\a';
    default: return -1;
    }
}

// The character an escape stands for, the backslash at [at] read and
// [e] its letter: a literal, a simple escape, \x \u \U or an octal
// number. A letter escape CPython does not know is an error.
static uint32_t escape_char(comp_t *c, uint32_t e, size_t at) {
    int32_t s = es_re_simple_escape(e);
    if (s >= 0) {
        return (uint32_t)s;
    }
    if (e == 'x') {
        return hex_escape(c, 2, at);
    }
    if ((e == 'u' || e == 'U') && !c->bytes) {
        return hex_escape(c, e == 'u' ? 4 : 8, at);
    }
    if (e >= '0' && e <= '7') {
        c->i--; // the first digit again
        return es_re_octal(c->p, c->n, &c->i, at);
    }
    if (e < 0x80 && es_span_class((uint8_t)e, ES_SPAN_ALNUM)) {
        es_raise_fmt(&es_type_re_error, ES_ERR("bad escape \\%c at "
            "position %u"), (int)e, (unsigned)at);
    }
    return e;
}

// --- atoms

// The atom just emitted can no longer change: its emptiness joins the
// current alternative's.
static void commit(comp_t *c) {
    if (c->pending && !c->atom_null) {
        c->groups[c->depth].null_seq = false;
    }
    c->pending = false;
}

// Note the start of a new atom at the end of the code.
static void begin_atom(comp_t *c, bool simple, bool null) {
    commit(c);
    c->atom = c->code.len;
    c->have_atom = c->pending = true;
    c->atom_simple = simple;
    c->atom_null = null;
    c->after_repeat = false;
}

// A zero-width assertion: not an atom a quantifier may follow.
static void assertion(comp_t *c, uint8_t op) {
    begin_atom(c, false, true);
    c->have_atom = false;
    emit(c, &op, 1);
}

static void class_item(comp_t *c, uint32_t lo, uint32_t hi) {
    uint8_t b[RE_ITEM_SIZE] = {(uint8_t)lo, (uint8_t)(lo >> 8),
        (uint8_t)(lo >> 16), (uint8_t)hi, (uint8_t)(hi >> 8),
        (uint8_t)(hi >> 16)};
    emit(c, b, sizeof(b));
}

// A class header; its item count is patched by class_end.
static size_t class_begin(comp_t *c, uint8_t flags) {
    if (c->flags & RE_FLAG_I) {
        flags |= RE_CLASS_ICASE;
    }
    uint8_t b[4] = {RE_OP_CLASS, flags, 0, 0};
    begin_atom(c, true, false);
    emit(c, b, 4);
    return c->code.len - 4;
}

static void class_end(comp_t *c, size_t at) {
    size_t n = (c->code.len - at - 4) / RE_ITEM_SIZE;
    put16((uint8_t *)c->code.buf + at + 2, (uint32_t)n);
}

static bool is_class_letter(uint32_t e) {
    return e == 'd' || e == 'D' || e == 'w' || e == 'W' || e == 's'
        || e == 'S';
}

// A set of the one item [ch] (a code point, or RE_CLASS_NAMED | letter).
static void one_item_class(comp_t *c, uint32_t ch) {
    size_t at = class_begin(c, 0);
    class_item(c, ch, ch);
    class_end(c, at);
}

static void literal(comp_t *c, uint32_t ch) {
    if (ch >= 0x80 && !c->bytes) {
        one_item_class(c, ch);
        return;
    }
    begin_atom(c, true, false);
    bool letter = es_span_class((uint8_t)ch, ES_SPAN_ALPHA) && ch < 0x80;
    uint8_t b[2] = {RE_OP_CHAR, (uint8_t)ch};
    if ((c->flags & RE_FLAG_I) && letter) {
        b[0] = RE_OP_CHARI;
        b[1] |= 0x20;
    }
    emit(c, b, 2);
}

// re.error for the bad range read from [at].
static ES_NORETURN void bad_range(const comp_t *c, size_t at) {
    es_raise_fmt(&es_type_re_error, ES_ERR("bad character range %.*s at "
        "position %u"), (int)(c->i - at), c->p + at, (unsigned)at);
}

// One character of a set, escapes read: a code point, or RE_CLASS_NAMED
// | its letter for \d \w \s \D \W \S.
static uint32_t set_char(comp_t *c) {
    size_t at = c->i;
    uint32_t ch = next_char(c);
    if (ch != '\\') {
        return ch;
    }
    if (!more(c)) {
        fail_at("bad escape (end of pattern)", at);
    }
    uint32_t e = next_char(c);
    return is_class_letter(e) ? RE_CLASS_NAMED | e
        : e == 'b' ? '\b' : escape_char(c, e, at);
}

// One member of a set after '[': a character, a range or \d-style class.
static void set_member(comp_t *c) {
    size_t at = c->i;
    uint32_t lo = set_char(c), hi = lo;
    if (c->i + 1 < c->n && c->p[c->i] == '-' && c->p[c->i + 1] != ']') {
        c->i++;
        if (lo >= RE_CLASS_NAMED) {
            c->i++;
            bad_range(c, at);
        }
        hi = set_char(c);
        if (hi >= RE_CLASS_NAMED || hi < lo) {
            bad_range(c, at);
        }
    }
    class_item(c, lo, hi);
}

// A set [...]; the '[' at [open] is read.
static void set(comp_t *c, size_t open) {
    size_t at = class_begin(c, take(c, '^') ? RE_CLASS_NEG : 0);
    bool first = true;
    for (;;) {
        if (!more(c)) {
            fail_at("unterminated character set", open);
        }
        if (c->p[c->i] == ']' && !first) {
            c->i++;
            break;
        }
        first = false;
        set_member(c);
    }
    class_end(c, at);
}

// The text group [g] matched, again.
static void backref(comp_t *c, uint32_t g) {
    begin_atom(c, false, false);
    uint8_t b[4] = {RE_OP_BACKREF, (c->flags & RE_FLAG_I) != 0, (uint8_t)g,
        (uint8_t)(g >> 8)};
    emit(c, b, 4);
}

static bool is_octal(const comp_t *c, size_t i) {
    return i < c->n && c->p[i] >= '0' && c->p[i] <= '7';
}

// After \[e] (a digit 1-9): do two more octal digits make it a character
// (\123) rather than a group reference?
static bool octal_follows(const comp_t *c, uint32_t e) {
    return e <= '7' && is_octal(c, c->i) && is_octal(c, c->i + 1);
}

// A backslash escape outside a set; the backslash at [at] is read.
static void escape(comp_t *c, size_t at) {
    if (!more(c)) {
        fail_at("bad escape (end of pattern)", at);
    }
    uint32_t e = next_char(c);
    if (is_class_letter(e)) {
        one_item_class(c, RE_CLASS_NAMED | e);
        return;
    }
    switch (e) {
    case 'b': assertion(c, RE_OP_WORDB); return;
    case 'B': assertion(c, RE_OP_NWORDB); return;
    case 'A': assertion(c, RE_OP_BOL); return;
    case 'Z': assertion(c, RE_OP_END); return;
    default: break;
    }
    if (e >= '1' && e <= '9' && !octal_follows(c, e)) {
        // \1..\99 refer to a group
        uint32_t g = e - '0';
        if (more(c) && c->p[c->i] >= '0' && c->p[c->i] <= '9') {
            g = g * 10 + (c->p[c->i++] - '0');
        }
        if (g > c->n_groups) {
            es_raise_fmt(&es_type_re_error, ES_ERR("invalid group reference "
                "%u at position %u"), (unsigned)g, (unsigned)at + 1);
        }
        backref(c, g);
        return;
    }
    literal(c, escape_char(c, e, at));
}

// --- groups

static void push_group(comp_t *c, uint32_t index, size_t at, uint8_t look) {
    if (c->depth + 1 == c->cap) {
        c->cap *= 2;
        c->groups = es_gc_realloc(c->groups, c->cap * sizeof(group_t));
    }
    commit(c);
    group_t *g = &c->groups[++c->depth];
    *g = (group_t){(uint32_t)c->code.len, 0, 0, index, (uint32_t)at, true,
        false, look, 0};
    if (index) {
        emit_u16(c, RE_OP_SAVE, 2 * index);
    }
    if (look) {
        uint8_t h[6] = {RE_OP_LOOK, look & ~LOOK_GROUP, 0, 0, 0, 0};
        emit(c, h, 6);
    }
    g->alt = (uint32_t)c->code.len;
    c->have_atom = false;
}

// End the current alternative of the innermost group.
static void end_alternative(comp_t *c) {
    commit(c);
    c->groups[c->depth].null_any |= c->groups[c->depth].null_seq;
}

// Point the chain of JMPs of group [g] to the end of the code.
static void land_jumps(comp_t *c, const group_t *g) {
    for (size_t j = g->jmps; j != 0;) {
        size_t at = j - 1;
        j = (uint8_t)c->code.buf[at + 1] | (uint8_t)c->code.buf[at + 2] << 8;
        patch(c, at + 1, at + 3, c->code.len);
    }
}

// '|': a SPLIT before this alternative to the next, a JMP to the end.
static void alternative(comp_t *c) {
    end_alternative(c);
    group_t *g = &c->groups[c->depth];
    insert(c, g->alt, 3);
    size_t jmp = c->code.len;
    c->code.buf[g->alt] = RE_OP_SPLIT;
    patch(c, g->alt + 1, g->alt + 3, jmp + 3);
    emit_u16(c, RE_OP_JMP, g->jmps);
    g->jmps = (uint32_t)jmp + 1;
    g->bars++;
    g->alt = (uint32_t)c->code.len;
    g->null_seq = true;
    c->have_atom = false;
}

// The number of characters the code [from, to) always matches, or -1.
static int32_t fixed_width(const uint8_t *code, size_t from, size_t to) {
    int32_t w = 0;
    for (size_t pc = from; pc < to; pc += es_re_insn_len(code + pc)) {
        switch (code[pc]) {
        case RE_OP_CHAR:
        case RE_OP_CHARI:
        case RE_OP_ANY:
        case RE_OP_ANYNL:
        case RE_OP_CLASS:
            w++;
            break;
        case RE_OP_REPEAT: {
            uint32_t min = code[pc + 2] | code[pc + 3] << 8
                | (uint32_t)code[pc + 4] << 16 | (uint32_t)code[pc + 5] << 24;
            if (memcmp(code + pc + 2, code + pc + 6, 4) != 0 || min > 0xffff) {
                return -1;
            }
            w += (int32_t)min;
            break;
        }
        case RE_OP_LOOK:
            pc = pc + 6 + (int16_t)(code[pc + 2] | code[pc + 3] << 8);
            pc -= es_re_insn_len(code + pc);
            break;
        case RE_OP_SPLIT:
        case RE_OP_PSPLIT:
        case RE_OP_JMP:
        case RE_OP_MARK:
        case RE_OP_CHECK:
        case RE_OP_BACKREF:
            return -1;
        default:
            break;
        }
        if (w > 0xffff) {
            return -1;
        }
    }
    return w;
}

// The end of look-around [g]: its LOOKEND, the header's offset past it
// and, for a look-behind, its width. It matches no text.
static void end_look(comp_t *c, const group_t *g) {
    emit(c, &(uint8_t){RE_OP_LOOKEND}, 1);
    uint8_t *h = (uint8_t *)c->code.buf + g->start;
    put16(h + 2, (uint32_t)(c->code.len - (g->start + 6)));
    if (g->look & RE_LOOK_BEHIND) {
        int32_t w = fixed_width((const uint8_t *)c->code.buf, g->start + 6,
            c->code.len - 1);
        if (w < 0) {
            es_raise_msg(&es_type_re_error,
                ES_ERR("look-behind requires fixed-width pattern"));
        }
        put16(h + 4, (uint32_t)w);
    }
    c->atom = g->start;
    c->have_atom = true; // CPython lets a quantifier follow (?=a)
    c->pending = true;
    c->atom_null = true;
    c->atom_simple = false;
    c->after_repeat = false;
}

static uint32_t rd16(const uint8_t *p) {
    return p[0] | (uint32_t)p[1] << 8;
}

// The [bars] + 1 alternatives of the code from [from] to the end when
// each is one character (CHAR, CHARI or a set that is not negated): their
// count of set items, or 0 when some alternative is more than that.
static size_t single_chars(const uint8_t *code, size_t from, size_t end,
    uint32_t bars) {
    size_t items = 0;
    for (size_t pc = from;; bars--) {
        size_t a = pc, next = end;
        if (bars > 0) { // the SPLIT before each alternative but the last
            a = pc + 3;
            next = a + (int16_t)rd16(code + pc + 1);
        }
        uint8_t op = code[a];
        if (op == RE_OP_CLASS ? (code[a + 1] & RE_CLASS_NEG) != 0
                              : op != RE_OP_CHAR && op != RE_OP_CHARI) {
            return 0;
        }
        items += op == RE_OP_CLASS ? rd16(code + a + 2) : 1;
        size_t after = a + es_re_insn_len(code + a);
        if (next == end) {
            return after == end ? items : 0;
        }
        if (code[after] != RE_OP_JMP || after + 3 != next) {
            return 0;
        }
        pc = next;
    }
}

// An alternation of single characters (a|b|[0-9]) from [from] to the end
// (the code of group [g]) becomes one set, so a repeat of it takes one
// stack entry, not one per character; true when it did.
static bool merge_alternatives(comp_t *c, size_t from, const group_t *g) {
    const uint8_t *code = (const uint8_t *)c->code.buf;
    size_t end = c->code.len;
    size_t items = g->bars > 0 && !g->look
        ? single_chars(code, from, end, g->bars) : 0;
    if (items == 0 || items > 0xffff) {
        return false;
    }
    size_t n = 4 + items * RE_ITEM_SIZE;
    uint8_t *set = es_gc_alloc(n, ES_GC_LEAF), *out = set + 4;
    set[0] = RE_OP_CLASS;
    set[1] = (c->flags & RE_FLAG_I) ? RE_CLASS_ICASE : 0;
    put16(set + 2, (uint32_t)items);
    for (size_t pc = from, k = 0; pc < end; k++) {
        size_t a = k < g->bars ? pc + 3 : pc;
        size_t len = es_re_insn_len(code + a);
        if (code[a] == RE_OP_CLASS) {
            memcpy(out, code + a + 4, len - 4);
            out += len - 4;
        } else {
            uint8_t item[RE_ITEM_SIZE] = {code[a + 1], 0, 0, code[a + 1]};
            memcpy(out, item, RE_ITEM_SIZE);
            out += RE_ITEM_SIZE;
        }
        pc = a + len + (a + len < end ? 3 : 0); // and the JMP
    }
    c->code.len = from;
    emit(c, set, n);
    es_gc_free(set);
    return true;
}

// Close the innermost group: its JMPs land here; it becomes the atom.
static void pop_group(comp_t *c) {
    end_alternative(c);
    group_t g = c->groups[c->depth--];
    land_jumps(c, &g);
    size_t body = g.start + (g.index ? 3 : 0);
    bool merged = merge_alternatives(c, body, &g);
    if (g.index) {
        emit_u16(c, RE_OP_SAVE, 2 * g.index + 1);
    }
    if (g.look) {
        end_look(c, &g);
        return;
    }
    c->atom = g.start;
    c->have_atom = c->pending = true;
    c->atom_null = g.null_any;
    c->atom_simple = merged && !g.index;
    c->after_repeat = false;
}

// A group name after (?P< or (?P=, up to [end]; its text in *len.
static const uint8_t *group_name(comp_t *c, uint8_t end, size_t *len) {
    size_t start = c->i;
    while (more(c) && c->p[c->i] != end) {
        c->i++;
    }
    if (!more(c)) {
        fail_at(end == '>' ? "missing >, unterminated name"
                           : "missing ), unterminated name", start);
    }
    *len = c->i - start;
    c->i++;
    const uint8_t *s = c->p + start;
    bool ok = *len > 0 && !(s[0] >= '0' && s[0] <= '9');
    for (size_t k = 0; k < *len; k++) {
        ok = ok && (s[k] >= 0x80 || s[k] == '_'
            || es_span_class(s[k], ES_SPAN_ALNUM));
    }
    if (*len == 0) {
        fail_at("missing group name", start);
    }
    if (!ok) {
        es_raise_fmt(&es_type_re_error, ES_ERR("bad character in group name "
            "'%.*s' at position %u"), (int)*len, s, (unsigned)start);
    }
    return s;
}


// (?P<name>...): a capturing group with a name.
static void named_group(comp_t *c, size_t at) {
    size_t len;
    const uint8_t *s = group_name(c, '>', &len);
    es_val_t name = es_str_new((const char *)s, len);
    if (c->names == ES_NULL) {
        c->names = es_dict_new(1);
    }
    es_val_t old = es_dict_get(c->names, name);
    if (old != ES_NULL) {
        es_raise_fmt(&es_type_re_error, ES_ERR("redefinition of group name "
            "%r as group %u; was group %d at position %u"), name,
            (unsigned)c->n_groups + 1, (int)es_small_get(old),
            (unsigned)(s - c->p));
    }
    es_dict_store(c->names, name, es_small_new(++c->n_groups));
    push_group(c, c->n_groups, at, 0);
}

// (?P=name): the text of the named group again.
static void named_backref(comp_t *c) {
    size_t len;
    const uint8_t *s = group_name(c, ')', &len);
    es_val_t g = c->names == ES_NULL ? ES_NULL
        : es_dict_get(c->names, es_str_new((const char *)s, len));
    if (g == ES_NULL) {
        es_raise_fmt(&es_type_re_error, ES_ERR("unknown group name '%.*s' at "
            "position %u"), (int)len, s, (unsigned)(s - c->p));
    }
    backref(c, (uint32_t)es_small_get(g));
}

// The flag an inline flag letter stands for, or 0.
static uint32_t flag_bit(uint8_t f) {
    return f == 'i' ? RE_FLAG_I : f == 'm' ? RE_FLAG_M : f == 's' ? RE_FLAG_S
        : f == 'x' ? RE_FLAG_X : f == 'a' ? RE_FLAG_A : f == 'u' ? RE_FLAG_U
        : 0;
}

// "(?" at [at] followed by something it cannot be.
static ES_NORETURN void unknown_extension(comp_t *c, size_t at) {
    if (!more(c)) {
        fail_at("unexpected end of pattern", c->i);
    }
    es_raise_fmt(&es_type_re_error, ES_ERR("unknown extension %.*s at "
        "position %u"), (int)(c->i - at), c->p + at + 1, (unsigned)at + 1);
}

// (?aimsux): flags for the whole pattern, allowed only at its start.
static void global_flags(comp_t *c, size_t at) {
    while (more(c) && c->p[c->i] != ')') {
        uint32_t bit = flag_bit(c->p[c->i]);
        if (bit == 0 && (c->p[c->i] == '-' || c->p[c->i] == ':')) {
            es_raise_msg(&es_type_NotImplementedError,
                ES_ERR("scoped flags (?i:...) are not supported"));
        }
        if (bit == 0) {
            fail_at("unknown flag", c->i);
        }
        c->flags |= bit;
        c->i++;
    }
    if (!take(c, ')')) {
        fail_at("missing -, : or )", c->i);
    }
    if (at != 0) {
        fail_at("global flags not at the start of the expression", at);
    }
}

// '(' read at [at]: a group or an extension (?...).
static void open_paren(comp_t *c, size_t at) {
    if (!take(c, '?')) {
        push_group(c, ++c->n_groups, at, 0);
        return;
    }
    if (take(c, ':')) {
        push_group(c, 0, at, 0);
    } else if (take(c, 'P')) {
        if (take(c, '<')) {
            named_group(c, at);
        } else if (take(c, '=')) {
            named_backref(c);
        } else {
            unknown_extension(c, at);
        }
    } else if (take(c, '#')) {
        while (more(c) && c->p[c->i] != ')') {
            c->i++;
        }
        if (!take(c, ')')) {
            fail_at("missing ), unterminated comment", at);
        }
    } else if (take(c, '=') || take(c, '!')) {
        push_group(c, 0, at, LOOK_GROUP | (c->p[c->i - 1] == '!'));
    } else if (take(c, '<')) {
        if (!take(c, '=') && !take(c, '!')) {
            unknown_extension(c, at);
        }
        push_group(c, 0, at, LOOK_GROUP | RE_LOOK_BEHIND
            | (c->p[c->i - 1] == '!'));
    } else if (more(c) && flag_bit(c->p[c->i])) {
        global_flags(c, at);
    } else {
        unknown_extension(c, at);
    }
}

// --- quantifiers

// The [n] bytes of [body], between MARK and CHECK of loop register [r]
// when [guard]; the code length after.
static size_t guarded(comp_t *c, bool guard, uint32_t r, const uint8_t *body,
    size_t n) {
    if (guard) {
        emit_u16(c, RE_OP_MARK, r);
    }
    emit(c, body, n);
    if (guard) {
        uint8_t b[5] = {RE_OP_CHECK, (uint8_t)r, (uint8_t)(r >> 8), 0, 0};
        emit(c, b, 5);
    }
    return c->code.len;
}

// A loop over the body held in [body] ([n] bytes): x*, x+ or their lazy
// forms. A body that can match empty gets a loop register.
static void loop(comp_t *c, const uint8_t *body, size_t n, bool plus,
    bool lazy) {
    bool guard = c->atom_null;
    uint32_t r = guard ? c->n_regs++ : 0;
    size_t top = c->code.len, split = 0;
    if (!plus) {
        split = c->code.len;
        emit_u16(c, lazy ? RE_OP_PSPLIT : RE_OP_SPLIT, 0);
    }
    size_t check = guarded(c, guard, r, body, n) - 5;
    if (plus) {
        emit_jump(c, lazy ? RE_OP_SPLIT : RE_OP_PSPLIT, top);
    } else {
        emit_jump(c, RE_OP_JMP, top);
        patch(c, split + 1, split + 3, c->code.len);
    }
    if (guard) {
        patch(c, check + 3, check + 5, c->code.len);
    }
}

// x{min,max} for an atom of more than one instruction: copies of it. An
// atom of no instruction (an empty group) matches empty: so do its copies,
// which are none (min of them took min steps without the heap growing: a
// minute for (?:){1000000000}).
static void expand(comp_t *c, uint32_t min, uint32_t max, bool lazy) {
    size_t n = c->code.len - c->atom;
    if (n == 0) {
        return;
    }
    uint8_t *body = es_gc_alloc(n, ES_GC_LEAF);
    memcpy(body, c->code.buf + c->atom, n);
    c->code.len = c->atom;
    for (uint32_t k = 1; k < min; k++) {
        emit(c, body, n);
    }
    if (max == RE_INF) {
        loop(c, body, n, min > 0, lazy);
    } else {
        if (min > 0) {
            emit(c, body, n);
        }
        // The optional copies all skip to the same end; after a copy that
        // matched empty no other is tried (CPython's rule).
        bool guard = c->atom_null;
        uint32_t r = guard ? c->n_regs++ : 0;
        size_t first = c->code.len, each = n + 3 + (guard ? 8 : 0);
        for (uint32_t k = min; k < max; k++) {
            emit_u16(c, lazy ? RE_OP_PSPLIT : RE_OP_SPLIT, 0);
            guarded(c, guard, r, body, n);
        }
        for (uint32_t k = min; k < max; k++) {
            size_t at = first + (k - min) * each;
            patch(c, at + 1, at + 3, c->code.len);
            if (guard) {
                patch(c, at + each - 2, at + each, c->code.len);
            }
        }
    }
    es_gc_free(body);
}

static void quantify(comp_t *c, uint32_t min, uint32_t max, size_t at) {
    if (!c->have_atom) {
        fail_at(c->after_repeat ? "multiple repeat" : "nothing to repeat",
            at);
    }
    bool lazy = take(c, '?');
    if (c->atom_simple) {
        insert(c, c->atom, 10);
        uint8_t *h = (uint8_t *)c->code.buf + c->atom;
        h[0] = RE_OP_REPEAT;
        h[1] = lazy;
        put16(h + 2, min);
        put16(h + 4, min >> 16);
        put16(h + 6, max);
        put16(h + 8, max >> 16);
    } else if (!(min == 1 && max == 1)) {
        expand(c, min, max, lazy);
    }
    if (min == 0) {
        c->atom_null = true;
    }
    c->have_atom = false;
    c->after_repeat = true;
}

// '{' at [at]: {m}, {m,}, {,n} or {m,n}; anything else is a literal '{'.
static void braces(comp_t *c, size_t at) {
    int64_t lo = more(c) && c->p[c->i] == '}' ? -2 : number(c), hi = lo;
    if (lo != -2 && take(c, ',')) {
        hi = number(c);
    }
    if (lo == -2 || !take(c, '}')) {
        c->i = at + 1;
        literal(c, '{');
        return;
    }
    if (lo < 0) {
        lo = 0;
    }
    if (hi >= 0 && hi < lo) {
        fail_at("min repeat greater than max repeat", at + 1);
    }
    quantify(c, (uint32_t)lo, hi < 0 ? RE_INF : (uint32_t)hi, at);
}

// --- the pattern

// One element of the pattern at the read position.
static void element(comp_t *c) {
    size_t at = c->i;
    uint32_t ch = next_char(c);
    switch (ch) {
    case '(': open_paren(c, at); break;
    case ')':
        if (c->depth == 0) {
            fail_at("unbalanced parenthesis", at);
        }
        pop_group(c);
        break;
    case '|': alternative(c); break;
    case '*': quantify(c, 0, RE_INF, at); break;
    case '+': quantify(c, 1, RE_INF, at); break;
    case '?': quantify(c, 0, 1, at); break;
    case '{': braces(c, at); break;
    case '[': set(c, at); break;
    case '\\': escape(c, at); break;
    case '.':
        begin_atom(c, true, false);
        emit(c, &(uint8_t){(c->flags & RE_FLAG_S) ? RE_OP_ANYNL : RE_OP_ANY},
            1);
        break;
    case '^':
        assertion(c, (c->flags & RE_FLAG_M) ? RE_OP_MBOL : RE_OP_BOL);
        break;
    case '$':
        assertion(c, (c->flags & RE_FLAG_M) ? RE_OP_MEOL : RE_OP_EOL);
        break;
    default: literal(c, ch); break;
    }
}

// In VERBOSE mode, whitespace and #-comments outside sets are skipped.
static void skip_verbose(comp_t *c) {
    while ((c->flags & RE_FLAG_X) && more(c)) {
        uint8_t ch = c->p[c->i];
        if (ch == '#') {
            while (more(c) && c->p[c->i] != '\n') {
                c->i++;
            }
        } else if (ch == ' ' || (ch >= '\t' && ch <= '\r')) {
            c->i++;
        } else {
            break;
        }
    }
}

void es_re_compile(re_prog_t *prog, const uint8_t *p, size_t n,
    uint32_t *flags) {
    comp_t c = {.p = p, .n = n, .bytes = prog->bytes, .flags = *flags,
        .cap = 8, .n_groups = 0, .names = ES_NULL};
    es_vstr_init(&c.code, 16 + n * 2);
    c.groups = es_gc_alloc(c.cap * sizeof(group_t), ES_GC_LEAF);
    c.groups[0] = (group_t){0, 0, 0, 0, 0, true, false, 0, 0};
    for (skip_verbose(&c); more(&c); skip_verbose(&c)) {
        element(&c);
    }
    if (c.depth > 0) {
        fail_at("missing ), unterminated subpattern",
            c.groups[c.depth].at);
    }
    end_alternative(&c);
    land_jumps(&c, &c.groups[0]);
    merge_alternatives(&c, 0, &c.groups[0]);
    emit(&c, &(uint8_t){RE_OP_MATCH}, 1);
    es_gc_free(c.groups);
    prog->code = (uint8_t *)c.code.buf;
    prog->len = c.code.len;
    prog->n_groups = c.n_groups + 1;
    prog->n_regs = c.n_regs;
    prog->names = c.names;
    *flags = c.flags;
}
