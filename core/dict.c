// SPDX-License-Identifier: MIT
// The dict type over core/map.c, its views (keys, values, items) and their
// iterators. Iteration walks the entries array in insertion order and
// raises RuntimeError when the dict's size changes underneath it.
#include <string.h>

#include "builtins.h"
#include "class.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "intern.h"
#include "map.h"
#include "print.h"
#include "runtime.h"
#include "seq.h"
#include "set.h" // sets
#include "str.h"
#include "tuple.h"

es_val_t es_dict_new(size_t n) {
    es_dict_t *d = es_gc_alloc(sizeof(es_dict_t), 0);
    d->base.type = &es_type_dict;
    es_map_init(&d->map, n);
    return es_val(d);
}

es_val_t es_dict_get(es_val_t d, es_val_t key) {
    ES_ASSERT(es_is_obj(d));
    es_map_elem_t *e = es_map_lookup(es_dict_map(d), key, ES_MAP_LOOKUP);
    return e ? e->value : ES_NULL;
}

void es_dict_store(es_val_t d, es_val_t key, es_val_t value) {
    es_map_lookup(es_dict_map(d), key, ES_MAP_ADD)->value = value;
}

// Is [v] an OrderedDict (not boxed)?
static bool is_ordered(es_val_t v) {
    return es_is_type(v, &es_type_ordereddict);
}

es_val_t es_dict_arg(es_val_t v) {
    v = es_class_unbox(v);
    return es_is_type(v, &es_type_dict) || is_ordered(v) ? v : ES_NULL;
}

ES_NORETURN static void raise_key_error(es_val_t key) {
    es_raise(es_exc_new(&es_type_KeyError, 1, &key));
}

// --- printing

static void dict_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_repr_guard_t g;
    if (is_ordered(self)) {
        es_print_cstr(p, "OrderedDict(");
    }
    if (!es_repr_enter(p, &g, self, "{...}")) {
        es_print_cstr(p, is_ordered(self) ? ")" : "");
        return;
    }
    es_map_t *m = es_dict_map(self);
    es_print_strn(p, "{", 1);
    size_t pos = 0;
    bool first = true;
    for (es_map_elem_t *e; (e = es_map_next(m, &pos)) != NULL;) {
        if (!first) {
            es_print_strn(p, ", ", 2);
        }
        first = false;
        es_print_item(p, e->key);
        es_print_strn(p, ": ", 2);
        es_print_item(p, e->value);
    }
    es_print_cstr(p, is_ordered(self) ? "})" : "}");
    es_repr_leave(&g);
}

// --- update from a mapping, pairs, or keyword arguments

static void update_from_pairs(es_val_t d, es_val_t iterable) {
    es_val_t it = es_getiter(iterable);
    size_t i = 0;
    for (es_val_t v; (v = es_iternext(it)) != ES_STOP; i++) {
        size_t n;
        es_val_t *kv;
        if (es_is_tuple(v)) {
            es_tuple_get(v, &n, &kv);
        } else if (es_is_str(v) || es_is_obj(v)) {
            kv = es_seq_collect(v, &n);
        } else {
            es_raise_fmt(&es_type_TypeError, ES_ERR("cannot convert "
                "dictionary update sequence element #%zu to a sequence"), i);
        }
        if (n != 2) {
            es_raise_fmt(&es_type_ValueError, ES_ERR("dictionary update "
                "sequence element #%zu has length %zu; 2 is required"), i, n);
        }
        es_dict_store(d, kv[0], kv[1]);
    }
}

static void update_from(es_val_t d, es_val_t other) {
    es_val_t od = es_dict_arg(other);
    if (od != ES_NULL) {
        es_map_t *m = es_dict_map(od);
        size_t pos = 0;
        for (es_map_elem_t *e; (e = es_map_next(m, &pos)) != NULL;) {
            es_dict_store(d, e->key, e->value);
        }
        return;
    }
    es_val_t keys[2];
    es_load_method_maybe(other, ES_Q(keys), keys);
    if (keys[0] == ES_NULL) {
        update_from_pairs(d, other);
        return;
    }
    es_val_t it = es_getiter(es_call_method(0, 0, keys));
    for (es_val_t k; (k = es_iternext(it)) != ES_STOP;) {
        es_dict_store(d, k, es_subscr_load(other, k));
    }
}

static void update_kw(es_val_t d, size_t n_kw, const es_val_t *kw) {
    for (size_t i = 0; i < n_kw; i++) {
        es_dict_store(d, kw[2 * i], kw[2 * i + 1]);
    }
}

static es_val_t dict_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    es_check_nargs(type->name, n_args, 0, 1, n_kw, true);
    es_val_t d = es_dict_new(0);
    es_obj(d)->type = type;
    if (n_args == 1) {
        update_from(d, args[0]);
    }
    update_kw(d, n_kw, args + n_args);
    return d;
}

// --- operators

// a == b; two OrderedDicts must also hold their keys in the same order.
static bool dict_equal(es_val_t a, es_val_t b) {
    es_map_t *ma = es_dict_map(a), *mb = es_dict_map(b);
    if (ma->count != mb->count) {
        return false;
    }
    es_stack_check();
    bool ordered = is_ordered(a) && is_ordered(b);
    size_t pos = 0, pos_b = 0;
    for (es_map_elem_t *e; (e = es_map_next(ma, &pos)) != NULL;) {
        es_map_elem_t *f = ordered ? es_map_next(mb, &pos_b) : NULL;
        if (ordered && (f == NULL || !es_equal(e->key, f->key))) {
            return false;
        }
        es_val_t v = es_dict_get(b, e->key);
        if (v == ES_NULL || !es_equal(e->value, v)) {
            return false;
        }
    }
    return true;
}

// A copy of dict [self], of its type (dict or OrderedDict).
static es_val_t dict_copy_of(es_val_t self) {
    es_val_t d = es_dict_new(es_dict_map(self)->count);
    es_obj(d)->type = es_obj(self)->type;
    update_from(d, self);
    return d;
}

static es_val_t dict_binary_op(es_binary_op_t op, es_val_t lhs,
    es_val_t rhs) {
    if (op == ES_BOP_IN) { // lhs is the item, rhs the container
        es_val_t d = es_dict_arg(rhs);
        return d != ES_NULL ? es_bool(es_dict_get(d, lhs) != ES_NULL) : ES_NULL;
    }
    // Either operand may be an instance of a dict subclass (boxed).
    es_val_t a = es_dict_arg(lhs), b = es_dict_arg(rhs);
    if (a == ES_NULL) {
        return ES_NULL;
    }
    switch (op) {
    case ES_BOP_EQ: case ES_BOP_NE:
        if (b == ES_NULL) {
            return ES_NULL;
        }
        return es_bool(dict_equal(a, b) == (op == ES_BOP_EQ));
    case ES_BOP_OR: {
        if (b == ES_NULL) {
            return ES_NULL;
        }
        es_val_t r = dict_copy_of(a);
        update_from(r, b);
        return r;
    }
    case ES_BOP_INPLACE_OR:
        update_from(a, rhs);
        return lhs;
    default:
        return ES_NULL;
    }
}

static es_val_t dict_unary_op(es_unary_op_t op, es_val_t self) {
    switch (op) {
    case ES_UOP_BOOL: return es_bool(es_dict_map(self)->count != 0);
    case ES_UOP_LEN: return es_small_new(es_dict_map(self)->count);
    default: return ES_NULL;
    }
}

static es_val_t dict_subscr(es_val_t self, es_val_t key, es_val_t value) {
    es_map_t *m = es_dict_map(self);
    if (value == ES_STOP) {
        es_val_t v = es_dict_get(self, key);
        if (v == ES_NULL) {
            es_val_t missing[2];
            es_load_method_maybe(self, ES_Q(__missing__), missing);
            if (missing[0] == ES_NULL) {
                raise_key_error(key);
            }
            return es_call2(missing[0], self, key);
        }
        return v;
    }
    if (value == ES_NULL) {
        if (es_map_lookup(m, key, ES_MAP_REMOVE) == NULL) {
            raise_key_error(key);
        }
    } else {
        es_dict_store(self, key, value);
    }
    return ES_NONE;
}

// --- iterators over keys, values or items

typedef enum { KIND_KEYS, KIND_VALUES, KIND_ITEMS } view_kind_t;
#define KIND_REVERSED 4 // or-ed into an iterator's kind: last entry first

// The live entry before *pos, or NULL.
static es_map_elem_t *prev_entry(es_map_t *m, size_t *pos) {
    while (*pos > 0) {
        es_map_elem_t *e = &m->table[--*pos];
        if (*pos < m->used && e->key != ES_NULL) {
            return e;
        }
    }
    return NULL;
}

typedef struct dict_it {
    es_obj_t base;
    es_val_t dict;
    size_t pos;
    uint32_t count; // size when iteration began
    uint32_t kind;  // view_kind_t
} dict_it_t;

static es_val_t dict_it_next(es_val_t self) {
    dict_it_t *it = (dict_it_t *)self;
    es_map_t *m = es_dict_map(it->dict);
    if (m->count != it->count) {
        it->count = m->count; // raise once, like CPython
        es_raise_msg(&es_type_RuntimeError,
            ES_ERR("dictionary changed size during iteration"));
    }
    es_map_elem_t *e = it->kind & KIND_REVERSED ? prev_entry(m, &it->pos)
                                                : es_map_next(m, &it->pos);
    if (e == NULL) {
        return ES_STOP;
    }
    switch (it->kind & 3) {
    case KIND_KEYS: return e->key;
    case KIND_VALUES: return e->value;
    default: return es_tuple_new(2, &e->key);
    }
}

static const es_type_t dict_keyiterator_type = {
    .base = {&es_type_type},
    .name = ES_Q(dict_keyiterator),
    .iternext = dict_it_next,
};

static const es_type_t dict_valueiterator_type = {
    .base = {&es_type_type},
    .name = ES_Q(dict_valueiterator),
    .iternext = dict_it_next,
};

static const es_type_t dict_itemiterator_type = {
    .base = {&es_type_type},
    .name = ES_Q(dict_itemiterator),
    .iternext = dict_it_next,
};

static const es_type_t dict_reverseiterator_type = {
    .base = {&es_type_type},
    .name = ES_Q(dict_reverseiterator),
    .iternext = dict_it_next,
};

// An iterator over [dict]'s keys, values or items ([kind], maybe or-ed
// with KIND_REVERSED).
static es_val_t dict_iter_new(es_val_t dict, unsigned kind) {
    static const es_type_t *const types[] = {&dict_keyiterator_type,
        &dict_valueiterator_type, &dict_itemiterator_type};
    dict_it_t *it = es_gc_alloc(sizeof(dict_it_t), 0);
    it->base.type = kind & KIND_REVERSED ? &dict_reverseiterator_type
                                         : types[kind];
    it->dict = dict;
    it->count = es_dict_map(dict)->count;
    it->kind = kind;
    it->pos = kind & KIND_REVERSED ? es_dict_map(dict)->used : 0;
    return es_val(it);
}

static es_val_t dict_getiter(es_val_t self) {
    return dict_iter_new(self, KIND_KEYS);
}

// --- views

typedef struct dict_view {
    es_obj_t base;
    es_val_t dict;
    uint32_t kind;
} dict_view_t;

static view_kind_t view_kind(es_val_t self) {
    return ((dict_view_t *)self)->kind;
}

static es_val_t view_dict(es_val_t self) {
    return ((dict_view_t *)self)->dict;
}

static void view_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_printf(p, "%q([", es_type_of(self)->name);
    es_val_t it = dict_iter_new(view_dict(self), view_kind(self));
    bool first = true;
    for (es_val_t v; (v = dict_it_next(it)) != ES_STOP; first = false) {
        if (!first) {
            es_print_strn(p, ", ", 2);
        }
        es_print_val(p, v, ES_PRINT_REPR);
    }
    es_print_strn(p, "])", 2);
}

static es_val_t view_unary_op(es_unary_op_t op, es_val_t self) {
    es_map_t *m = es_dict_map(view_dict(self));
    switch (op) {
    case ES_UOP_BOOL: return es_bool(m->count != 0);
    case ES_UOP_LEN: return es_small_new(m->count);
    // values views are hashed by identity; keys and items views are sets
    case ES_UOP_HASH: return view_kind(self) == KIND_VALUES
        ? es_small_new(es_identity_hash(self)) : ES_NULL;
    default: return ES_NULL;
    }
}

static bool view_contains(es_val_t self, es_val_t v) {
    es_val_t d = view_dict(self);
    switch (view_kind(self)) {
    case KIND_KEYS:
        return es_dict_get(d, v) != ES_NULL;
    case KIND_ITEMS: {
        size_t n;
        es_val_t *kv;
        if (!es_is_tuple(v) || (es_tuple_get(v, &n, &kv), n != 2)) {
            return false;
        }
        es_val_t found = es_dict_get(d, kv[0]);
        return found != ES_NULL && es_equal(found, kv[1]);
    }
    default: {
        es_val_t it = dict_iter_new(d, KIND_VALUES);
        for (es_val_t x; (x = dict_it_next(it)) != ES_STOP;) {
            if (es_equal(x, v)) {
                return true;
            }
        }
        return false;
    }
    }
}

static es_val_t view_getiter(es_val_t self) {
    return dict_iter_new(view_dict(self), view_kind(self));
}

// A keys or items view (a values view is no set)?
static bool view_is_set(es_val_t v) {
    return es_is_obj(v) && es_obj(v)->type->getiter == view_getiter
        && view_kind(v) != KIND_VALUES;
}

// sets: a set, frozenset, keys view or items view?
static bool view_setlike(es_val_t v) {
    return es_is_set(v) || view_is_set(v);
}

static es_val_t view_binary_op(es_binary_op_t op, es_val_t lhs,
    es_val_t rhs) {
    if (op == ES_BOP_IN && es_is_obj(rhs)
        && es_obj(rhs)->type->getiter == view_getiter) {
        return es_bool(view_contains(rhs, lhs));
    }
    // sets: keys and items views take | & - ^ with any iterable (a
    // values view is no set: the other operand must be the set-like one)
    if (!view_is_set(lhs) && !view_is_set(rhs)) {
        return ES_NULL;
    }
    if (op <= ES_BOP_NE && !(view_setlike(lhs) && view_setlike(rhs))) {
        return ES_NULL; // compares only with sets and keys/items views
    }
    return es_set_iter_op(op, lhs, rhs);
}

static es_val_t view_reversed(es_val_t self) {
    return dict_iter_new(view_dict(self), view_kind(self) | KIND_REVERSED);
}
static ES_FUN_1(view_reversed_obj, view_reversed);

#define QV(q) ((es_val_t)(((es_val_t)(q) << 3) | 2))
static const es_map_elem_t view_locals_table[] = {
    {QV(ES_Q(__reversed__)), ES_PTR(&view_reversed_obj)},
};
static ES_CONST_DICT(view_locals, view_locals_table);

#define VIEW_TYPE(cname, qname) \
    static const es_type_t cname = { \
        .base = {&es_type_type}, \
        .name = qname, \
        .print = view_print, \
        .unary_op = view_unary_op, \
        .binary_op = view_binary_op, \
        .getiter = view_getiter, \
        .locals = ES_PTR(&view_locals), \
    }
VIEW_TYPE(dict_keys_type, ES_Q(dict_keys));
VIEW_TYPE(dict_values_type, ES_Q(dict_values));
VIEW_TYPE(dict_items_type, ES_Q(dict_items));

static es_val_t view_new(es_val_t dict, view_kind_t kind) {
    static const es_type_t *const types[] = {&dict_keys_type,
        &dict_values_type, &dict_items_type};
    dict_view_t *v = es_gc_alloc(sizeof(dict_view_t), 0);
    v->base.type = types[kind];
    v->dict = dict;
    v->kind = kind;
    return es_val(v);
}

// --- methods

static es_val_t dict_keys_meth(es_val_t self) {
    return view_new(self, KIND_KEYS);
}
static ES_FUN_1(dict_keys_obj, dict_keys_meth);

static es_val_t dict_values_meth(es_val_t self) {
    return view_new(self, KIND_VALUES);
}
static ES_FUN_1(dict_values_obj, dict_values_meth);

static es_val_t dict_items_meth(es_val_t self) {
    return view_new(self, KIND_ITEMS);
}
static ES_FUN_1(dict_items_obj, dict_items_meth);

static es_val_t dict_get_meth(size_t n_args, const es_val_t *args) {
    es_val_t v = es_dict_get(args[0], args[1]);
    return v != ES_NULL ? v : n_args > 2 ? args[2] : ES_NONE;
}
static ES_FUN_VAR(dict_get_obj, 2, 3, dict_get_meth);

// As CPython, pop from an empty dict hashes nothing: {}.pop([1], 5) is 5.
static es_val_t dict_pop_meth(size_t n_args, const es_val_t *args) {
    es_map_t *m = es_dict_map(args[0]);
    es_map_elem_t *e = m->count == 0 && !(m->flags & ES_MAP_CONST) ? NULL
        : es_map_lookup(m, args[1], ES_MAP_REMOVE);
    if (e == NULL) {
        if (n_args > 2) {
            return args[2];
        }
        raise_key_error(args[1]);
    }
    return e->value;
}
static ES_FUN_VAR(dict_pop_obj, 2, 3, dict_pop_meth);

static es_val_t dict_popitem_meth(es_val_t self) {
    es_map_t *m = es_dict_map(self);
    if (m->count == 0) {
        es_raise_msg(&es_type_KeyError,
            ES_ERR("popitem(): dictionary is empty"));
    }
    // the last entry, as CPython: no key compared (an __eq__ could change
    // the dict under the lookup)
    es_map_elem_t *e = es_map_remove_entry(m, &m->table[m->used - 1]);
    es_val_t kv[2] = {e->key, e->value}; // e is no root
    return es_tuple_new(2, kv);
}
static ES_FUN_1(dict_popitem_obj, dict_popitem_meth);

static es_val_t dict_setdefault_meth(size_t n_args, const es_val_t *args) {
    es_map_elem_t *e = es_map_lookup(es_dict_map(args[0]), args[1],
        ES_MAP_ADD);
    if (e->value == ES_NULL) {
        e->value = n_args > 2 ? args[2] : ES_NONE;
    }
    return e->value;
}
static ES_FUN_VAR(dict_setdefault_obj, 2, 3, dict_setdefault_meth);

static es_val_t dict_update_meth(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    if (n_args > 2) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("update expected at most 1 "
            "argument, got %zu"), n_args - 1);
    }
    if (n_args == 2) {
        update_from(args[0], args[1]);
    }
    update_kw(args[0], n_kw, args + n_args);
    return ES_NONE;
}
static ES_FUN_KW(dict_update_obj, 1, 2, dict_update_meth);

static es_val_t dict_clear_meth(es_val_t self) {
    es_map_clear(es_dict_map(self));
    return ES_NONE;
}
static ES_FUN_1(dict_clear_obj, dict_clear_meth);

static es_val_t dict_copy_meth(es_val_t self) {
    return dict_copy_of(self);
}
static ES_FUN_1(dict_copy_obj, dict_copy_meth);

static es_val_t dict_reversed_meth(es_val_t self) {
    return dict_iter_new(self, KIND_KEYS | KIND_REVERSED);
}
static ES_FUN_1(dict_reversed_obj, dict_reversed_meth);

// dict.fromkeys(iterable[, value]): called through the class, so the
// iterable is the first argument.
static es_val_t dict_fromkeys_meth(size_t n_args, const es_val_t *args) {
    es_val_t d = es_dict_new(0);
    es_val_t value = n_args > 1 ? args[1] : ES_NONE;
    es_val_t it = es_getiter(args[0]);
    for (es_val_t k; (k = es_iternext(it)) != ES_STOP;) {
        es_dict_store(d, k, value);
    }
    return d;
}
static ES_FUN_VAR_CLASS(dict_fromkeys_obj, 1, 2, dict_fromkeys_meth);

static const es_map_elem_t dict_locals_table[] = {
    {QV(ES_Q(__reversed__)), ES_PTR(&dict_reversed_obj)},
    {QV(ES_Q(__contains__)), ES_PTR(&es_seq_contains_obj)},
    {QV(ES_Q(__getitem__)), ES_PTR(&es_seq_getitem_obj)},
    {QV(ES_Q(__iter__)), ES_PTR(&es_seq_iter_obj)},
    {QV(ES_Q(__len__)), ES_PTR(&es_seq_len_obj)},
    {QV(ES_Q(__delitem__)), ES_PTR(&es_seq_delitem_obj)},
    {QV(ES_Q(__setitem__)), ES_PTR(&es_seq_setitem_obj)},
    {QV(ES_Q(clear)), ES_PTR(&dict_clear_obj)},
    {QV(ES_Q(copy)), ES_PTR(&dict_copy_obj)},
    {QV(ES_Q(fromkeys)), ES_PTR(&dict_fromkeys_obj)},
    {QV(ES_Q(get)), ES_PTR(&dict_get_obj)},
    {QV(ES_Q(items)), ES_PTR(&dict_items_obj)},
    {QV(ES_Q(keys)), ES_PTR(&dict_keys_obj)},
    {QV(ES_Q(pop)), ES_PTR(&dict_pop_obj)},
    {QV(ES_Q(popitem)), ES_PTR(&dict_popitem_obj)},
    {QV(ES_Q(setdefault)), ES_PTR(&dict_setdefault_obj)},
    {QV(ES_Q(update)), ES_PTR(&dict_update_obj)},
    {QV(ES_Q(values)), ES_PTR(&dict_values_obj)},
};
static ES_CONST_DICT(dict_locals, dict_locals_table);

const es_type_t es_type_dict = {
    .base = {&es_type_type},
    .name = ES_Q(dict),
    .flags = ES_TYPE_BASETYPE,
    .print = dict_print,
    .make_new = dict_make_new,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
    .locals = ES_PTR(&dict_locals),
};

// collections.OrderedDict: the same insertion-ordered map under another
// name; its repr names it, == between two of them compares the order too,
// and move_to_end reorders. The methods are dict's.
static es_val_t od_move_to_end(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(last)};
    es_val_t last = n_args > 2 ? args[2] : ES_NULL;
    if (n_args < 3) {
        es_builtins_get_kw(ES_Q(move_to_end), n_args, n_kw, args, 1, names,
            &last);
    }
    es_map_t *m = es_dict_map(args[0]);
    es_map_elem_t *e = es_map_lookup(m, args[1], ES_MAP_REMOVE);
    if (e == NULL) {
        raise_key_error(args[1]);
    }
    es_val_t kv[2] = {e->key, e->value};
    if (last == ES_NULL || es_truthy(last)) {
        es_dict_store(args[0], kv[0], kv[1]);
        return ES_NONE;
    }
    es_val_t rest = dict_copy_of(args[0]); // to the front: rebuild
    es_map_clear(m);
    es_dict_store(args[0], kv[0], kv[1]);
    update_from(args[0], rest);
    return ES_NONE;
}
static ES_FUN_KW(od_move_to_end_obj, 2, 3, od_move_to_end);

static const es_map_elem_t od_locals_table[] = {
    {QV(ES_Q(move_to_end)), ES_PTR(&od_move_to_end_obj)},
};
static ES_CONST_DICT(od_locals, od_locals_table);

const es_type_t es_type_ordereddict = {
    .base = {&es_type_type},
    .name = ES_Q(OrderedDict),
    .flags = ES_TYPE_BASETYPE,
    .parent = &es_type_dict,
    .print = dict_print,
    .make_new = dict_make_new,
    .unary_op = dict_unary_op,
    .binary_op = dict_binary_op,
    .subscr = dict_subscr,
    .getiter = dict_getiter,
    .locals = ES_PTR(&od_locals),
};
