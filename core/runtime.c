// SPDX-License-Identifier: MIT
// The object protocol: calls, operators, attributes, subscription and
// iteration on any value, through the type slots, with CPython's error
// messages when a slot is missing. Dispatch rules are in runtime.h.
//
// Attribute lookup order: for a class instance, class.c decides (property,
// instance dict, class attribute, __getattr__); for a type object, its own
// attributes (unbound); for anything else, the type's locals along its
// parents, then the type's load_attr slot (instance attributes of modules,
// exceptions...). A function found in a type's locals binds the object as
// self; es_load_method does so without allocating, es_load_attr makes a
// bound method. Every path that can recurse on user data (calls from C,
// ==, hash, printing) checks the C stack first.
#include <string.h>

#include "class.h"
#include "dunder.h"
#include "exc.h"
#include "float.h" // floats: nan == nan is False
#include "fun.h"
#include "gc.h"
#include "int.h"
#include "list.h"
#include "intern.h"
#include "lookup.h"
#include "map.h"
#include "module.h"
#include "nlr.h"
#include "port.h"
#include "print.h"
#include "runtime.h"
#include "state.h"
#include "str.h"
#include "tuple.h"

// --- calls

es_val_t es_call(es_val_t fn, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_stack_check();
    const es_type_t *t = es_type_of(fn);
    if (t->call == NULL) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("'%T' object is not callable"),
            fn);
    }
    return t->call(fn, n_args, n_kw, args);
}

// Shorthands for calls from C with 0, 1 or 2 positional arguments.
es_val_t es_call0(es_val_t fn) {
    return es_call(fn, 0, 0, NULL);
}

es_val_t es_call1(es_val_t fn, es_val_t a) {
    return es_call(fn, 1, 0, &a);
}

es_val_t es_call2(es_val_t fn, es_val_t a, es_val_t b) {
    es_val_t args[2] = {a, b};
    return es_call(fn, 2, 0, args);
}

void es_check_nargs(es_qstr_t fname, size_t n_args, size_t lo, size_t hi,
    size_t n_kw, bool takes_kw) {
    if (n_kw != 0 && !takes_kw) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("%q() takes no keyword arguments"), fname);
    }
    if (n_args >= lo && n_args <= hi) {
        return;
    }
    if (hi == 0) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("%q() takes no arguments (%u given)"), fname,
            (unsigned)n_args);
    }
    if (lo == hi && lo == 1) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("%q() takes exactly one argument (%u given)"), fname,
            (unsigned)n_args);
    }
    if (lo == hi) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("%q expected %u argument%s, got %u"), fname, (unsigned)lo,
            lo == 1 ? "" : "s", (unsigned)n_args);
    }
    size_t bound = n_args < lo ? lo : hi;
    es_raise_fmt(&es_type_TypeError,
        ES_ERR("%q expected at %s %u argument%s, got %u"), fname,
        n_args < lo ? "least" : "most", (unsigned)bound, bound == 1 ? "" : "s",
        (unsigned)n_args);
}

// --- unary operators

static const char *const uop_text[] = {"+", "-", "~", "not", "bool", "len",
    "hash", "abs"};

// The hash of an object with no __hash__ of its own: its address, with the
// always-zero low bits dropped so that hashes spread over dict slots.
es_int_t es_identity_hash(es_val_t v) {
    return (es_int_t)(v >> 4) & ES_SMALL_MAX;
}

es_val_t es_unary_op(es_unary_op_t op, es_val_t v) {
    if (op == ES_UOP_NOT) {
        return es_bool(!es_truthy(v));
    }
    if (op == ES_UOP_BOOL) {
        return es_bool(es_truthy(v));
    }
    if (op == ES_UOP_LEN) {
        return es_int_from((es_int_t)es_len(v));
    }
    if (op == ES_UOP_HASH) {
        return es_small_new(es_hash(v));
    }
    const es_type_t *t = es_type_of(v);
    if (t->unary_op != NULL) {
        es_val_t r = t->unary_op(op, v);
        // a class's __neg__ may return NotImplemented as any value
        if (r != ES_NULL && (r != ES_NOT_IMPLEMENTED || es_is_class(t))) {
            return r;
        }
    }
    if (op == ES_UOP_ABS) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("bad operand type for abs(): '%T'"), v);
    }
    es_raise_fmt(&es_type_TypeError,
        ES_ERR("bad operand type for unary %s: '%T'"), uop_text[op], v);
}

// Truth: the constants and small ints without a call; then the type's
// bool, then its len (non-zero is true); objects with neither are true.
bool es_truthy(es_val_t v) {
    if (v == ES_FALSE || v == ES_NONE) {
        return false;
    }
    if (v == ES_TRUE) {
        return true;
    }
    if (es_is_small(v)) {
        return es_small_get(v) != 0;
    }
    if (es_is_qstr(v)) {
        return es_qstr_len(es_qstr_get(v)) != 0;
    }
    const es_type_t *t = es_type_of(v);
    if (t->unary_op == NULL) {
        return true;
    }
    es_val_t r = t->unary_op(ES_UOP_BOOL, v);
    if (r == ES_NULL || r == ES_NOT_IMPLEMENTED) {
        r = t->unary_op(ES_UOP_LEN, v);
        if (r == ES_NULL || r == ES_NOT_IMPLEMENTED) {
            return true;
        }
        return r != es_small_new(0);
    }
    return r == ES_TRUE;
}

// hash(): small ints hash to themselves (-1 to -2, as CPython, since -1
// means failure there), strs to their cached text hash, which interned and
// heap strs share so they meet in one dict slot.
es_int_t es_hash(es_val_t v) {
    if (es_is_small(v)) {
        return es_int_hash(v); // CPython's: reduced mod 2**61-1 on 64-bit
    }
    if (es_is_str(v)) {
        return (es_int_t)(es_str_hash(v) & (uint32_t)ES_SMALL_MAX);
    }
    if (v == ES_FALSE || v == ES_TRUE) {
        return v == ES_TRUE;
    }
    es_stack_check();
    const es_type_t *t = es_type_of(v);
    if (t->unary_op == NULL) {
        return es_identity_hash(v);
    }
    es_val_t r = t->unary_op(ES_UOP_HASH, v);
    if (r == ES_NULL || r == ES_NOT_IMPLEMENTED) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("unhashable type: '%T'"), v);
    }
    if (!es_is_small(r)) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("__hash__ method should return an integer"));
    }
    return es_small_get(r);
}

// len(): interned names count code points here; everything else goes to
// the type's len (which must give a non-negative int).
size_t es_len(es_val_t v) {
    if (es_is_qstr(v)) {
        return es_utf8_count(es_qstr_str(es_qstr_get(v), NULL),
            es_qstr_len(es_qstr_get(v)));
    }
    const es_type_t *t = es_type_of(v);
    es_val_t r = t->unary_op ? t->unary_op(ES_UOP_LEN, v) : ES_NULL;
    if (r == ES_NULL || r == ES_NOT_IMPLEMENTED) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("object of type '%T' has no len()"), v);
    }
    es_int_t n = es_get_int(r);
    if (n < 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("__len__() should return >= 0"));
    }
    return (size_t)n;
}

// --- binary operators

static const char *const bop_text[] = {
    "<", ">", "==", "<=", ">=", "!=", "in", "not in", "is", "is not",
    "exception match", "|", "^", "&", "<<", ">>", "+", "-", "*", "@", "//",
    "/", "%", "** or pow()", "|=", "^=", "&=", "<<=", ">>=", "+=", "-=",
    "*=", "@=", "//=", "/=", "%=", "**=",
};

// Try lhs's slot, then rhs's with the same operands. ES_NULL when both
// refuse. A class's slot goes first when lhs is a built-in object: it
// answers only through the class's reflected method, which built-in types
// (that raise rather than answer NotImplemented) would otherwise hide.
static es_val_t dispatch(es_binary_op_t op, es_val_t lhs, es_val_t rhs) {
    const es_type_t *lt = es_type_of(lhs);
    const es_type_t *rt = es_type_of(rhs);
    es_val_t r = ES_NULL;
    if (es_is_class(rt) && !es_is_class(lt)) {
        r = rt->binary_op(op, lhs, rhs);
        if (r == ES_NULL || r == ES_NOT_IMPLEMENTED) {
            r = lt->binary_op != NULL ? lt->binary_op(op, lhs, rhs) : ES_NULL;
        }
        return r == ES_NOT_IMPLEMENTED ? ES_NULL : r;
    }
    if (lt->binary_op != NULL) {
        r = lt->binary_op(op, lhs, rhs);
    }
    // A slot function shared by both types has had its chance already.
    if ((r == ES_NULL || r == ES_NOT_IMPLEMENTED) && rt != lt
        && rt->binary_op != NULL && rt->binary_op != lt->binary_op) {
        r = rt->binary_op(op, lhs, rhs);
    }
    return r == ES_NOT_IMPLEMENTED ? ES_NULL : r;
}

// ==: identity first (so containers find an object even if its __eq__
// says otherwise, as CPython's containers do), then small ints and strs
// without a call, then the types' slots; no answer means not equal.
bool es_equal(es_val_t a, es_val_t b) {
    if (a == b) {
        return true;
    }
    if (es_is_small(a) && es_is_small(b)) {
        return false;
    }
    if (es_is_str(a) && es_is_str(b)) {
        return es_str_equal(a, b);
    }
    es_stack_check();
    es_val_t r = dispatch(ES_BOP_EQ, a, b);
    return r != ES_NULL && es_truthy(r);
}

// `item in container`: the container's slot, else a scan with ==.
bool es_contains(es_val_t container, es_val_t item) {
    const es_type_t *t = es_type_of(container);
    if (t->binary_op != NULL) {
        es_val_t r = t->binary_op(ES_BOP_IN, item, container);
        if (r != ES_NULL && r != ES_NOT_IMPLEMENTED) {
            return es_truthy(r);
        }
    }
    if (t->getiter == NULL && t->iternext == NULL && t->subscr == NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("argument of type '%T' is not iterable"), container);
    }
    es_val_t it = es_getiter(container);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        if (es_equal(v, item)) {
            return true;
        }
    }
    return false;
}

static bool is_seq(es_val_t v) {
    return es_is_str(v) || es_is_type(v, &es_type_list)
        || es_is_type(v, &es_type_tuple);
}

// seq * x with x not an int: CPython's message names x's type.
static void raise_seq_mul(es_val_t lhs, es_val_t rhs) {
    if (is_seq(lhs) || is_seq(rhs)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("can't multiply sequence by "
            "non-int of type '%T'"), is_seq(lhs) ? rhs : lhs);
    }
}

// The rich comparisons. == and != never raise for want of a method (they
// fall back to identity); ordering without one is a TypeError.
static es_val_t compare(es_binary_op_t op, es_val_t lhs, es_val_t rhs) {
    if ((op == ES_BOP_EQ || op == ES_BOP_NE)
        && (es_is_float(lhs) || es_is_complex(lhs))) {
        // floats and complexes: no identity shortcut, NaN != NaN
        es_val_t r = dispatch(op, lhs, rhs);
        if (r != ES_NULL) {
            return r;
        }
    }
    if ((op == ES_BOP_EQ || op == ES_BOP_NE)
        && (es_is_class(es_type_of(lhs)) || es_is_class(es_type_of(rhs)))) {
        // a class's __eq__/__ne__ is called even for the same object (as
        // CPython; containers keep identity first through es_equal)
        es_val_t r = dispatch(op, lhs, rhs);
        if (r != ES_NULL) {
            return r;
        }
        return es_bool((lhs == rhs) == (op == ES_BOP_EQ)); // no answer
    }
    if (op == ES_BOP_EQ) {
        return es_bool(es_equal(lhs, rhs));
    }
    if (op == ES_BOP_NE) {
        return es_bool(!es_equal(lhs, rhs));
    }
    es_val_t r = dispatch(op, lhs, rhs);
    if (r == ES_NULL) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("'%s' not supported between "
            "instances of '%T' and '%T'"), bop_text[op], lhs, rhs);
    }
    return r;
}

// Identity, membership and exception matching are the runtime's own;
// every other operator goes to the types (in-place falling back to plain).
es_val_t es_binary_op(es_binary_op_t op, es_val_t lhs, es_val_t rhs) {
    switch (op) {
        case ES_BOP_IS:
            return es_bool(lhs == rhs);
        case ES_BOP_IS_NOT:
            return es_bool(lhs != rhs);
        case ES_BOP_IN:
            return es_bool(es_contains(rhs, lhs));
        case ES_BOP_NOT_IN:
            return es_bool(!es_contains(rhs, lhs));
        case ES_BOP_EXC_MATCH:
            return es_bool(es_exc_match(lhs, rhs));
        default:
            break;
    }
    es_val_t r = es_float_fast_op(op, lhs, rhs, ES_NULL);
    if (r != ES_NULL) {
        return r;
    }
    if (op <= ES_BOP_NE) {
        return compare(op, lhs, rhs);
    }
    r = dispatch(op, lhs, rhs);
    if (r == ES_NULL && op >= ES_BOP_INPLACE_OR) {
        r = dispatch(op - ES_OP_INPLACE_OFFSET, lhs, rhs);
    }
    if (r == ES_NULL && (op == ES_BOP_MUL || op == ES_BOP_INPLACE_MUL)) {
        raise_seq_mul(lhs, rhs);
    }
    if (r == ES_NULL) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("unsupported operand type(s) "
            "for %s: '%T' and '%T'"), bop_text[op], lhs, rhs);
    }
    return r;
}

// --- attributes and methods

es_val_t es_type_own_lookup(const es_type_t *t, es_qstr_t name) {
    if (t->locals == ES_NULL) {
        return ES_NULL;
    }
    es_map_elem_t *e = es_map_lookup(es_dict_map(t->locals),
        es_qstr_val(name), ES_MAP_LOOKUP);
    return e != NULL ? e->value : ES_NULL;
}

es_val_t es_type_lookup(const es_type_t *type, es_qstr_t name) {
    return es_lookup_type(type, name, NULL);
}

// Does a function found in a type's locals take the instance as self?
static bool binds_self(es_val_t f) {
    return es_is_type(f, &es_type_fun_builtin) || es_is_fun(f);
}

// it.__next__() of a built-in iterator: StopIteration at the end.
static es_val_t iter_next(es_val_t self) {
    es_val_t v = es_iternext(self);
    if (v == ES_STOP) {
        es_raise(es_exc_new(&es_type_StopIteration, 0, NULL));
    }
    return v;
}
static ES_FUN_1(fun_iter_next, iter_next);

// See the lookup order at the top of this file. __class__ is answered for
// every object, __next__ for every built-in iterator.
void es_load_method_maybe(es_val_t obj, es_qstr_t name, es_val_t dest[2]) {
    const es_type_t *t = es_type_of(obj);
    if (es_is_class(t)) {
        es_class_load_method(obj, name, dest);
        return;
    }
    dest[0] = dest[1] = ES_NULL;
    if (t == &es_type_type) {
        // A type's own attributes (object.__setattr__) before those of its
        // metatype, unbound.
        dest[0] = t->load_attr(obj, name);
        if (dest[0] != ES_NULL) {
            return;
        }
    }
    es_val_t v = es_type_lookup(t, name);
    if (v != ES_NULL) {
        dest[0] = v;
        dest[1] = binds_self(v) ? obj : ES_NULL;
        return;
    }
    if (t->load_attr != NULL) {
        dest[0] = t->load_attr(obj, name);
    }
    if (dest[0] == ES_NULL && name == ES_Q(__class__)) {
        dest[0] = es_val(t);
    }
    if (dest[0] == ES_NULL && name == ES_Q(__next__) && t->iternext != NULL) {
        dest[0] = es_val(&fun_iter_next); // any built-in iterator's
        dest[1] = obj;
    }
    if (dest[0] == ES_NULL && (dest[0] = es_dunder_lookup(t, name)) != ES_NULL) {
        dest[1] = obj; // x.__add__(y) of a built-in type
    }
}

// AttributeError with CPython's wording for modules, types and instances.
static ES_NORETURN void raise_no_attr(es_val_t obj, es_qstr_t name) {
    const es_type_t *t = es_type_of(obj);
    if (t == &es_type_module) {
        es_raise_fmt(&es_type_AttributeError,
            ES_ERR("module '%S' has no attribute '%q'"),
            es_dict_get(es_module_globals(obj), es_qstr_val(ES_Q(__name__))),
            name);
    }
    if (t == &es_type_type) {
        es_raise_fmt(&es_type_AttributeError,
            ES_ERR("type object '%q' has no attribute '%q'"),
            (es_qstr_t)((const es_type_t *)obj)->name, name);
    }
    es_raise_fmt(&es_type_AttributeError,
        ES_ERR("'%T' object has no attribute '%q'"), obj, name);
}

void es_load_method(es_val_t obj, es_qstr_t name, es_val_t dest[2]) {
    es_load_method_maybe(obj, name, dest);
    if (dest[0] == ES_NULL) {
        raise_no_attr(obj, name);
    }
}

es_val_t es_load_attr_maybe(es_val_t obj, es_qstr_t name) {
    es_val_t dest[2];
    es_load_method_maybe(obj, name, dest);
    if (dest[0] != ES_NULL && dest[1] != ES_NULL) {
        return es_bound_meth_new(dest[0], dest[1]);
    }
    return dest[0];
}

es_val_t es_load_attr_or_null(es_val_t obj, es_qstr_t name) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_val_t v = es_load_attr_maybe(obj, name);
        es_nlr_pop();
        return v;
    }
    if (!es_isinstance(buf.value, &es_type_AttributeError)) {
        es_nlr_jump(buf.value);
    }
    return ES_NULL;
}

es_val_t es_load_attr(es_val_t obj, es_qstr_t name) {
    es_val_t v = es_load_attr_maybe(obj, name);
    if (v == ES_NULL) {
        raise_no_attr(obj, name);
    }
    return v;
}

// Store or (value ES_NULL) delete through the type's store_attr slot;
// built-in objects without one have no settable attributes.
void es_store_attr(es_val_t obj, es_qstr_t name, es_val_t value) {
    const es_type_t *t = es_type_of(obj);
    if (t->store_attr != NULL && t->store_attr(obj, name, value)) {
        return;
    }
    if (value == ES_NULL) {
        raise_no_attr(obj, name);
    }
    if (t == &es_type_type) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("cannot set '%q' attribute "
            "of immutable type '%q'"), name,
            (es_qstr_t)((const es_type_t *)obj)->name);
    }
    raise_no_attr(obj, name);
}

void es_delete_attr(es_val_t obj, es_qstr_t name) {
    es_store_attr(obj, name, ES_NULL);
}

es_val_t es_call_method(size_t n_args, size_t n_kw, es_val_t *args) {
    if (args[1] == ES_NULL) {
        return es_call(args[0], n_args, n_kw, args + 2);
    }
    return es_call(args[0], n_args + 1, n_kw, args + 1);
}

// --- subscription

// The subscr slot with its load/store/delete selector; ES_NULL when the
// type has none or refuses.
static es_val_t subscr(es_val_t obj, es_val_t index, es_val_t value) {
    const es_type_t *t = es_type_of(obj);
    return t->subscr != NULL ? t->subscr(obj, index, value) : ES_NULL;
}

es_val_t es_subscr_load(es_val_t obj, es_val_t index) {
    es_val_t r = subscr(obj, index, ES_STOP);
    if (r == ES_NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("'%T' object is not subscriptable"), obj);
    }
    return r;
}

void es_subscr_store(es_val_t obj, es_val_t index, es_val_t value) {
    if (subscr(obj, index, value) == ES_NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("'%T' object does not support item assignment"), obj);
    }
}

void es_subscr_delete(es_val_t obj, es_val_t index) {
    if (subscr(obj, index, ES_NULL) == ES_NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("'%T' object does not support item deletion"), obj);
    }
}

// --- iteration. An object with only subscr is iterated by index until
// IndexError, as CPython's old sequence protocol does.

typedef struct seq_iter {
    es_obj_t base;
    es_val_t seq;
    es_int_t index;
} seq_iter_t;

static es_val_t seq_iter_next(es_val_t self) {
    seq_iter_t *it = (seq_iter_t *)self;
    if (it->seq == ES_NULL) {
        return ES_STOP;
    }
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_val_t v = es_subscr_load(it->seq, es_small_new(it->index));
        es_nlr_pop();
        it->index++;
        return v;
    }
    if (!es_exc_match(buf.value, es_val(&es_type_IndexError))
        && !es_exc_match(buf.value, es_val(&es_type_StopIteration))) {
        es_nlr_jump(buf.value);
    }
    it->seq = ES_NULL;
    return ES_STOP;
}

static const es_type_t seq_iter_type = {
    .base = {&es_type_type},
    .name = ES_Q(iterator),
    .parent = &es_type_object,
    .iternext = seq_iter_next,
};

// iter(): the type's getiter; an iterator is its own iterator; a type
// with only subscr is iterated by index.
es_val_t es_getiter(es_val_t obj) {
    const es_type_t *t = es_type_of(obj);
    if (t->getiter != NULL) {
        return t->getiter(obj);
    }
    if (t->iternext != NULL) {
        return obj;
    }
    if (t->subscr == NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("'%T' object is not iterable"), obj);
    }
    return es_seq_iter_new(obj);
}

es_val_t es_seq_iter_new(es_val_t seq) {
    seq_iter_t *it = es_gc_alloc(sizeof(seq_iter_t), 0);
    it->base.type = &seq_iter_type;
    it->seq = seq;
    return es_val(it);
}

// Also the poll point for Ctrl-C in loops that run in C (sum, sorted,
// list(...) over a long range).
void es_pending_poll(bool run_sched) {
    es_g.pending = 0;
    port_poll();
    es_val_t exc = es_g.pending_exc;
    es_g.pending_exc = ES_NULL;
    if (exc == es_val(&es_g.kbd_intr_obj)) { // reused: a fresh traceback
        es_exc_clear_traceback(exc);
        ((es_exc_t *)exc)->cause = ((es_exc_t *)exc)->context = ES_NULL;
    }
    if (exc != ES_NULL) {
        es_raise(exc);
    }
    if (run_sched && es_g.sched_len != 0 && !es_g.sched_locked) {
        es_sched_run();
    } else if (es_g.sched_len != 0) {
        es_g.pending = 1; // the callbacks wait for a poll that runs them
    }
}

es_val_t es_iternext(es_val_t it) {
    es_poll();
    const es_type_t *t = es_type_of(it);
    if (t->iternext == NULL) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("'%T' object is not an iterator"), it);
    }
    return t->iternext(it);
}

// --- text

// str()/repr() through a printer. strs are printed here (both kinds of
// str value share one code path); objects without a print slot get
// CPython's default <T object at 0x...>.
void es_print_val(const es_print_t *p, es_val_t v, es_print_kind_t kind) {
    es_stack_check();
    if (es_is_str(v)) {
        size_t n;
        const char *s = es_str_data(v, &n);
        if (kind == ES_PRINT_STR) {
            es_print_strn(p, s, n);
        } else {
            es_str_print_repr(p, s, n);
        }
        return;
    }
    const es_type_t *t = es_type_of(v);
    if (t->print != NULL) {
        t->print(p, v, kind);
        return;
    }
    es_printf(p, "<%q object at %p>", (es_qstr_t)t->name, (void *)v);
}

// The text es_print_val would print, as a new str.
static es_val_t print_to_str(es_val_t v, es_print_kind_t kind) {
    es_vstr_t vs;
    es_print_t p;
    es_vstr_init(&vs, 16);
    es_vstr_printer(&vs, &p);
    es_print_val(&p, v, kind);
    return es_vstr_to_str(&vs);
}

es_val_t es_repr(es_val_t v) {
    return print_to_str(v, ES_PRINT_REPR);
}

es_val_t es_to_str(es_val_t v) {
    return es_is_str(v) ? v : print_to_str(v, ES_PRINT_STR);
}

es_qstr_t es_type_name(es_val_t v) {
    return es_type_of(v)->name;
}

// --- types and conversions

// Built-in types have one parent each; classes carry their whole MRO.
bool es_issubclass(const es_type_t *t, const es_type_t *base) {
    if (base == &es_type_object || t == base) {
        return true;
    }
    if (es_is_class(t)) {
        size_t n;
        es_val_t *mro;
        es_tuple_get(((const es_class_t *)t)->mro, &n, &mro);
        for (size_t i = 0; i < n; i++) {
            if (mro[i] == es_val(base)) {
                return true;
            }
        }
        return false;
    }
    for (; t != NULL; t = t->parent) {
        if (t == base) {
            return true;
        }
    }
    return false;
}

bool es_isinstance(es_val_t v, const es_type_t *type) {
    return es_issubclass(es_type_of(v), type);
}

es_val_t es_index_of(es_val_t v) {
    if (es_is_small(v) || es_is_int(v)) {
        return v;
    }
    if (!es_is_class(es_type_of(v))) {
        return ES_NULL;
    }
    es_val_t u = es_class_unbox(v); // class I(int) instances
    if (es_is_int(u)) {
        return u;
    }
    es_val_t dest[2];
    es_load_method_maybe(v, ES_Q(__index__), dest);
    if (dest[0] == ES_NULL) {
        return ES_NULL;
    }
    es_val_t r = es_call_method(0, 0, dest);
    if (!es_is_int(r)) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("__index__ returned non-int (type %T)"), r);
    }
    return r;
}

es_int_t es_get_int(es_val_t v) {
    if (es_is_small(v)) {
        return es_small_get(v);
    }
    es_val_t ix = es_index_of(v);
    v = ix != ES_NULL ? ix : v;
    if (v == ES_FALSE || v == ES_TRUE) {
        return v == ES_TRUE;
    }
    if (!es_is_int(v)) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("'%T' object cannot be interpreted as an integer"), v);
    }
    es_int_t i;
    if (!es_int_get_checked(v, &i)) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("Python int too large to convert to C ssize_t"));
    }
    return i;
}

size_t es_get_index(es_qstr_t what, size_t len, es_val_t index) {
    es_val_t ix = es_index_of(index);
    index = ix != ES_NULL ? ix : index;
    if (!es_is_int(index)) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("%q indices must be integers or slices, not %T"), what,
            index);
    }
    es_int_t i;
    if (!es_int_get_checked(index, &i)) {
        es_raise_msg(&es_type_IndexError,
            ES_ERR("cannot fit 'int' into an index-sized integer"));
    }
    if (i < 0) {
        i += (es_int_t)len;
    }
    if (i < 0 || (size_t)i >= len) {
        es_raise_fmt(&es_type_IndexError, ES_ERR("%q index out of range"),
            what);
    }
    return (size_t)i;
}
