// SPDX-License-Identifier: MIT
// The regular-expression engine's two halves and what they share: the
// compiler (modules/re_compile.c) turns a pattern into a program of byte
// instructions held in a GC leaf block, the matcher (modules/re_exec.c)
// runs it by backtracking over an explicit stack on the heap, so neither
// recursion on the C stack nor a pathological pattern can crash the chip.
// The module and its Pattern and Match objects are modules/re.c.
//
// A program is a sequence of instructions, one opcode byte then operands.
// Jump offsets are signed 16-bit little-endian, relative to the end of the
// instruction; a program is at most RE_CODE_MAX bytes so every jump fits.
// Slots 0..2n-1 hold the start and end byte positions of group 0..n-1
// (RE_UNSET when not matched); the loop registers of RE_OP_MARK follow.
#ifndef ES_RE_H
#define ES_RE_H

#include "obj.h"

enum {
    RE_OP_MATCH,   // success (the whole pattern matched)
    RE_OP_CHAR,    // c: the byte c
    RE_OP_CHARI,   // c: the ASCII letter c (lower case) in either case
    RE_OP_ANY,     // one character but '\n'
    RE_OP_ANYNL,   // one character
    RE_OP_CLASS,   // flags n16 item*n: one character in the set (RE_CLASS_*)
    RE_OP_REPEAT,  // lazy min32 max32 atom: a single-character atom repeated
    RE_OP_BOL,     // ^: the start of the subject
    RE_OP_MBOL,    // ^ with MULTILINE: the start or after a '\n'
    RE_OP_EOL,     // $: the end, or before a '\n' that ends the subject
    RE_OP_MEOL,    // $ with MULTILINE: the end or before a '\n'
    RE_OP_END,     // \Z: the end
    RE_OP_WORDB,   // \b
    RE_OP_NWORDB,  // \B
    RE_OP_SAVE,    // k16: slot k = position (undone on backtracking)
    RE_OP_SPLIT,   // off: go on; on failure come back to off
    RE_OP_PSPLIT,  // off: go to off; on failure come back to the next
    RE_OP_JMP,     // off
    RE_OP_MARK,    // r16: loop register r = position (undone on backtracking)
    RE_OP_CHECK,   // r16 off: go to off when position == register r
    RE_OP_BACKREF, // icase g16: the text group g matched, again
    RE_OP_LOOK,    // flags off16 width16: a look-around (RE_LOOK_*) whose
                   // body follows up to its LOOKEND; off leads past it;
                   // a look-behind starts [width] characters back
    RE_OP_LOOKEND, // the end of a look-around's body
};

#define RE_LOOK_NEG 1     // (?!...) (?<!...)
#define RE_LOOK_BEHIND 2  // (?<=...) (?<!...)

// RE_OP_CLASS flags and items. An item is 6 bytes: the low and high code
// point of a range (3 bytes each, little-endian), or RE_CLASS_NAMED + one
// of 'd' 'D' 'w' 'W' 's' 'S' as the low value for \d... inside a set.
#define RE_CLASS_NEG 1
#define RE_CLASS_ICASE 2
#define RE_CLASS_NAMED 0xffff00u
#define RE_ITEM_SIZE 6

#define RE_UNSET UINT32_MAX  // a slot of a group that did not match
#define RE_INF UINT32_MAX    // RE_OP_REPEAT's max for no limit
#define RE_CODE_MAX 32767    // bytes of program

// The flags (CPython's values).
#define RE_FLAG_I 2
#define RE_FLAG_M 8
#define RE_FLAG_S 16
#define RE_FLAG_U 32
#define RE_FLAG_X 64
#define RE_FLAG_A 256

// A compiled pattern as the matcher needs it.
typedef struct re_prog {
    uint8_t *code;      // leaf block of [len] bytes
    size_t len;
    uint32_t n_groups;  // capturing groups, group 0 (the whole match) included
    uint32_t n_regs;    // loop registers
    bool bytes;         // a bytes pattern: a character is a byte, else UTF-8
    es_val_t names;     // dict group name -> index, or ES_NULL
} re_prog_t;

// Compile [n] bytes of pattern at [p] (UTF-8 text unless [bytes]) with
// [flags] (RE_FLAG_*; inline (?i)-style flags are added to *flags) into
// [prog]. Raises re.error with CPython's message and position for a bad
// pattern, NotImplementedError for syntax the engine lacks (scoped flags),
// MemoryError.
void es_re_compile(re_prog_t *prog, const uint8_t *p, size_t n,
    uint32_t *flags);

// One run of the matcher over the subject s[0..end): the program starts at
// [start] and, when [search], at each later character until a match.
// [must_advance]: no empty match at [start] (finditer's rule after an
// empty match). [full]: the match must end at [end]. [slots] has room for
// 2 * n_groups + n_regs entries; on a match they hold the groups' byte
// positions. Raises RuntimeError when the backtracking stack outgrows its
// bound or the heap, MemoryError, KeyboardInterrupt (pending events are
// polled).
typedef struct re_run {
    const uint8_t *s;
    size_t end, start;
    bool search, must_advance, full;
} re_run_t;
bool es_re_exec(const re_prog_t *prog, const re_run_t *run, uint32_t *slots);
// Raise re.error("<msg> at position <at>") (modules/re_compile.c).
ES_NORETURN void es_re_fail_at(const char *msg, size_t at);
// The value of the octal escape of up to 3 digits at p[*i] of [n] bytes,
// moving *i past them; [at] is its backslash. re.error above 0o377, with
// CPython's text (modules/re_compile.c).
uint32_t es_re_octal(const uint8_t *p, size_t n, size_t *i, size_t at);
// The character of a one-letter escape of patterns and templates (\\n
// \\t \\r \\f \\v \\a), or -1 (modules/re_compile.c).
int32_t es_re_simple_escape(uint32_t e);
// Length in bytes of the instruction at [ins] (modules/re_exec.c).
size_t es_re_insn_len(const uint8_t *ins);

// The exception re.error (a subclass of Exception, as CPython's).
extern const es_type_t es_type_re_error;

#endif
