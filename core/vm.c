// SPDX-License-Identifier: MIT
// The bytecode interpreter. es_vm_run is the one big function: a dispatch
// loop (computed goto where the compiler has it, a switch otherwise) whose
// cases stay a few lines; slow paths are the named helpers above it.
//
// Invariants:
// - A Python-to-Python call pushes a frame and continues in the same loop;
//   RETURN_VALUE pops it. Only calls from C (and generator resumes) start a
//   nested loop, so Python recursion never grows the C stack.
// - While an instruction runs, frame->ip holds its start (for tracebacks);
//   a frame suspended in a call holds the instruction after the call.
// - Each loop activation has one nlr handler. Its saved frame-stack state
//   (core/nlr.h) is kept equal to the running frame's, so a jump to it
//   gives back exactly the frames taken since (half-made callee frames).
//   On an exception the handler walks the block stacks outwards, popping
//   frames down to the loop's entry frame, then re-raises to C.
#include <string.h>

#include "args.h"
#include "bytecode.h"
#include "bytes.h"
#include "class.h"
#include "exc.h"
#include "float.h"
#include "format.h"
#include "gc.h"
#include "gen.h"
#include "int.h"
#include "intern.h"
#include "list.h"
#include "loop.h"
#include "lookup.h"
#include "map.h"
#include "module.h"
#include "range.h"
#include "rom.h"
#include "runtime.h"
#include "seq.h"
#include "set.h" // sets
#include "slice.h"
#include "state.h"
#include "str.h"
#include "tuple.h"
#include "vm.h"

// Slow paths stay out of the loop's own stack frame: nested loops (calls
// from C, generators) cost C stack per level.
#define SLOW __attribute__((noinline))

#if defined(__GNUC__) && !defined(ES_VM_SWITCH)
#define VM_COMPUTED_GOTO 1
#else
#define VM_COMPUTED_GOTO 0
#endif

// --- errors

static bool is_exc_instance(es_val_t v) {
    return (es_type_of(v)->flags & ES_TYPE_EXCEPTION) != 0;
}

ES_NORETURN static void unbound_local(es_frame_t *f, size_t slot) {
    const es_code_t *code = es_frame_code(f);
    if (slot >= (size_t)(es_code_n_locals(code) - es_code_n_free(code))) {
        es_raise_fmt(&es_type_NameError, ES_ERR("cannot access free variable "
            "'%q' where it is not associated with a value in enclosing scope"),
            code->names[slot]);
    }
    es_raise_fmt(&es_type_UnboundLocalError, ES_ERR("cannot access local "
        "variable '%q' where it is not associated with a value"),
        code->names[slot]);
}

ES_NORETURN static void name_error(es_qstr_t name) {
    es_raise_fmt(&es_type_NameError, ES_ERR("name '%q' is not defined"), name);
}

// The pending event (SIGINT, scheduled callbacks, the port's events).
SLOW static void vm_pending(void) {
    es_pending_poll(true);
}

// A constant of a code object. A frozen module's big ints are const
// objects in flash, whose 16-bit digits the chip cannot read with the
// big-int code's halfword loads: there they are copied into the heap when
// loaded, and a tuple holding one is copied with them (ES_ROM_WORD_ONLY
// ports only; elsewhere flash is memory like any other).
#if ES_ROM_WORD_ONLY
static bool in_flash(es_val_t v) {
    return es_is_obj(v) && !es_gc_is_heap_ptr((const void *)v);
}

SLOW static es_val_t const_from_flash(es_val_t v) {
    if (!in_flash(v)) {
        return v;
    }
    if (es_is_bigint(v)) {
        return es_int_copy_rom(v);
    }
    if (!es_is_tuple(v)) {
        return v;
    }
    size_t n;
    es_val_t *items;
    es_tuple_get(v, &n, &items);
    size_t i = 0;
    es_val_t first = ES_NULL; // the first item that is copied
    while (i < n && (first = const_from_flash(items[i])) == items[i]) {
        i++;
    }
    if (i == n) {
        return v;
    }
    es_val_t t = es_tuple_new(n, items);
    es_val_t *copy;
    es_tuple_get(t, &n, &copy);
    copy[i] = first;
    for (i++; i < n; i++) {
        copy[i] = const_from_flash(items[i]);
    }
    return t;
}
#endif

static inline es_val_t const_obj(es_val_t v) {
#if ES_ROM_WORD_ONLY
    return const_from_flash(v);
#else
    return v;
#endif
}

// --- names

SLOW static es_val_t load_global(es_frame_t *f, es_qstr_t name) {
    es_val_t v = es_lookup_global(es_frame_globals(f), name);
    if (v == ES_NULL) {
        name_error(name);
    }
    return v;
}

SLOW static es_val_t load_name(es_frame_t *f, es_qstr_t name) {
    es_val_t locals = es_frame_locals(f);
    if (locals != ES_NULL && locals != es_frame_globals(f)) {
        es_val_t v = es_dict_get(locals, es_qstr_val(name));
        if (v != ES_NULL) {
            return v;
        }
    }
    return load_global(f, name);
}

// STORE_NAME, STORE_GLOBAL: dict[name] = v, through the lookup cache when
// it knows the name's entry.
SLOW static void store_name(es_val_t dict, es_qstr_t name, es_val_t v) {
    if (!es_lookup_store_global(dict, name, v)) {
        es_dict_store(dict, es_qstr_val(name), v);
    }
}

SLOW static void delete_name(es_val_t dict, es_qstr_t name) {
    if (es_map_lookup(es_dict_map(dict), es_qstr_val(name), ES_MAP_REMOVE)
        == NULL) {
        name_error(name);
    }
}

static es_val_t names_dict(es_frame_t *f) {
    es_val_t locals = es_frame_locals(f);
    return locals != ES_NULL ? locals : es_frame_globals(f);
}

// --- operators

#define INT_BITS ((es_int_t)(8 * sizeof(es_int_t)))

// The small-int operators other than + - and comparisons, out of the
// loop's frame: ES_NULL when the result is no small int or the operator
// raises (the general path then does it, or raises).
SLOW static es_val_t small_arith(size_t op, es_int_t x, es_int_t y) {
    es_int_t r;
    if (op >= ES_BOP_INPLACE_OR) {
        op -= ES_OP_INPLACE_OFFSET;
    }
    switch (op) {
    case ES_BOP_AND: r = x & y; break;
    case ES_BOP_OR: r = x | y; break;
    case ES_BOP_XOR: r = x ^ y; break;
    case ES_BOP_MUL:
        if (__builtin_mul_overflow(x, y, &r)) {
            return ES_NULL;
        }
        break;
    case ES_BOP_LSHIFT:
        if (y < 0 || y >= INT_BITS - 1) {
            return ES_NULL;
        }
        r = (es_int_t)((uintptr_t)x << y);
        if (r >> y != x) {
            return ES_NULL; // bits shifted out
        }
        break;
    case ES_BOP_RSHIFT:
        if (y < 0) {
            return ES_NULL;
        }
        r = x >> (y < INT_BITS ? y : INT_BITS - 1);
        break;
    case ES_BOP_FLOORDIV: case ES_BOP_MOD: {
        if (y == 0) {
            return ES_NULL;
        }
        es_int_t q = x / y, m = x % y;
        if (m != 0 && (m < 0) != (y < 0)) { // round toward -infinity
            q--;
            m += y;
        }
        r = op == ES_BOP_MOD ? m : q;
        break;
    }
    default: return ES_NULL;
    }
    return es_small_fits(r) ? es_small_new(r) : ES_NULL;
}

// Small-int fast paths; ES_NULL when [op] needs the general path.
static inline es_val_t small_op(size_t op, es_val_t a, es_val_t b) {
    es_int_t x = es_small_get(a), y = es_small_get(b), r;
    switch (op) {
    case ES_BOP_LT: return es_bool(x < y);
    case ES_BOP_GT: return es_bool(x > y);
    case ES_BOP_EQ: return es_bool(x == y);
    case ES_BOP_LE: return es_bool(x <= y);
    case ES_BOP_GE: return es_bool(x >= y);
    case ES_BOP_NE: return es_bool(x != y);
    case ES_BOP_ADD: case ES_BOP_INPLACE_ADD: r = x + y; break;
    case ES_BOP_SUB: case ES_BOP_INPLACE_SUB: r = x - y; break;
    default: return op >= ES_BOP_OR ? small_arith(op, x, y) : ES_NULL;
    }
    return es_small_fits(r) ? es_small_new(r) : ES_NULL;
}

// The item slot of list or tuple [obj] at small-int [index] (negative
// from the end) when it is in range, else NULL (the general path then
// raises or handles any other type). Lists only when [store]. Out of the
// loop: inline, its registers left a stale copy of a dropped object in
// es_vm_run's C frame on the 32-bit build, which the conservative stack
// scan kept alive (tests/limits/del_frees_value.py).
SLOW static es_val_t *seq_item(es_val_t obj, es_val_t index, bool store) {
    if (!es_is_small(index) || !es_is_obj(obj)) {
        return NULL;
    }
    const es_type_t *t = es_obj(obj)->type;
    size_t n;
    es_val_t *items;
    if (t == &es_type_list) {
        n = ((es_list_t *)obj)->len;
        items = ((es_list_t *)obj)->items;
    } else if (t == &es_type_tuple && !store) {
        n = ((es_tuple_t *)obj)->len;
        items = ((es_tuple_t *)obj)->items;
    } else {
        return NULL;
    }
    es_int_t i = es_small_get(index);
    i += i < 0 ? (es_int_t)n : 0;
    return i >= 0 && (size_t)i < n ? &items[i] : NULL;
}

SLOW static es_val_t binary_op(size_t op, es_val_t a, es_val_t b) {
    switch (op) {
    case ES_BOP_IS: return es_bool(a == b);
    case ES_BOP_IS_NOT: return es_bool(a != b);
    case ES_BOP_IN: return es_bool(es_contains(b, a));
    case ES_BOP_NOT_IN: return es_bool(!es_contains(b, a));
    case ES_BOP_EXC_MATCH: return es_bool(es_exc_match(a, b));
    default: return es_binary_op((es_binary_op_t)op, a, b);
    }
}

// A binary operator beyond the small-int paths, [sp] the operands and
// [next] the address of the next instruction. With a float operand: the
// fast path; when the right operand is the float the instruction just
// before this one (at frame->ip) made on it, it is a temporary only this
// stack slot holds, and a float result is written into it instead of a
// new float: a * b + c * d and x + y / (y + 1.0) allocate one float less
// for each such operand (es_g.float_temp).
SLOW static es_val_t operator_op(size_t op, const es_val_t *sp,
    const uint8_t *next) {
    es_val_t a = sp[-1], b = sp[0];
    if (!es_is_float(a) && !es_is_float(b)) {
        return binary_op(op, a, b);
    }
    const es_frame_t *frame = es_g.frame_cur; // at this instruction
    es_val_t into = es_g.float_temp == b && es_g.float_temp_ip == frame->ip
        ? b : ES_NULL;
    es_g.float_temp = ES_NULL;
    es_val_t r = es_float_fast_op((es_binary_op_t)op, a, b, into);
    if (r == ES_NULL) {
        return binary_op(op, a, b);
    }
    if (es_is_float(r)) {
        es_g.float_temp = r;
        es_g.float_temp_ip = next;
    }
    return r;
}

static inline bool truthy(es_val_t v) {
    return v == ES_TRUE || (v != ES_FALSE && v != ES_NONE && es_truthy(v));
}

// --- building values

SLOW static es_val_t build_map(size_t n, const es_val_t *items) {
    es_val_t d = es_dict_new(n);
    for (size_t i = 0; i < n; i++) {
        es_dict_store(d, items[2 * i], items[2 * i + 1]);
    }
    return d;
}

SLOW static es_val_t build_string(size_t n, const es_val_t *items) {
    size_t total = 0, len;
    for (size_t i = 0; i < n; i++) {
        es_str_data(items[i], &len);
        total += len;
    }
    es_str_t *s = es_str_alloc(total);
    char *p = s->data;
    for (size_t i = 0; i < n; i++) {
        const char *d = es_str_data(items[i], &len);
        memcpy(p, d, len);
        p += len;
    }
    return es_str_done(s);
}

// FORMAT_VALUE: conversion (flags & 3) then format(value, spec).
SLOW static es_val_t format_value(es_val_t v, es_val_t spec, size_t flags) {
    switch (flags & 3) {
    case 1: v = es_to_str(v); break;
    case 2: case 3: v = es_repr(v); break;
    default: break;
    }
    if (spec == ES_NULL && es_is_str(v)) {
        return v;
    }
    return es_format(v, spec);
}

// MAKE_FUNCTION's operands below the top [sp], as [flags] says: defaults
// (1), keyword defaults (2), closure (4), pushed in that order. The new
// function; the caller pops them (the loop's sp never leaves a register:
// see popped_by).
SLOW static es_val_t make_function(es_frame_t *f, const es_val_t *sp,
    size_t idx, size_t flags) {
    es_val_t closure = ES_NULL, kwdefaults = ES_NULL, defaults = ES_NULL;
    if (flags & 4) {
        closure = *sp--;
    }
    if (flags & 2) {
        kwdefaults = *sp--;
    }
    if (flags & 1) {
        defaults = *sp--;
    }
    return es_fun_new(es_frame_code(f)->consts[idx], es_frame_globals(f),
        defaults, kwdefaults, closure);
}

// How many operands MAKE_FUNCTION with [flags] pops.
static inline size_t popped_by(size_t flags) {
    return (flags & 1) + (flags >> 1 & 1) + (flags >> 2 & 1);
}

SLOW static void list_extend(es_val_t list, es_val_t iterable) {
    size_t n;
    es_val_t *items = es_seq_collect(iterable, &n);
    for (size_t i = 0; i < n; i++) {
        es_list_append(list, items[i]);
    }
}

// dict[key] = value; for a call's keyword arguments ([merge]) a key
// given twice is a TypeError.
static void dict_put(es_val_t dict, es_val_t key, es_val_t value, bool merge) {
    if (merge && es_dict_get(dict, key) != ES_NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("got multiple values for keyword argument '%S'"), key);
    }
    es_dict_store(dict, key, value);
}

SLOW static void dict_update(es_val_t dict, es_val_t mapping, bool merge) {
    if (es_is_type(mapping, &es_type_dict)) {
        es_map_t *m = es_dict_map(mapping);
        for (size_t i = 0; i < m->used; i++) {
            if (m->table[i].key != ES_NULL) {
                dict_put(dict, m->table[i].key, m->table[i].value, merge);
            }
        }
        return;
    }
    es_val_t meth[3];
    es_load_method_maybe(mapping, ES_Q(keys), meth);
    if (meth[0] == ES_NULL) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("'%T' object is not a "
            "mapping"), mapping);
    }
    es_val_t it = es_getiter(es_call_method(0, 0, meth)), key;
    while ((key = es_iternext(it)) != ES_STOP) {
        dict_put(dict, key, es_subscr_load(mapping, key), merge);
    }
}

// --- unpacking

static bool is_iterable(es_val_t v) {
    const es_type_t *t = es_type_of(v);
    return t->getiter != NULL || t->iternext != NULL
        || es_type_lookup(t, ES_Q(__iter__)) != ES_NULL
        || es_type_lookup(t, ES_Q(__getitem__)) != ES_NULL;
}

// The items of [seq] for unpacking, in an array (*n of them).
static es_val_t *unpack_items(es_val_t seq, size_t *n) {
    es_val_t *items;
    if (es_is_type(seq, &es_type_tuple)) {
        es_tuple_get(seq, n, &items);
        return items;
    }
    if (es_is_type(seq, &es_type_list)) {
        es_list_get(seq, n, &items);
        return items;
    }
    if (!is_iterable(seq)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("cannot unpack non-iterable "
            "%T object"), seq);
    }
    return NULL;
}

// UNPACK_SEQUENCE [n] of [seq] into dest[1..n], the first item at dest[n].
SLOW static void unpack_sequence(es_val_t seq, size_t n, es_val_t *dest) {
    size_t len;
    es_val_t *items = unpack_items(seq, &len);
    if (items == NULL) {
        es_val_t it = es_getiter(seq), v;
        for (len = 0; len < n && (v = es_iternext(it)) != ES_STOP; len++) {
            dest[n - len] = v;
        }
        if (len == n && es_iternext(it) != ES_STOP) {
            len = n + 1;
        }
    } else if (len == n) {
        for (size_t i = 0; i < n; i++) {
            dest[n - i] = items[i];
        }
    }
    if (len < n) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("not enough values to unpack "
            "(expected %u, got %u)"), (unsigned)n, (unsigned)len);
    }
    if (len > n) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("too many values to unpack "
            "(expected %u)"), (unsigned)n);
    }
}

// UNPACK_EX: [before] items, a list of the middle, [after] items, into
// dest[1..before+1+after] with the first item on top.
SLOW static void unpack_ex(es_val_t seq, size_t before, size_t after,
    es_val_t *dest) {
    size_t len;
    es_val_t *items = unpack_items(seq, &len);
    if (items == NULL) {
        items = es_seq_collect(seq, &len);
    }
    if (len < before + after) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("not enough values to unpack "
            "(expected at least %u, got %u)"), (unsigned)(before + after),
            (unsigned)len);
    }
    size_t total = before + 1 + after, mid = len - before - after;
    es_val_t list = es_list_new(mid, items + before);
    for (size_t i = 0; i < before; i++) {
        dest[total - i] = items[i];
    }
    dest[total - before] = list;
    for (size_t j = 0; j < after; j++) {
        dest[total - before - 1 - j] = items[before + mid + j];
    }
}

// --- blocks and exceptions

static void push_block(es_frame_t *f, unsigned kind, const uint8_t *handler,
    es_val_t *sp) {
    es_block_t *b = &es_frame_blocks(f)[f->n_block++];
    ES_ASSERT(f->n_block <= es_code_n_blocks(es_frame_code(f)));
    b->kind = (uint8_t)kind;
    b->handler = (uint32_t)(handler - es_frame_code(f)->bytecode);
    b->depth = (uint16_t)(sp + 1 - es_frame_stack(f));
    b->saved = ES_NULL;
}

// A frame returning from inside except handlers: restore the exception
// that was being handled before the outermost one.
SLOW static void leave_handlers(es_frame_t *f) {
    es_block_t *b = es_frame_blocks(f);
    for (size_t i = 0; i < f->n_block; i++) {
        if (b[i].kind == ES_BLOCK_HANDLER) {
            es_g.exc_cur = b[i].saved;
            break;
        }
    }
    f->n_block = 0;
}

// An exception raised while another is handled gets it as __context__.
static void set_context(es_val_t exc) {
    es_val_t cur = es_g.exc_cur;
    if (cur == ES_NULL || cur == exc || exc == es_g.mem_error
        || !is_exc_instance(exc) || ((es_exc_t *)exc)->context != ES_NULL) {
        return;
    }
    for (es_val_t c = cur; c != ES_NULL && is_exc_instance(c);
        c = ((es_exc_t *)c)->context) {
        if (c == exc) {
            return; // would make a cycle
        }
    }
    ((es_exc_t *)exc)->context = cur;
}

static void add_traceback(es_frame_t *f, es_val_t exc, bool raised_here) {
    const es_code_t *code = es_frame_code(f);
    size_t offset = (size_t)(f->ip - code->bytecode);
    if (!raised_here && offset > 0) {
        offset--; // suspended in a call: ip is past the call
    }
    es_exc_add_traceback(exc, code->file, es_code_line(code, offset),
        code->name);
}

// Find the innermost block of [f] that takes [exc]; set the frame up to
// run its handler. False when the frame has none left.
static bool find_handler(es_frame_t *f, es_val_t exc) {
    es_block_t *blocks = es_frame_blocks(f);
    while (f->n_block > 0) {
        es_block_t *b = &blocks[--f->n_block];
        if (b->kind == ES_BLOCK_HANDLER) {
            es_g.exc_cur = b->saved;
            continue;
        }
        f->n_sp = b->depth;
        if (b->kind == ES_BLOCK_EXCEPT) {
            b->kind = ES_BLOCK_HANDLER;
            b->saved = es_g.exc_cur;
            es_g.exc_cur = exc;
            f->n_block++;
        }
        es_frame_stack(f)[f->n_sp++] = exc;
        f->ip = es_frame_code(f)->bytecode + b->handler;
        return true;
    }
    return false;
}

// Unwind [exc] from the running frame outwards, down to [entry]. True:
// a handler was found (es_g.frame_cur is ready to run it). False: the
// exception leaves [entry], whose blocks are all popped.
SLOW static bool vm_unwind(es_frame_t *entry, es_val_t exc, bool skip_tb) {
    es_frame_t *f = es_g.frame_cur;
    set_context(exc);
    for (bool first = true;; first = false) {
        if (!(first && skip_tb)) {
            add_traceback(f, exc, first);
        }
        if (find_handler(f, exc)) {
            return true;
        }
        if (f == entry) {
            return false;
        }
        es_frame_t *caller = f->prev;
        es_frame_pop(f);
        es_g.frame_cur = f = caller;
    }
}

// Leave the loop from [entry]: it is done (returned or raised).
SLOW static void vm_leave(es_frame_t *entry) {
    es_g.frame_cur = entry->prev;
    if (!(entry->flags & ES_FRAME_HEAP)) {
        es_frame_pop(entry);
        es_frame_trim();
    }
}

static es_val_t make_exc(es_val_t v) {
    if (is_exc_instance(v)) {
        return v;
    }
    if (es_type_of(v) == &es_type_type
        && (((const es_type_t *)v)->flags & ES_TYPE_EXCEPTION)) {
        return es_call0(v);
    }
    es_raise_msg(&es_type_TypeError,
        ES_ERR("exceptions must derive from BaseException"));
}

// RAISE_VARARGS 1 and 2.
SLOW ES_NORETURN static void raise_exc(es_val_t exc, es_val_t cause) {
    exc = make_exc(exc);
    if (cause != ES_NULL) {
        ((es_exc_t *)exc)->cause = cause == ES_NONE ? ES_NONE
            : make_exc(cause);
    }
    es_raise(exc);
}

// --- with

// SETUP_WITH: replace the manager at sp[0] by its __exit__ method (two
// slots) and return what __enter__ returns.
SLOW static es_val_t setup_with(es_val_t *sp) {
    es_val_t mgr = sp[0], enter[3], exit[2];
    es_load_method_maybe(mgr, ES_Q(__enter__), enter);
    es_load_method_maybe(mgr, ES_Q(__exit__), exit);
    if (enter[0] == ES_NULL || exit[0] == ES_NULL) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("'%T' object does not support "
            "the context manager protocol"), mgr);
    }
    sp[0] = exit[0];
    sp[1] = exit[1];
    return es_call_method(0, 0, enter);
}

// Call __exit__ (args[0..1]) for the exception args[3] with that exception
// being handled, so an exception __exit__ raises gets it as __context__.
static es_val_t exit_with_exc(es_val_t *args) {
    es_val_t saved = es_g.exc_cur;
    es_nlr_buf_t buf;
    es_g.exc_cur = args[3];
    if (es_nlr_push(&buf) == 0) {
        es_val_t r = es_call_method(3, 0, args);
        es_nlr_pop();
        es_g.exc_cur = saved;
        return r;
    }
    set_context(buf.value);
    es_g.exc_cur = saved;
    es_nlr_jump(buf.value);
}

// WITH_CLEANUP: call __exit__ (sp[-2], sp[-1]) for the None|exc at sp[0];
// returns None when an exception is suppressed, else sp[0].
SLOW static es_val_t with_cleanup(const es_val_t *sp) {
    es_val_t x = sp[0];
    es_val_t args[6] = {sp[-2], sp[-1], ES_NONE, ES_NONE, ES_NONE, ES_NULL};
    if (x == ES_NONE) {
        es_call_method(3, 0, args);
        return ES_NONE;
    }
    args[2] = es_val(es_type_of(x));
    args[3] = x;
    return es_truthy(exit_with_exc(args)) ? ES_NONE : x;
}

// --- generators

// One step of `yield from` over [iter], not a generator: iter.send(sent),
// or next(iter) when [sent] is None (a class's own __next__, so that its
// StopIteration's value is seen). True with the value it yields; false
// with the value of the StopIteration that ends it.
SLOW static bool step_other(es_val_t iter, es_val_t sent, es_val_t *out) {
    es_val_t m[3];
    bool next = sent == ES_NONE;
    bool method = !next || es_is_class(es_type_of(iter));
    if (method) {
        es_load_method(iter, next ? ES_Q(__next__) : ES_Q(send), m);
        m[2] = sent;
    }
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        if (method) {
            *out = es_call_method(next ? 0 : 1, 0, m);
        } else {
            *out = es_iternext(iter);
        }
        es_nlr_pop();
        if (*out != ES_STOP) {
            return true;
        }
        *out = ES_NONE;
        return false;
    }
    if (!es_exc_match(buf.value, es_val(&es_type_StopIteration))) {
        es_nlr_jump(buf.value);
    }
    es_val_t args = ((es_exc_t *)buf.value)->args, *items;
    size_t n = 0;
    if (args != ES_NULL) {
        es_tuple_get(args, &n, &items);
    }
    *out = n > 0 ? items[0] : ES_NONE;
    return false;
}

// One step of `yield from`: send [sent] into [iter]. True: it yielded
// *out; false: it finished and *out is its value.
SLOW static bool yield_from(es_val_t iter, es_val_t sent, es_val_t *out) {
    if (es_is_type(iter, &es_type_gen)) {
        return es_gen_resume(iter, sent, ES_NULL, out);
    }
    return step_other(iter, sent, out);
}

// The message for an object without the async method [name].
static const char *no_async_method(es_qstr_t name) {
    return name == ES_Q(__aiter__) ? ES_ERR("'async for' requires an object "
            "with __aiter__ method, got %T")
        : name == ES_Q(__anext__) ? ES_ERR("'async for' received an object "
            "from __aiter__ that does not implement __anext__: %T")
        : ES_ERR("'%T' object does not support the asynchronous context "
            "manager protocol");
}

// CALL_ASYNC: [obj].name().
SLOW static es_val_t call_async(es_val_t obj, es_qstr_t name) {
    es_val_t m[2];
    es_load_method_maybe(obj, name, m);
    if (m[0] != ES_NULL && name == ES_Q(__aenter__)) {
        es_val_t exit[2];
        es_load_method_maybe(obj, ES_Q(__aexit__), exit);
        m[0] = exit[0] == ES_NULL ? ES_NULL : m[0];
    }
    if (m[0] == ES_NULL) {
        es_raise_fmt(&es_type_TypeError, no_async_method(name), obj);
    }
    return es_call_method(0, 0, m);
}

// ASYNC_EXIT: [mgr].__aexit__ called for [x] (None: a normal exit, else
// the exception leaving the body); returns the awaitable it gives.
SLOW static es_val_t async_exit(es_val_t mgr, es_val_t x) {
    es_val_t args[5];
    es_load_method(mgr, ES_Q(__aexit__), args);
    args[2] = x == ES_NONE ? ES_NONE : es_val(es_type_of(x));
    args[3] = x;
    args[4] = ES_NONE;
    return es_call_method(3, 0, args);
}

// --- calls

// A frame for Python function [fun] called with [args], arguments bound
// and cells made. Raises RecursionError, TypeError, MemoryError.
static es_frame_t *fun_frame(const es_fun_t *fun, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_frame_t *f = es_frame_push(fun);
    es_args_bind(fun, f->slots, n_args, n_kw, args);
    if (es_code_n_cells(fun->code) > 0 || fun->closure != ES_NULL) {
        es_frame_setup_cells(f, fun->closure);
    }
    return f;
}

// Call [fn] with [args]: for a Python function return its new frame (the
// caller switches to it); otherwise store the result in *slot and return
// NULL.
SLOW static es_frame_t *call_args(es_val_t *slot, es_val_t fn, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    if (es_is_fun(fn)) {
        const es_fun_t *fun = (const es_fun_t *)fn;
        if (!(es_code_flags(fun->code) & ES_CODE_GENERATOR)) {
            return fun_frame(fun, n_args, n_kw, args);
        }
        *slot = es_gen_new(fun, n_args, n_kw, args);
    } else if (es_is_type(fn, &es_type_fun_builtin)) {
        *slot = es_fun_builtin_call(fn, n_args, n_kw, args);
    } else {
        *slot = es_call(fn, n_args, n_kw, args);
    }
    return NULL;
}

// May x[a:b] on [obj] use a slice on the C stack? Only for the built-in
// sequences, which never keep the slice (a dict would keep it as a key, a
// class's __getitem__ anywhere).
static bool slice_on_stack_ok(es_val_t obj, bool store) {
    const es_type_t *t = es_type_of(obj);
    return t == &es_type_list || t == &es_type_bytearray
        || t == &es_type_memoryview || (!store && (t == &es_type_tuple
        || t == &es_type_bytes || t == &es_type_str));
}

// BUILD_SLICE fused with the LOAD_SUBSCR or STORE_SUBSCR [op] after it:
// sp[0] is the slice's start, sp[-1] the object (sp[-2] the value to
// store). The slice lives in this C frame, so slicing allocates no slice
// (heap_lock). The new top of the stack.
SLOW static es_val_t *subscr_stack_slice(es_val_t *sp, es_val_t stop,
    es_val_t step, uint8_t op) {
    es_slice_t s = {{&es_type_slice}, sp[0], stop, step};
    if (op == ES_OP_LOAD_SUBSCR) {
        sp[-1] = es_subscr_load(sp[-1], es_val(&s));
        return sp - 1;
    }
    es_subscr_store(sp[-1], es_val(&s), sp[-2]);
    return sp - 3;
}

// The state of a for loop: three value-stack slots x y z, so that common
// loops allocate nothing (heap_lock, interrupt handlers): core/loop.h's
// kinds, and
//   x counter, y stop, z step   range() of small ints (z != 0)

// FOR_RANGE_SETUP: slot[0] is what the name range gave, slot[1..n] its
// arguments; fills slot[0..2]. The counter of `for i in range(...)` then
// lives on the value stack (MicroPython does this at compile time; here a
// rebound range still works).
SLOW static void for_range_setup(es_val_t *slot, size_t n) {
    es_val_t fn = slot[0];
    es_val_t a[3] = {es_small_new(0), ES_NULL, es_small_new(1)};
    bool small = fn == es_val(&es_type_range) && n >= 1 && n <= 3;
    for (size_t i = 0; small && i < n; i++) {
        small = es_is_small(slot[1 + i]);
        a[n == 1 ? 1 : i] = slot[1 + i];
    }
    if (small && a[2] != es_small_new(0)) {
        slot[0] = a[0];
        slot[1] = a[1];
        slot[2] = a[2];
        return;
    }
    slot[0] = es_call(fn, n, 0, slot + 1);
    es_loop_start(slot);
}

// FOR_STACK: the next value of the loop state at s[0..2], or ES_STOP.
static inline es_val_t for_stack_next(es_val_t *s) {
    if (s[2] == ES_NULL) {
        return es_iternext(s[0]);
    }
    if (s[2] == ES_TRUE || s[2] == ES_FALSE) {
        return es_loop_next(s);
    }
    es_int_t i = es_small_get(s[0]), stop = es_small_get(s[1]);
    es_int_t step = es_small_get(s[2]);
    if (step > 0 ? i >= stop : i <= stop) {
        return ES_STOP;
    }
    // both small: the sum fits an es_int_t; past stop, stop marks the end
    es_int_t next = i + step;
    s[0] = (step > 0 ? next >= stop : next <= stop) ? s[1] : es_small_new(next);
    return es_small_new(i);
}

// CALL_FUNCTION: slot[0] is the callable, the arguments follow. A bound
// method is opened in place (the frame has one spare stack slot for it).
SLOW static es_frame_t *call_function(es_val_t *slot, size_t n_args, size_t n_kw) {
    es_val_t fn = slot[0];
    if (es_is_type(fn, &es_type_bound_meth)) {
        es_bound_meth_t *m = (es_bound_meth_t *)fn;
        memmove(slot + 2, slot + 1, (n_args + 2 * n_kw) * sizeof(es_val_t));
        slot[0] = fn = m->fun;
        slot[1] = m->self;
        n_args++;
    }
    return call_args(slot, fn, n_args, n_kw, slot + 1);
}

// CALL_METHOD: slot[0] the method, slot[1] self or ES_NULL, then args.
SLOW static es_frame_t *call_method(es_val_t *slot, size_t n_args, size_t n_kw) {
    if (slot[1] != ES_NULL) {
        return call_args(slot, slot[0], n_args + 1, n_kw, slot + 1);
    }
    return call_args(slot, slot[0], n_args, n_kw, slot + 2);
}

// CALL_FUNCTION_EX: slot[0] the callable, slot[1] the positional
// arguments (any iterable), slot[2] a mapping of keywords when [kw].
SLOW static es_frame_t *call_ex(es_val_t *slot, bool kw) {
    es_val_t fn = slot[0], self = ES_NULL, kwargs = kw ? slot[2] : ES_NULL;
    if (es_is_type(fn, &es_type_bound_meth)) {
        self = ((es_bound_meth_t *)fn)->self;
        fn = ((es_bound_meth_t *)fn)->fun;
    }
    size_t n_pos, n_kw = 0;
    es_val_t *pos;
    if (kwargs == ES_NULL && es_is_type(slot[1], &es_type_tuple)) {
        es_tuple_get(slot[1], &n_pos, &pos); // f(*args): no copy at all
        es_val_t with_self[8]; // a bound method's few arguments: no copy
        if (self == ES_NULL) {
            return call_args(slot, fn, n_pos, 0, pos);
        }
        if (n_pos < ES_ARRAY_SIZE(with_self)) {
            with_self[0] = self;
            memcpy(with_self + 1, pos, n_pos * sizeof(es_val_t));
            return call_args(slot, fn, n_pos + 1, 0, with_self);
        }
    }
    pos = es_seq_collect(slot[1], &n_pos);
    if (kwargs != ES_NULL && !es_is_type(kwargs, &es_type_dict)) {
        es_val_t d = es_dict_new(0);
        dict_update(d, kwargs, false);
        kwargs = d;
    }
    es_map_t *m = kwargs != ES_NULL ? es_dict_map(kwargs) : NULL;
    size_t n_self = self != ES_NULL;
    size_t cap = n_self + n_pos + 2 * (m != NULL ? m->count : 0);
    es_val_t *args = es_gc_alloc((cap + 1) * sizeof(es_val_t), 0);
    args[0] = self;
    if (n_pos > 0) {
        memcpy(args + n_self, pos, n_pos * sizeof(es_val_t));
    }
    es_val_t *kwp = args + n_self + n_pos;
    for (size_t i = 0; m != NULL && i < m->used; i++) {
        es_val_t key = m->table[i].key;
        if (key == ES_NULL) {
            continue;
        }
        if (!es_is_str(key)) {
            es_raise_msg(&es_type_TypeError, ES_ERR("keywords must be strings"));
        }
        kwp[2 * n_kw] = es_str_intern(key);
        kwp[2 * n_kw + 1] = m->table[i].value;
        n_kw++;
    }
    return call_args(slot, fn, n_self + n_pos, n_kw, args);
}

// --- the loop

// Operands of one or two bytes (names, locals, small constants) take no
// loop; longer ones go on in read_u_rest. The chip, whose flash reads
// cost more code, keeps the loop (2 KB less of es_vm_run).
#if ES_ROM_WORD_ONLY
#define READ_U(v) do { \
        size_t v_ = 0; unsigned s_ = 0; uint8_t b_; \
        do { b_ = es_rom_u8(ip++); v_ |= (size_t)(b_ & 0x7f) << s_; \
            s_ += 7; } \
        while (b_ & 0x80); \
        (v) = v_; \
    } while (0)
#else
// The rest of an unsigned operand whose first 14 bits are [v], from [ip]
// on. (The loop's ip is never passed by address: it stays in a register.)
SLOW static size_t read_u_rest(const uint8_t *ip, size_t v) {
    unsigned shift = 14;
    uint8_t b;
    do {
        b = es_rom_u8(ip++);
        v |= (size_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    return v;
}

// Past the rest of an operand at [ip].
SLOW static const uint8_t *skip_u(const uint8_t *ip) {
    while (es_rom_u8(ip++) & 0x80) {
    }
    return ip;
}

#define READ_U(v) do { \
        size_t v_ = es_rom_u8(ip++); \
        if (v_ & 0x80) { \
            size_t b_ = es_rom_u8(ip++); \
            v_ = (v_ & 0x7f) | (b_ & 0x7f) << 7; \
            if (b_ & 0x80) { \
                v_ = read_u_rest(ip, v_); \
                ip = skip_u(ip); \
            } \
        } \
        (v) = v_; \
    } while (0)
#endif
#define READ_S(v) do { \
        size_t u_; READ_U(u_); \
        (v) = (es_int_t)(u_ >> 1) ^ -(es_int_t)(u_ & 1); \
    } while (0)
#define READ_J(v) do { (v) = (int16_t)(es_rom_u8(ip) \
        | (es_rom_u8(ip + 1) << 8)); ip += 2; } while (0)
#define PUSH(v) (*++sp = (v))
#define POP() (*sp--)
#define TOP() (*sp)

// Keep the handler's saved frame-stack state equal to the running frame's.
#define SYNC() do { nlr.frame_chunk = es_g.frame_chunk; \
        nlr.frame_top = es_g.frame_top; nlr.frame_cur = es_g.frame_cur; } \
    while (0)
#define LOAD_FRAME() do { ip = frame->ip; sp = es_frame_sp(frame); \
        fast = frame->slots; } while (0)
#define BACKWARD(off) do { if ((off) < 0 && es_g.pending) { vm_pending(); } } \
    while (0)

#if VM_COMPUTED_GOTO
#define CASE(op) L_##op:
#define DISPATCH() do { frame->ip = ip; goto *labels[es_rom_u8(ip++)]; } \
    while (0)
#else
#define CASE(op) case ES_OP_##op:
#define DISPATCH() goto dispatch
#endif

// The dispatch loop. Long by design (STYLE.md: the one big function); each
// case is a few lines and slow paths are the helpers above.
es_val_t es_vm_run(es_frame_t *entry, es_val_t throw, bool *yielded) {
#if VM_COMPUTED_GOTO
#define LABEL(op) &&L_##op,
    static const void *const labels[] = {ES_OPCODES(LABEL)};
#undef LABEL
#endif
    es_nlr_buf_t nlr;
    volatile es_val_t pending_throw = throw;
    volatile bool skip_tb = false;
    es_frame_t *frame, *callee;
    const uint8_t *ip;
    es_val_t *sp, *fast, *slot;

    if (!(entry->flags & ES_FRAME_HEAP)) {
        es_stack_check(); // a generator's resume checked already
    }
    entry->prev = es_g.frame_cur;
    entry->flags |= ES_FRAME_ENTRY;
    es_g.frame_cur = entry;
    if (yielded != NULL) {
        *yielded = false;
    }
handler:
    if (es_nlr_push(&nlr) != 0) {
        // es_g's frame stack is back at the frame that raised.
        bool skip = skip_tb;
        skip_tb = false;
        if (es_is_type(nlr.value, &es_type_MemoryError)) {
            // The words the failed allocation's C calls left below this
            // frame would keep what they point to alive for the collector's
            // conservative scan, just when the program wants it back.
            es_gc_clear_stack();
        }
        if (!vm_unwind(entry, nlr.value, skip)) {
            vm_leave(entry);
            es_nlr_jump(entry->flags & ES_FRAME_HEAP
                ? es_gen_frame_raised(entry, nlr.value) : nlr.value);
        }
        goto handler;
    }
    frame = es_g.frame_cur;
    LOAD_FRAME();
    if (pending_throw != ES_NULL) {
        es_val_t t = pending_throw;
        pending_throw = ES_NULL;
        es_raise(t);
    }

#if VM_COMPUTED_GOTO
    DISPATCH();
    {
#else
dispatch:
    frame->ip = ip;
    switch (es_rom_u8(ip++)) {
#endif
    CASE(NOP) {
        DISPATCH();
    }
    CASE(POP_TOP) {
        sp--;
        DISPATCH();
    }
    CASE(ROT_TWO) {
        es_val_t t = sp[0];
        sp[0] = sp[-1];
        sp[-1] = t;
        DISPATCH();
    }
    CASE(ROT_THREE) {
        es_val_t t = sp[0];
        sp[0] = sp[-1];
        sp[-1] = sp[-2];
        sp[-2] = t;
        DISPATCH();
    }
    CASE(DUP_TOP) {
        sp[1] = sp[0];
        sp++;
        DISPATCH();
    }
    CASE(DUP_TOP_TWO) {
        sp[1] = sp[-1];
        sp[2] = sp[0];
        sp += 2;
        DISPATCH();
    }
    CASE(LOAD_CONST_NONE) {
        PUSH(ES_NONE);
        DISPATCH();
    }
    CASE(LOAD_CONST_FALSE) {
        PUSH(ES_FALSE);
        DISPATCH();
    }
    CASE(LOAD_CONST_TRUE) {
        PUSH(ES_TRUE);
        DISPATCH();
    }
    CASE(LOAD_CONST_ELLIPSIS) {
        PUSH(ES_ELLIPSIS);
        DISPATCH();
    }
    CASE(LOAD_CONST_SMALL_INT) {
        es_int_t i;
        READ_S(i);
        PUSH(es_small_new(i));
        DISPATCH();
    }
    CASE(LOAD_CONST_STR) {
        size_t q;
        READ_U(q);
        PUSH(es_qstr_val((es_qstr_t)q));
        DISPATCH();
    }
    CASE(LOAD_CONST_OBJ) {
        size_t i;
        READ_U(i);
        PUSH(const_obj(es_frame_code(frame)->consts[i]));
        DISPATCH();
    }
    CASE(LOAD_FAST) {
        size_t i;
        READ_U(i);
        if (fast[i] == ES_NULL) {
            unbound_local(frame, i);
        }
        PUSH(fast[i]);
        DISPATCH();
    }
    CASE(STORE_FAST) {
        size_t i;
        READ_U(i);
        fast[i] = POP();
        DISPATCH();
    }
    CASE(DELETE_FAST) {
        size_t i;
        READ_U(i);
        if (fast[i] == ES_NULL) {
            unbound_local(frame, i);
        }
        fast[i] = ES_NULL;
        DISPATCH();
    }
    CASE(LOAD_DEREF) {
        size_t i;
        READ_U(i);
        es_val_t v = ((es_cell_t *)fast[i])->value;
        if (v == ES_NULL) {
            unbound_local(frame, i);
        }
        PUSH(v);
        DISPATCH();
    }
    CASE(STORE_DEREF) {
        size_t i;
        READ_U(i);
        ((es_cell_t *)fast[i])->value = POP();
        DISPATCH();
    }
    CASE(DELETE_DEREF) {
        size_t i;
        READ_U(i);
        es_cell_t *c = (es_cell_t *)fast[i];
        if (c->value == ES_NULL) {
            unbound_local(frame, i);
        }
        c->value = ES_NULL;
        DISPATCH();
    }
    CASE(LOAD_NAME) {
        size_t q;
        READ_U(q);
        PUSH(load_name(frame, (es_qstr_t)q));
        DISPATCH();
    }
    CASE(STORE_NAME) {
        size_t q;
        READ_U(q);
        store_name(names_dict(frame), (es_qstr_t)q, sp[0]);
        sp--;
        DISPATCH();
    }
    CASE(DELETE_NAME) {
        size_t q;
        READ_U(q);
        delete_name(names_dict(frame), (es_qstr_t)q);
        DISPATCH();
    }
    CASE(LOAD_GLOBAL) {
        size_t q;
        READ_U(q);
        PUSH(load_global(frame, (es_qstr_t)q));
        DISPATCH();
    }
    CASE(STORE_GLOBAL) {
        size_t q;
        READ_U(q);
        store_name(es_frame_globals(frame), (es_qstr_t)q, sp[0]);
        sp--;
        DISPATCH();
    }
    CASE(DELETE_GLOBAL) {
        size_t q;
        READ_U(q);
        delete_name(es_frame_globals(frame), (es_qstr_t)q);
        DISPATCH();
    }
    CASE(LOAD_ATTR) {
        size_t q;
        READ_U(q);
        sp[0] = es_load_attr(sp[0], (es_qstr_t)q);
        DISPATCH();
    }
    CASE(STORE_ATTR) {
        size_t q;
        READ_U(q);
        es_store_attr(sp[0], (es_qstr_t)q, sp[-1]);
        sp -= 2;
        DISPATCH();
    }
    CASE(DELETE_ATTR) {
        size_t q;
        READ_U(q);
        es_delete_attr(sp[0], (es_qstr_t)q);
        sp--;
        DISPATCH();
    }
    CASE(LOAD_METHOD) {
        size_t q;
        READ_U(q);
        es_load_method(sp[0], (es_qstr_t)q, sp);
        sp++;
        DISPATCH();
    }
    CASE(LOAD_SUBSCR) {
        es_val_t *item = seq_item(sp[-1], sp[0], false);
        es_val_t v = item != NULL ? *item : es_subscr_load(sp[-1], sp[0]);
        *--sp = v;
        DISPATCH();
    }
    CASE(STORE_SUBSCR) {
        es_val_t *item = seq_item(sp[-1], sp[0], true);
        if (item != NULL) {
            *item = sp[-2];
        } else {
            es_subscr_store(sp[-1], sp[0], sp[-2]);
        }
        sp -= 3;
        DISPATCH();
    }
    CASE(DELETE_SUBSCR) {
        es_subscr_delete(sp[-1], sp[0]);
        sp -= 2;
        DISPATCH();
    }
    CASE(LOAD_BUILD_CLASS) {
        PUSH(load_global(frame, ES_Q(__build_class__)));
        DISPATCH();
    }
    CASE(UNARY_OP) {
        size_t op;
        READ_U(op);
        sp[0] = op == ES_UOP_NOT ? es_bool(!truthy(sp[0]))
            : es_unary_op((es_unary_op_t)op, sp[0]);
        DISPATCH();
    }
    CASE(BINARY_OP) {
        size_t op;
        READ_U(op);
        es_val_t r = ES_NULL;
        if (es_is_small(sp[-1]) && es_is_small(sp[0])) {
            r = small_op(op, sp[-1], sp[0]);
        }
        if (r == ES_NULL) {
            r = operator_op(op, sp, ip);
        }
        *--sp = r;
        DISPATCH();
    }
    CASE(JUMP) {
        int off;
        READ_J(off);
        BACKWARD(off);
        ip += off;
        DISPATCH();
    }
    CASE(POP_JUMP_IF_FALSE) {
        int off;
        READ_J(off);
        if (!truthy(POP())) {
            BACKWARD(off);
            ip += off;
        }
        DISPATCH();
    }
    CASE(POP_JUMP_IF_TRUE) {
        int off;
        READ_J(off);
        if (truthy(POP())) {
            BACKWARD(off);
            ip += off;
        }
        DISPATCH();
    }
    CASE(JUMP_IF_FALSE_OR_POP) {
        int off;
        READ_J(off);
        if (!truthy(TOP())) {
            ip += off;
        } else {
            sp--;
        }
        DISPATCH();
    }
    CASE(JUMP_IF_TRUE_OR_POP) {
        int off;
        READ_J(off);
        if (truthy(TOP())) {
            ip += off;
        } else {
            sp--;
        }
        DISPATCH();
    }
    CASE(FOR_RANGE_SETUP) {
        size_t n;
        READ_U(n);
        sp -= n;
        for_range_setup(sp, n);
        sp += 2;
        DISPATCH();
    }
    CASE(GET_ITER_STACK) {
        sp += 2;
        es_loop_start(sp - 2);
        DISPATCH();
    }
    CASE(FOR_STACK) {
        int off;
        READ_J(off);
        es_val_t v = for_stack_next(sp - 2);
        if (v == ES_STOP) {
            sp -= 3;
            ip += off;
        } else {
            PUSH(v);
        }
        DISPATCH();
    }
    CASE(GET_ITER) {
        sp[0] = es_getiter(sp[0]);
        DISPATCH();
    }
    CASE(FOR_ITER) {
        int off;
        READ_J(off);
        es_val_t v = es_iternext(sp[0]);
        if (v == ES_STOP) {
            sp--;
            ip += off;
        } else {
            PUSH(v);
        }
        DISPATCH();
    }
    CASE(SETUP_EXCEPT) {
        int off;
        READ_J(off);
        push_block(frame, ES_BLOCK_EXCEPT, ip + off, sp);
        DISPATCH();
    }
    CASE(SETUP_FINALLY) {
        int off;
        READ_J(off);
        push_block(frame, ES_BLOCK_FINALLY, ip + off, sp);
        DISPATCH();
    }
    CASE(SETUP_WITH) {
        int off;
        READ_J(off);
        es_val_t r = setup_with(sp);
        sp++;
        push_block(frame, ES_BLOCK_FINALLY, ip + off, sp);
        PUSH(r);
        DISPATCH();
    }
    CASE(WITH_CLEANUP) {
        es_val_t r = with_cleanup(sp);
        sp -= 2;
        sp[0] = r;
        DISPATCH();
    }
    CASE(POP_BLOCK) {
        frame->n_block--;
        DISPATCH();
    }
    CASE(POP_EXCEPT) {
        es_block_t *b = &es_frame_blocks(frame)[--frame->n_block];
        ES_ASSERT(b->kind == ES_BLOCK_HANDLER);
        es_g.exc_cur = b->saved;
        if (sp < es_frame_stack(frame) + b->depth) {
            es_frame_stack(frame)[b->depth] = ES_NULL; // let the exception go
        }
        DISPATCH();
    }
    CASE(END_FINALLY) {
        es_val_t v = POP();
        if (v != ES_NONE) {
            skip_tb = true;
            es_raise(v);
        }
        DISPATCH();
    }
    CASE(RETURN_VALUE) {
        es_val_t v = POP();
        if (frame->n_block > 0) {
            leave_handlers(frame);
        }
        if (frame == entry) {
            vm_leave(entry);
            es_nlr_pop();
            return v;
        }
        es_frame_t *caller = frame->prev;
        es_frame_pop(frame);
        es_g.frame_cur = frame = caller;
        SYNC();
        LOAD_FRAME();
        PUSH(v);
        DISPATCH();
    }
    CASE(RAISE_VARARGS) {
        size_t n;
        READ_U(n);
        if (n == 0) {
            if (es_g.exc_cur == ES_NULL) {
                es_raise_msg(&es_type_RuntimeError,
                    ES_ERR("No active exception to reraise"));
            }
            skip_tb = true;
            es_raise(es_g.exc_cur);
        }
        raise_exc(n == 2 ? sp[-1] : sp[0], n == 2 ? sp[0] : ES_NULL);
    }
    CASE(YIELD_VALUE) {
        es_val_t v = POP();
        frame->ip = ip;
        es_frame_set_sp(frame, sp);
        ES_ASSERT(frame == entry && yielded != NULL);
        es_g.frame_cur = entry->prev;
        es_nlr_pop();
        *yielded = true;
        return v;
    }
    CASE(YIELD_FROM) {
        es_val_t v;
        if (yield_from(sp[-1], sp[0], &v)) {
            // Suspend at this instruction, the sub-iterator on top; a
            // resume pushes the sent value and runs YIELD_FROM again.
            es_frame_set_sp(frame, sp - 1);
            ES_ASSERT(frame == entry && yielded != NULL);
            es_g.frame_cur = entry->prev;
            es_nlr_pop();
            *yielded = true;
            return v;
        }
        *--sp = v;
        DISPATCH();
    }
    CASE(GET_AWAITABLE) {
        sp[0] = es_gen_awaitable(sp[0]);
        DISPATCH();
    }
    CASE(CALL_ASYNC) {
        size_t name;
        READ_U(name);
        sp[0] = call_async(sp[0], (es_qstr_t)name);
        DISPATCH();
    }
    CASE(ASYNC_EXIT) {
        es_val_t x = sp[0];
        sp[0] = async_exit(sp[-1], x);
        sp[-1] = x;
        DISPATCH();
    }
    CASE(ASYNC_EXIT_END) {
        es_val_t r = POP();
        if (sp[0] != ES_NONE && es_truthy(r)) {
            sp[0] = ES_NONE; // suppressed
        }
        DISPATCH();
    }
    CASE(BUILD_TUPLE) {
        size_t n;
        READ_U(n);
        sp -= n;
        es_val_t t = es_tuple_new(n, sp + 1);
        PUSH(t);
        DISPATCH();
    }
    CASE(BUILD_LIST) {
        size_t n;
        READ_U(n);
        sp -= n;
        es_val_t l = es_list_new(n, sp + 1);
        PUSH(l);
        DISPATCH();
    }
    CASE(BUILD_MAP) {
        size_t n;
        READ_U(n);
        sp -= 2 * n;
        es_val_t d = build_map(n, sp + 1);
        PUSH(d);
        DISPATCH();
    }
    CASE(BUILD_SET) { // sets: items added in order
        size_t n;
        READ_U(n);
        sp -= n;
        es_val_t s = es_set_new(n, false);
        for (size_t i = 1; i <= n; i++) {
            es_set_add(s, sp[i]);
        }
        PUSH(s);
        DISPATCH();
    }
    CASE(BUILD_SLICE) {
        size_t n;
        READ_U(n);
        es_val_t step = n == 3 ? POP() : ES_NONE;
        es_val_t stop = POP();
        unsigned next = es_rom_u8(ip); // bytecode may lie in flash
        if ((next == ES_OP_LOAD_SUBSCR || next == ES_OP_STORE_SUBSCR)
            && slice_on_stack_ok(sp[-1], next == ES_OP_STORE_SUBSCR)) {
            ip++;
            sp = subscr_stack_slice(sp, stop, step, next);
            DISPATCH();
        }
        sp[0] = es_slice_new(sp[0], stop, step);
        DISPATCH();
    }
    CASE(LIST_APPEND) {
        size_t depth;
        READ_U(depth);
        es_val_t v = POP();
        es_list_append(sp[-(ptrdiff_t)depth], v);
        DISPATCH();
    }
    CASE(SET_ADD) { // sets
        size_t depth;
        READ_U(depth);
        es_val_t v = POP();
        es_set_add(sp[-(ptrdiff_t)depth], v);
        DISPATCH();
    }
    CASE(MAP_ADD) {
        size_t depth;
        READ_U(depth);
        sp -= 2;
        es_dict_store(sp[-(ptrdiff_t)depth], sp[1], sp[2]);
        DISPATCH();
    }
    CASE(LIST_EXTEND) {
        size_t depth;
        READ_U(depth);
        es_val_t v = POP();
        list_extend(sp[-(ptrdiff_t)depth], v);
        DISPATCH();
    }
    CASE(SET_UPDATE) { // sets
        size_t depth;
        READ_U(depth);
        es_val_t v = POP();
        es_set_update(sp[-(ptrdiff_t)depth], v);
        DISPATCH();
    }
    CASE(DICT_UPDATE) {
        size_t depth;
        READ_U(depth);
        es_val_t v = POP();
        dict_update(sp[-(ptrdiff_t)depth], v, false);
        DISPATCH();
    }
    CASE(DICT_MERGE) {
        size_t depth;
        READ_U(depth);
        es_val_t v = POP();
        dict_update(sp[-(ptrdiff_t)depth], v, true);
        DISPATCH();
    }
    CASE(LIST_TO_TUPLE) {
        size_t n;
        es_val_t *items;
        es_list_get(sp[0], &n, &items);
        sp[0] = es_tuple_new(n, items);
        DISPATCH();
    }
    CASE(UNPACK_SEQUENCE) {
        size_t n;
        READ_U(n);
        sp--;
        unpack_sequence(sp[1], n, sp);
        sp += n;
        DISPATCH();
    }
    CASE(UNPACK_EX) {
        size_t n;
        READ_U(n);
        sp--;
        unpack_ex(sp[1], n & 0xff, n >> 8, sp);
        sp += (n & 0xff) + 1 + (n >> 8);
        DISPATCH();
    }
    CASE(FORMAT_VALUE) {
        size_t flags;
        READ_U(flags);
        es_val_t spec = flags & 4 ? POP() : ES_NULL;
        sp[0] = format_value(sp[0], spec, flags);
        DISPATCH();
    }
    CASE(BUILD_STRING) {
        size_t n;
        READ_U(n);
        sp -= n;
        es_val_t s = build_string(n, sp + 1);
        PUSH(s);
        DISPATCH();
    }
    CASE(MAKE_FUNCTION) {
        size_t idx, flags;
        READ_U(idx);
        READ_U(flags);
        es_val_t f = make_function(frame, sp, idx, flags);
        sp -= popped_by(flags);
        PUSH(f);
        DISPATCH();
    }
    CASE(CALL_FUNCTION) {
        size_t n_args, n_kw;
        READ_U(n_args);
        READ_U(n_kw);
        slot = sp - n_args - 2 * n_kw;
        if (es_g.pending) {
            vm_pending();
        }
        if (slot[0] == es_val(&es_type_super) && n_args + n_kw == 0
            && es_rom_u8(ip) == ES_OP_LOAD_METHOD) {
            // super().m: see es_super_load_method
            size_t q;
            ip++;
            READ_U(q);
            es_super_load_method((es_qstr_t)q, slot);
            sp = slot + 1;
            DISPATCH();
        }
        callee = call_function(slot, n_args, n_kw);
        if (callee == NULL) {
            sp = slot;
            DISPATCH();
        }
        goto enter_callee;
    }
    CASE(CALL_METHOD) {
        size_t n_args, n_kw;
        READ_U(n_args);
        READ_U(n_kw);
        slot = sp - n_args - 2 * n_kw - 1;
        if (es_g.pending) {
            vm_pending();
        }
        callee = call_method(slot, n_args, n_kw);
        if (callee == NULL) {
            sp = slot;
            DISPATCH();
        }
        goto enter_callee;
    }
    CASE(CALL_FUNCTION_EX) {
        size_t flags;
        READ_U(flags);
        slot = sp - 1 - (flags & 1);
        if (es_g.pending) {
            vm_pending();
        }
        callee = call_ex(slot, flags & 1);
        if (callee == NULL) {
            sp = slot;
            DISPATCH();
        }
        goto enter_callee;
    }
    CASE(IMPORT_NAME) {
        size_t q;
        READ_U(q);
        es_val_t fromlist = POP();
        sp[0] = es_import((es_qstr_t)q, fromlist, sp[0],
            es_frame_globals(frame));
        DISPATCH();
    }
    CASE(IMPORT_FROM) {
        size_t q;
        READ_U(q);
        es_val_t v = es_import_from(sp[0], (es_qstr_t)q);
        PUSH(v);
        DISPATCH();
    }
    CASE(IMPORT_STAR) {
        es_import_star(sp[0], names_dict(frame));
        sp--;
        DISPATCH();
    }
#if !VM_COMPUTED_GOTO
    default:
        break;
#endif
    }
    es_raise_msg(&es_type_RuntimeError, ES_ERR("bad opcode"));

enter_callee:
    // The caller resumes after the call; the result will be pushed at
    // slot. The arguments were copied into the callee: clear their slots
    // (and the spare one) so that the suspended caller does not keep
    // temporaries alive for the collector.
    sp[1] = ES_NULL;
    while (sp > slot) {
        *sp-- = ES_NULL;
    }
    frame->ip = ip;
    es_frame_set_sp(frame, sp - 1);
    callee->prev = frame;
    es_g.frame_cur = frame = callee;
    SYNC();
    LOAD_FRAME();
    DISPATCH();
}

// --- entry points from C

es_val_t es_vm_exec_code(es_val_t code, es_val_t globals, es_val_t locals) {
    es_val_t fun = es_fun_new(code, globals, ES_NULL, ES_NULL, ES_NULL);
    es_frame_t *f = es_frame_push((const es_fun_t *)fun);
    es_frame_set_locals(f, locals);
    es_frame_setup_cells(f, ES_NULL);
    return es_vm_run(f, ES_NULL, NULL);
}

es_val_t es_vm_exec_body(es_val_t fun, es_val_t locals) {
    const es_fun_t *fn = (const es_fun_t *)fun;
    es_frame_t *f = es_frame_push(fn);
    es_frame_set_locals(f, locals);
    es_frame_setup_cells(f, fn->closure);
    return es_vm_run(f, ES_NULL, NULL);
}

es_val_t es_vm_call_fun(const es_fun_t *fun, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    if (es_code_flags(fun->code) & ES_CODE_GENERATOR) {
        return es_gen_new(fun, n_args, n_kw, args);
    }
    es_stack_check();
    return es_vm_run(fun_frame(fun, n_args, n_kw, args), ES_NULL, NULL);
}

es_val_t es_vm_globals(void) {
    es_frame_t *f = es_g.frame_cur;
    return f != NULL ? es_frame_globals(f) : ES_NULL;
}

es_val_t es_vm_locals(void) {
    es_frame_t *f = es_g.frame_cur;
    if (f == NULL) {
        return ES_NULL;
    }
    if (es_frame_locals(f) != ES_NULL) {
        return es_frame_locals(f);
    }
    const es_code_t *code = es_frame_code(f);
    es_val_t d = es_dict_new(es_code_n_locals(code));
    for (size_t i = 0; i < es_code_n_locals(code); i++) {
        es_val_t v = f->slots[i];
        if (es_is_type(v, &es_type_cell)) {
            v = ((es_cell_t *)v)->value;
        }
        if (v != ES_NULL) {
            es_dict_store(d, es_qstr_val(code->names[i]), v);
        }
    }
    return d;
}

void es_vm_super_args(es_val_t *cls, es_val_t *self) {
    es_frame_t *f = es_g.frame_cur;
    const es_code_t *code = f != NULL ? es_frame_code(f) : NULL;
    if (code == NULL || es_code_n_pos(code) + es_code_n_kwonly(code) == 0
        || f->slots[0] == ES_NULL) {
        es_raise_msg(&es_type_RuntimeError, ES_ERR("super(): no arguments"));
    }
    *self = f->slots[0];
    if (es_is_type(*self, &es_type_cell)) {
        *self = ((es_cell_t *)*self)->value;
    }
    size_t n = es_code_n_locals(code);
    for (size_t i = n - es_code_n_free(code); i < n; i++) {
        if (code->names[i] == ES_Q(__class__)) {
            *cls = ((es_cell_t *)f->slots[i])->value;
            if (*cls != ES_NULL) {
                return;
            }
        }
    }
    es_raise_msg(&es_type_RuntimeError,
        ES_ERR("super(): __class__ cell not found"));
}
