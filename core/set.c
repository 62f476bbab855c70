// SPDX-License-Identifier: MIT
// set and frozenset over core/map.c: the items are a map's keys and the
// values are unused. Operators take only sets and frozensets; methods take
// any iterable. A frozenset's hash mixes its items' hashes with CPython's
// order-independent scheme, so equal sets hash equal.
#include <string.h>

#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "intern.h"
#include "print.h"
#include "runtime.h"
#include "seq.h"
#include "set.h"

static es_set_t *set_of(es_val_t v) {
    return (es_set_t *)v;
}

static es_map_t *smap(es_val_t v) {
    return &set_of(v)->map;
}

static bool is_frozen(es_val_t v) {
    return es_obj(v)->type == &es_type_frozenset;
}

bool es_is_set(es_val_t v) {
    return es_is_obj(v) && (es_obj(v)->type == &es_type_set
        || es_obj(v)->type == &es_type_frozenset);
}

static size_t set_len(es_val_t s) {
    return smap(s)->count;
}

// The next live item at or after *pos, or ES_NULL.
static es_val_t next_item(es_map_t *m, size_t *pos) {
    es_map_elem_t *e = es_map_next(m, pos);
    return e != NULL ? e->key : ES_NULL;
}

es_val_t es_set_new(size_t n, bool frozen) {
    es_set_t *s = es_gc_alloc(sizeof(es_set_t), 0);
    s->base.type = frozen ? &es_type_frozenset : &es_type_set;
    es_map_init(&s->map, n);
    s->finger = 0;
    s->hash = ES_NULL;
    return es_val(s);
}

void es_set_add(es_val_t s, es_val_t item) {
    es_map_t *m = smap(s);
    es_map_elem_t *table = m->table;
    es_map_lookup(m, item, ES_MAP_ADD)->value = ES_NONE;
    if (m->table != table) {
        set_of(s)->finger = 0; // entries moved
    }
}

static void set_clear(es_val_t s) {
    es_map_clear(smap(s));
    set_of(s)->finger = 0;
}

// A set used as a key (x in s, s.remove(x)) is looked up as a frozenset.
static es_val_t as_key(es_val_t key) {
    if (es_is_type(key, &es_type_set)) {
        es_val_t f = es_set_new(set_len(key), true);
        es_set_update(f, key);
        return f;
    }
    return key;
}

static bool set_has(es_val_t s, es_val_t key) {
    return es_map_lookup(smap(s), key, ES_MAP_LOOKUP) != NULL;
}

// Remove [key]; false when absent. Keeps the pop finger within the used
// part (removing trailing entries shrinks it).
static bool set_discard(es_val_t s, es_val_t key) {
    es_map_t *m = smap(s);
    bool found = es_map_lookup(m, key, ES_MAP_REMOVE) != NULL;
    if (set_of(s)->finger > m->used) {
        set_of(s)->finger = m->used;
    }
    return found;
}

void es_set_update(es_val_t s, es_val_t iterable) {
    if (es_is_set(iterable)) {
        es_map_t *m = smap(iterable);
        size_t pos = 0;
        for (es_val_t k; (k = next_item(m, &pos)) != ES_NULL;) {
            es_set_add(s, k);
        }
        return;
    }
    es_val_t it = es_getiter(iterable);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        es_set_add(s, v);
    }
}

static es_val_t set_copy_as(es_val_t s, bool frozen) {
    es_val_t r = es_set_new(set_len(s), frozen);
    es_set_update(r, s);
    return r;
}

// [v] itself when it is a set or frozenset, else a new set of its items.
static es_val_t to_set(es_val_t v) {
    if (es_is_set(v)) {
        return v;
    }
    es_val_t r = es_set_new(0, false);
    es_set_update(r, v);
    return r;
}

// --- the set algebra; results have [s]'s type

static es_val_t set_intersection2(es_val_t s, es_val_t other) {
    es_val_t r = es_set_new(0, is_frozen(s));
    es_val_t probe = s;
    if (es_is_set(other) && set_len(other) > set_len(s)) {
        probe = other; // walk the smaller set
        other = s;
    }
    es_val_t it = es_getiter(other);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        if (set_has(probe, v)) {
            es_set_add(r, v);
        }
    }
    return r;
}

static void set_difference_update2(es_val_t s, es_val_t other) {
    if (other == s) {
        set_clear(s);
        return;
    }
    es_val_t it = es_getiter(other);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        set_discard(s, as_key(v));
    }
}

static es_val_t set_difference2(es_val_t s, es_val_t other) {
    if (!es_is_set(other)) {
        es_val_t r = set_copy_as(s, is_frozen(s));
        set_difference_update2(r, other);
        return r;
    }
    es_val_t r = es_set_new(0, is_frozen(s));
    es_map_t *m = smap(s);
    size_t pos = 0;
    for (es_val_t k; (k = next_item(m, &pos)) != ES_NULL;) {
        if (!set_has(other, k)) {
            es_set_add(r, k);
        }
    }
    return r;
}

static void set_symmetric_update2(es_val_t s, es_val_t other) {
    if (other == s) {
        set_clear(s);
        return;
    }
    other = to_set(other);
    es_map_t *m = smap(other);
    size_t pos = 0;
    for (es_val_t k; (k = next_item(m, &pos)) != ES_NULL;) {
        if (!set_discard(s, k)) {
            es_set_add(s, k);
        }
    }
}

static bool set_issubset2(es_val_t s, es_val_t other) {
    other = to_set(other);
    if (set_len(s) > set_len(other)) {
        return false;
    }
    es_map_t *m = smap(s);
    size_t pos = 0;
    for (es_val_t k; (k = next_item(m, &pos)) != ES_NULL;) {
        if (!set_has(other, k)) {
            return false;
        }
    }
    return true;
}

static bool set_issuperset2(es_val_t s, es_val_t other) {
    if (es_is_set(other)) {
        return set_issubset2(other, s);
    }
    es_val_t it = es_getiter(other);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        if (!set_has(s, v)) {
            return false;
        }
    }
    return true;
}

static bool set_isdisjoint2(es_val_t s, es_val_t other) {
    if (es_is_set(other) && set_len(other) > set_len(s)) {
        es_val_t t = s; // walk the smaller set
        s = other;
        other = t;
    }
    es_val_t it = es_getiter(other);
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP;) {
        if (set_has(s, v)) {
            return false;
        }
    }
    return true;
}

// Make [s] hold the items of [r] (a fresh set nobody else sees).
static void set_take(es_val_t s, es_val_t r) {
    set_of(s)->map = set_of(r)->map;
    set_of(s)->finger = 0;
}

// --- printing

static void set_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    bool frozen = is_frozen(self);
    es_repr_guard_t g;
    if (set_len(self) == 0) {
        es_print_cstr(p, frozen ? "frozenset()" : "set()");
        return;
    }
    if (!es_repr_enter(p, &g, self, frozen ? "frozenset(...)" : "set(...)")) {
        return;
    }
    es_print_cstr(p, frozen ? "frozenset({" : "{");
    es_map_t *m = smap(self);
    size_t pos = 0;
    bool first = true;
    for (es_val_t k; (k = next_item(m, &pos)) != ES_NULL; first = false) {
        if (!first) {
            es_print_strn(p, ", ", 2);
        }
        es_print_item(p, k);
    }
    es_print_cstr(p, frozen ? "})" : "}");
    es_repr_leave(&g);
}

// --- construction

static es_val_t set_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    bool frozen = type == &es_type_frozenset;
    es_check_nargs(type->name, n_args, 0, 1, n_kw, false);
    if (frozen && n_args == 1 && es_is_type(args[0], &es_type_frozenset)) {
        return args[0];
    }
    es_val_t s = es_set_new(0, frozen);
    if (n_args == 1) {
        es_set_update(s, args[0]);
    }
    return s;
}

// --- operators

// CPython's frozenset hash: items' hashes shuffled and xor-ed (order does
// not matter), then mixed with the size.
static es_val_t frozenset_hash(es_val_t self) {
    es_set_t *s = set_of(self);
    if (s->hash != ES_NULL) {
        return s->hash;
    }
    uintptr_t h = 0;
    size_t pos = 0;
    for (es_val_t k; (k = next_item(&s->map, &pos)) != ES_NULL;) {
        uintptr_t x = (uintptr_t)es_hash(k);
        h ^= ((x ^ 89869747UL) ^ (x << 16)) * 3644798167UL;
    }
    h ^= ((uintptr_t)s->map.count + 1) * 1927868237UL;
    h ^= (h >> 11) ^ (h >> 25);
    h = h * 69069U + 907133923UL;
    s->hash = es_small_new((es_int_t)(h & (uintptr_t)ES_SMALL_MAX));
    return s->hash;
}

static es_val_t set_unary_op(es_unary_op_t op, es_val_t self) {
    switch (op) {
    case ES_UOP_BOOL: return es_bool(set_len(self) != 0);
    case ES_UOP_LEN: return es_small_new((es_int_t)set_len(self));
    case ES_UOP_HASH: return is_frozen(self) ? frozenset_hash(self) : ES_NULL;
    default: return ES_NULL;
    }
}

static es_val_t set_compare(es_binary_op_t op, es_val_t a, es_val_t b) {
    size_t na = set_len(a), nb = set_len(b);
    switch (op) {
    case ES_BOP_EQ: return es_bool(na == nb && set_issubset2(a, b));
    case ES_BOP_NE: return es_bool(!(na == nb && set_issubset2(a, b)));
    case ES_BOP_LE: return es_bool(set_issubset2(a, b));
    case ES_BOP_LT: return es_bool(na < nb && set_issubset2(a, b));
    case ES_BOP_GE: return es_bool(set_issubset2(b, a));
    case ES_BOP_GT: return es_bool(na > nb && set_issubset2(b, a));
    default: return ES_NULL;
    }
}

// |, &, -, ^ into a new set of lhs's type.
static es_val_t set_plain_op(es_binary_op_t op, es_val_t lhs, es_val_t rhs) {
    es_val_t r;
    switch (op) {
    case ES_BOP_OR:
        r = set_copy_as(lhs, is_frozen(lhs));
        es_set_update(r, rhs);
        return r;
    case ES_BOP_AND: return set_intersection2(lhs, rhs);
    case ES_BOP_SUB: return set_difference2(lhs, rhs);
    case ES_BOP_XOR:
        r = set_copy_as(lhs, is_frozen(lhs));
        set_symmetric_update2(r, rhs);
        return r;
    default: return ES_NULL;
    }
}

// |=, &=, -=, ^= on a set (a frozenset gets the plain operator instead).
static es_val_t set_inplace_op(es_binary_op_t op, es_val_t lhs,
    es_val_t rhs) {
    switch (op) {
    case ES_BOP_INPLACE_OR: es_set_update(lhs, rhs); break;
    case ES_BOP_INPLACE_AND: set_take(lhs, set_intersection2(lhs, rhs)); break;
    case ES_BOP_INPLACE_SUB: set_difference_update2(lhs, rhs); break;
    case ES_BOP_INPLACE_XOR: set_symmetric_update2(lhs, rhs); break;
    default: return ES_NULL;
    }
    return lhs;
}

static es_val_t set_binary_op(es_binary_op_t op, es_val_t lhs,
    es_val_t rhs) {
    if (op == ES_BOP_IN) { // lhs is the item
        return es_is_set(rhs) ? es_bool(set_has(rhs, as_key(lhs))) : ES_NULL;
    }
    if (!es_is_set(lhs) || !es_is_set(rhs)) {
        return ES_NULL;
    }
    if (op <= ES_BOP_NE) {
        return set_compare(op, lhs, rhs);
    }
    if (op >= ES_BOP_INPLACE_OR) {
        return is_frozen(lhs) ? ES_NULL : set_inplace_op(op, lhs, rhs);
    }
    return set_plain_op(op, lhs, rhs);
}

es_val_t es_set_iter_op(es_binary_op_t op, es_val_t lhs, es_val_t rhs) {
    if (op >= ES_BOP_INPLACE_OR && op < ES_N_BOPS) {
        op -= ES_OP_INPLACE_OFFSET;
    }
    if (op <= ES_BOP_NE) {
        return set_compare(op, to_set(lhs), to_set(rhs));
    }
    if (op != ES_BOP_OR && op != ES_BOP_AND && op != ES_BOP_SUB
        && op != ES_BOP_XOR) {
        return ES_NULL;
    }
    es_val_t r = es_set_new(0, false);
    es_set_update(r, lhs);
    switch (op) {
    case ES_BOP_OR: es_set_update(r, rhs); return r;
    case ES_BOP_AND: return set_intersection2(r, rhs);
    case ES_BOP_SUB: set_difference_update2(r, rhs); return r;
    default: set_symmetric_update2(r, rhs); return r;
    }
}

// --- iteration

typedef struct set_it {
    es_obj_t base;
    es_val_t set;
    size_t pos;
    uint32_t count; // size when iteration began
} set_it_t;

static es_val_t set_it_next(es_val_t self) {
    set_it_t *it = (set_it_t *)self;
    es_map_t *m = smap(it->set);
    if (m->count != it->count) {
        it->count = m->count; // raise once, like CPython
        it->pos = (size_t)-1 / 2;
        es_raise_msg(&es_type_RuntimeError,
            ES_ERR("Set changed size during iteration"));
    }
    es_val_t k = next_item(m, &it->pos);
    return k != ES_NULL ? k : ES_STOP;
}

static const es_type_t set_iterator_type = {
    .base = {&es_type_type},
    .name = ES_Q(set_iterator),
    .iternext = set_it_next,
};

static es_val_t set_getiter(es_val_t self) {
    set_it_t *it = es_gc_alloc(sizeof(set_it_t), 0);
    it->base.type = &set_iterator_type;
    it->set = self;
    it->pos = 0;
    it->count = smap(self)->count;
    return es_val(it);
}

// --- methods. Reached through the class (set.add(x, 1)) they may get any
// self, so each checks it: mutating ones want a set, others either kind.

static void check_self(es_val_t self, es_qstr_t name, bool mutating) {
    if (mutating ? es_is_type(self, &es_type_set) : es_is_set(self)) {
        return;
    }
    es_raise_fmt(&es_type_TypeError, ES_ERR("descriptor '%q' for 'set' "
        "objects doesn't apply to a '%T' object"), name, self);
}

static es_val_t set_add_meth(es_val_t self, es_val_t item) {
    check_self(self, ES_Q(add), true);
    es_set_add(self, item);
    return ES_NONE;
}
static ES_FUN_2(set_add_obj, set_add_meth);

static es_val_t set_remove_meth(es_val_t self, es_val_t item) {
    check_self(self, ES_Q(remove), true);
    if (!set_discard(self, as_key(item))) {
        es_raise(es_exc_new(&es_type_KeyError, 1, &item));
    }
    return ES_NONE;
}
static ES_FUN_2(set_remove_obj, set_remove_meth);

static es_val_t set_discard_meth(es_val_t self, es_val_t item) {
    check_self(self, ES_Q(discard), true);
    set_discard(self, as_key(item));
    return ES_NONE;
}
static ES_FUN_2(set_discard_obj, set_discard_meth);

// pop(): the first item in order. The finger skips the deleted entries
// that earlier pops left at the front.
static es_val_t set_pop_meth(es_val_t self) {
    check_self(self, ES_Q(pop), true);
    es_set_t *s = set_of(self);
    if (s->map.count == 0) {
        es_raise_msg(&es_type_KeyError, ES_ERR("pop from an empty set"));
    }
    size_t pos = s->finger;
    es_map_elem_t *e = es_map_next(&s->map, &pos);
    ES_ASSERT(e != NULL);
    // removed where it is, as CPython: no key compared (an __eq__ could
    // change the set under a lookup); the finger kept within the entries
    es_val_t k = es_map_remove_entry(&s->map, e)->key;
    s->finger = (uint32_t)(pos < s->map.used ? pos : s->map.used);
    return k;
}
static ES_FUN_1(set_pop_obj, set_pop_meth);

static es_val_t set_clear_meth(es_val_t self) {
    check_self(self, ES_Q(clear), true);
    set_clear(self);
    return ES_NONE;
}
static ES_FUN_1(set_clear_obj, set_clear_meth);

static es_val_t set_copy_meth(es_val_t self) {
    check_self(self, ES_Q(copy), false);
    return is_frozen(self) ? self : set_copy_as(self, false);
}
static ES_FUN_1(set_copy_obj, set_copy_meth);

static es_val_t set_update_meth(size_t n_args, const es_val_t *args) {
    check_self(args[0], ES_Q(update), true);
    for (size_t i = 1; i < n_args; i++) {
        es_set_update(args[0], args[i]);
    }
    return ES_NONE;
}
static ES_FUN_VAR(set_update_obj, 1, ES_FUN_ARGS_MAX, set_update_meth);

static es_val_t set_union_meth(size_t n_args, const es_val_t *args) {
    check_self(args[0], ES_Q(union), false);
    es_val_t r = set_copy_as(args[0], is_frozen(args[0]));
    for (size_t i = 1; i < n_args; i++) {
        es_set_update(r, args[i]);
    }
    return r;
}
static ES_FUN_VAR(set_union_obj, 1, ES_FUN_ARGS_MAX, set_union_meth);

static es_val_t set_intersection_meth(size_t n_args, const es_val_t *args) {
    check_self(args[0], ES_Q(intersection), false);
    if (n_args == 1) {
        return set_copy_as(args[0], is_frozen(args[0]));
    }
    es_val_t r = args[0];
    for (size_t i = 1; i < n_args; i++) {
        r = set_intersection2(r, args[i]);
    }
    return r;
}
static ES_FUN_VAR(set_intersection_obj, 1, ES_FUN_ARGS_MAX,
    set_intersection_meth);

static es_val_t set_intersection_update_meth(size_t n_args,
    const es_val_t *args) {
    check_self(args[0], ES_Q(intersection_update), true);
    es_val_t r = args[0];
    for (size_t i = 1; i < n_args; i++) {
        r = set_intersection2(r, args[i]);
    }
    if (r != args[0]) {
        set_take(args[0], r);
    }
    return ES_NONE;
}
static ES_FUN_VAR(set_intersection_update_obj, 1, ES_FUN_ARGS_MAX,
    set_intersection_update_meth);

static es_val_t set_difference_meth(size_t n_args, const es_val_t *args) {
    check_self(args[0], ES_Q(difference), false);
    if (n_args == 1) {
        return set_copy_as(args[0], is_frozen(args[0]));
    }
    es_val_t r = set_difference2(args[0], args[1]);
    for (size_t i = 2; i < n_args; i++) {
        set_difference_update2(r, args[i]);
    }
    return r;
}
static ES_FUN_VAR(set_difference_obj, 1, ES_FUN_ARGS_MAX,
    set_difference_meth);

static es_val_t set_difference_update_meth(size_t n_args,
    const es_val_t *args) {
    check_self(args[0], ES_Q(difference_update), true);
    for (size_t i = 1; i < n_args; i++) {
        set_difference_update2(args[0], args[i]);
    }
    return ES_NONE;
}
static ES_FUN_VAR(set_difference_update_obj, 1, ES_FUN_ARGS_MAX,
    set_difference_update_meth);

static es_val_t set_symmetric_difference_meth(es_val_t self, es_val_t other) {
    check_self(self, ES_Q(symmetric_difference), false);
    es_val_t r = set_copy_as(self, is_frozen(self));
    set_symmetric_update2(r, other);
    return r;
}
static ES_FUN_2(set_symmetric_difference_obj, set_symmetric_difference_meth);

static es_val_t set_symmetric_difference_update_meth(es_val_t self,
    es_val_t other) {
    check_self(self, ES_Q(symmetric_difference_update), true);
    set_symmetric_update2(self, other);
    return ES_NONE;
}
static ES_FUN_2(set_symmetric_difference_update_obj,
    set_symmetric_difference_update_meth);

static es_val_t set_issubset_meth(es_val_t self, es_val_t other) {
    check_self(self, ES_Q(issubset), false);
    return es_bool(set_issubset2(self, other));
}
static ES_FUN_2(set_issubset_obj, set_issubset_meth);

static es_val_t set_issuperset_meth(es_val_t self, es_val_t other) {
    check_self(self, ES_Q(issuperset), false);
    return es_bool(set_issuperset2(self, other));
}
static ES_FUN_2(set_issuperset_obj, set_issuperset_meth);

static es_val_t set_isdisjoint_meth(es_val_t self, es_val_t other) {
    check_self(self, ES_Q(isdisjoint), false);
    return es_bool(set_isdisjoint2(self, other));
}
static ES_FUN_2(set_isdisjoint_obj, set_isdisjoint_meth);

#define QV(q) ((es_val_t)(((es_val_t)(q) << 3) | 2))
#define SET_COMMON_METHODS \
    {QV(ES_Q(__contains__)), ES_PTR(&es_seq_contains_obj)}, \
    {QV(ES_Q(__iter__)), ES_PTR(&es_seq_iter_obj)}, \
    {QV(ES_Q(__len__)), ES_PTR(&es_seq_len_obj)}, \
    {QV(ES_Q(copy)), ES_PTR(&set_copy_obj)}, \
    {QV(ES_Q(difference)), ES_PTR(&set_difference_obj)}, \
    {QV(ES_Q(intersection)), ES_PTR(&set_intersection_obj)}, \
    {QV(ES_Q(isdisjoint)), ES_PTR(&set_isdisjoint_obj)}, \
    {QV(ES_Q(issubset)), ES_PTR(&set_issubset_obj)}, \
    {QV(ES_Q(issuperset)), ES_PTR(&set_issuperset_obj)}, \
    {QV(ES_Q(symmetric_difference)), \
        ES_PTR(&set_symmetric_difference_obj)}, \
    {QV(ES_Q(union)), ES_PTR(&set_union_obj)}

static const es_map_elem_t set_locals_table[] = {
    SET_COMMON_METHODS,
    {QV(ES_Q(add)), ES_PTR(&set_add_obj)},
    {QV(ES_Q(clear)), ES_PTR(&set_clear_obj)},
    {QV(ES_Q(difference_update)), ES_PTR(&set_difference_update_obj)},
    {QV(ES_Q(discard)), ES_PTR(&set_discard_obj)},
    {QV(ES_Q(intersection_update)), ES_PTR(&set_intersection_update_obj)},
    {QV(ES_Q(pop)), ES_PTR(&set_pop_obj)},
    {QV(ES_Q(remove)), ES_PTR(&set_remove_obj)},
    {QV(ES_Q(symmetric_difference_update)),
        ES_PTR(&set_symmetric_difference_update_obj)},
    {QV(ES_Q(update)), ES_PTR(&set_update_obj)},
};
static ES_CONST_DICT(set_locals, set_locals_table);

static const es_map_elem_t frozenset_locals_table[] = {
    SET_COMMON_METHODS,
};
static ES_CONST_DICT(frozenset_locals, frozenset_locals_table);

const es_type_t es_type_set = {
    .base = {&es_type_type},
    .name = ES_Q(set),
    .flags = ES_TYPE_BASETYPE,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals = ES_PTR(&set_locals),
};

const es_type_t es_type_frozenset = {
    .base = {&es_type_type},
    .name = ES_Q(frozenset),
    .flags = ES_TYPE_BASETYPE,
    .print = set_print,
    .make_new = set_make_new,
    .unary_op = set_unary_op,
    .binary_op = set_binary_op,
    .getiter = set_getiter,
    .locals = ES_PTR(&frozenset_locals),
};
