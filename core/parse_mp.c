// SPDX-License-Identifier: MIT
// MicroPython's parse-time features: `NAME = const(expr)` and the
// `@micropython.X` decorators. A constant is folded while parsing (its
// expression must be made of literals, earlier constants, tuples and the
// arithmetic MicroPython folds, math.pi and the like); every later standalone use of NAME in
// the same compiled source becomes the value. A NAME starting with `_` is
// private: its assignment is dropped, so no global is made for it.
#include "exc.h"
#include "float.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "nlr.h"
#include "parse_int.h"
#include "parse_mp.h"
#include "rom.h"
#include "runtime.h"
#include "tuple.h"

node_t *es_parse_mp_name(parser_t *p, es_qstr_t name, uint32_t line) {
    if (p->consts == ES_NULL) {
        return NULL;
    }
    es_val_t v = es_dict_get(p->consts, es_qstr_val(name));
    return v == ES_NULL ? NULL : es_parse_const(p, v, line);
}

// Is [v] a number that const() folds (int, bool or float)?
static bool number(es_val_t v) {
    return v != ES_NULL && (es_is_int(v) || es_is_float(v));
}

// [op] of [a] and [b] (b ES_NULL: unary), or ES_NULL when it raises or is
// no arithmetic: MicroPython folds neither 1 << -1 nor 1 % 0 nor 1 @ 2.
static es_val_t fold_op(int op, es_val_t a, es_val_t b) {
    if (!number(a) || (b != ES_NULL && (!number(b) || op < ES_BOP_OR
        || op > ES_BOP_POW || op == ES_BOP_MATMUL))) {
        return ES_NULL;
    }
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) != 0) {
        return ES_NULL;
    }
    es_val_t r = b == ES_NULL ? es_unary_op(op, a) : es_binary_op(op, a, b);
    es_nlr_pop();
    return r;
}

// [module].[attr] for a built-in module's int or float, as MicroPython
// folds math.pi in a const(); ES_NULL for anything else.
static es_val_t module_const(node_t *e) {
    if (e->a->kind != ES_N_NAME) {
        return ES_NULL;
    }
    es_qstr_t name = es_qstr_get(e->a->val);
    for (const es_module_def_t *d = es_builtin_modules; d->module; d++) {
        if (d->name == name) {
            es_val_t v = es_load_attr_maybe(es_val(d->module),
                es_qstr_get(e->val));
            return number(v) ? v : ES_NULL;
        }
    }
    return ES_NULL;
}

// The value of constant expression [e], or ES_NULL when it is none.
// Raises MemoryError.
static es_val_t fold(node_t *e) {
    switch (e->kind) {
        case ES_N_CONST:
            return e->val;
        case ES_N_TUPLE: {
            size_t n = 0;
            for (node_t *x = e->a; x != NULL; x = x->next) {
                n++;
            }
            es_val_t t = es_tuple_new(n, NULL);
            es_val_t *items;
            es_tuple_get(t, &n, &items);
            for (node_t *x = e->a; x != NULL; x = x->next) {
                if ((*items++ = fold(x)) == ES_NULL) {
                    return ES_NULL;
                }
            }
            return t;
        }
        case ES_N_UNARY:
            return fold_op(e->op, fold(e->a), ES_NULL);
        case ES_N_BINOP: {
            es_val_t a = fold(e->a), b = fold(e->b);
            return b == ES_NULL ? ES_NULL : fold_op(e->op, a, b);
        }
        case ES_N_ATTR:
            return module_const(e);
        default:
            return ES_NULL;
    }
}

// Is [e] a call of `const`?
static bool const_call(node_t *e) {
    return e != NULL && e->kind == ES_N_CALL && e->a->kind == ES_N_NAME
        && es_qstr_get(e->a->val) == ES_Q(const);
}

// The value of const()'s arguments [arg], or ES_NULL when they are not one
// constant expression.
static es_val_t const_arg(node_t *arg) {
    if (arg == NULL || arg->next != NULL || arg->kind == ES_N_STAR
        || arg->kind == ES_N_DSTAR || arg->kind == ES_N_KW) {
        return ES_NULL;
    }
    return fold(arg);
}

node_t *es_parse_mp_const(parser_t *p, node_t *s) {
    node_t *target = s->a, *value = s->kind == ES_N_ASSIGN ? s->b : s->c;
    if (!const_call(value) || target->kind != ES_N_NAME
        || target->next != NULL) {
        return s;
    }
    es_val_t v = const_arg(value->b);
    if (v == ES_NULL) {
        es_parse_error(p, s->line, ES_ERR("not a constant"));
    }
    if (p->consts == ES_NULL) {
        p->consts = es_dict_new(0);
    }
    es_dict_store(p->consts, target->val, v);
    size_t len;
    const char *text = es_qstr_str(es_qstr_get(target->val), &len);
    if (es_rom_u8(text) == '_') {
        node_t *pass = es_parse_node(p, ES_N_PASS, s->line);
        pass->next = s->next;
        return pass;
    }
    node_t *c = es_parse_const(p, v, value->line);
    if (s->kind == ES_N_ASSIGN) {
        s->b = c;
    } else {
        s->c = c;
    }
    return s;
}

bool es_parse_mp_decorator(parser_t *p, node_t *d) {
    node_t *base = d;
    while (base->kind == ES_N_ATTR) {
        base = base->a;
    }
    if (base == d || base->kind != ES_N_NAME
        || es_qstr_get(base->val) != ES_Q(micropython)) {
        return false;
    }
    es_qstr_t name = es_qstr_get(d->val);
    if (d->a != base || (name != ES_Q(bytecode) && name != ES_Q(native)
        && name != ES_Q(viper))) {
        es_parse_error(p, d->line, ES_ERR("invalid micropython decorator"));
    }
    return name != ES_Q(viper); // viper stays a call: NotImplementedError
}
