// SPDX-License-Identifier: MIT
// The int type object: the constructor int(x, base), printing, the numeric
// attributes (real, imag, numerator, denominator), the methods
// (bit_length, bit_count, to_bytes, from_bytes, conjugate,
// as_integer_ratio) and pow() with a modulus. bool shares the methods.
#include <string.h>

#include "bytes.h"
#include "class.h"
#include "exc.h"
#include "fun.h"
#include "gc.h"
#include "int_priv.h"
#include "intern.h"
#include "map.h"
#include "runtime.h"
#include "seq.h"
#include "str.h"
#include "tuple.h"

// --- int(x), int(x, base)

// The text of a str (or str subclass instance) or bytes-like [x]
// for int(x[, base]); NULL for other types. *bytes: x is bytes-like.
static const char *int_text(es_val_t x, size_t *len, bool *bytes) {
    es_val_t u = es_class_unbox(x);
    *bytes = !es_is_str(u);
    if (!*bytes) {
        return es_str_data(u, len);
    }
    const uint8_t *d;
    return es_bytes_get(u, &d, len) ? (const char *)d : NULL;
}

// int(x) for x without a base: ints, text, then __int__, __index__,
// __trunc__ (floats have __int__).
static es_val_t int_from_obj(es_val_t x) {
    if (es_is_int(x)) {
        return es_int_unbool(x);
    }
    size_t len;
    bool bytes;
    const char *s = int_text(x, &len, &bytes);
    if (s != NULL) {
        return es_int_parse(s, len, 10, bytes);
    }
    static const es_qstr_t hooks[] = {ES_Q(__int__), ES_Q(__index__),
        ES_Q(__trunc__)}; // words: the table lies in flash (rom.h)
    for (size_t i = 0; i < ES_ARRAY_SIZE(hooks); i++) {
        es_val_t m[2];
        es_load_method_maybe(x, hooks[i], m);
        if (m[0] != ES_NULL) {
            es_val_t r = es_call_method(0, 0, m);
            if (!es_is_int(r)) {
                es_raise_fmt(&es_type_TypeError, ES_ERR("%q returned "
                    "non-int (type %T)"), hooks[i], r);
            }
            return es_int_unbool(r);
        }
    }
    es_raise_fmt(&es_type_TypeError, ES_ERR("int() argument must be a "
        "string, a bytes-like object or a real number, not '%T'"), x);
}

static es_val_t int_make_new(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    ES_UNUSED(type);
    es_val_t base = ES_NULL;
    for (size_t i = 0; i < n_kw; i++) {
        es_qstr_t k = es_qstr_get(args[n_args + 2 * i]);
        if (k != ES_Q(base)) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("'%q' is an invalid "
                "keyword argument for int()"), k);
        }
        base = args[n_args + 2 * i + 1];
    }
    if (n_args + n_kw > 2) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("int() takes at most 2 "
            "arguments (%u given)"), (unsigned)(n_args + n_kw));
    }
    if (n_args == 2) {
        base = args[1];
    }
    if (n_args == 0) {
        if (base != ES_NULL) {
            es_raise_msg(&es_type_TypeError,
                ES_ERR("int() missing string argument"));
        }
        return es_small_new(0);
    }
    if (base == ES_NULL) {
        return int_from_obj(args[0]);
    }
    es_int_t b = es_get_int(base);
    size_t len;
    bool bytes;
    const char *s = int_text(args[0], &len, &bytes);
    if (s == NULL) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("int() can't convert non-string with explicit base"));
    }
    return es_int_parse(s, len, b < -1 || b > 37 ? -1 : (int)b, bytes);
}

static void int_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(kind);
    es_int_print(p, self, 10);
}

// real, imag, numerator, denominator.
es_val_t es_int_load_attr(es_val_t self, es_qstr_t name) {
    switch (name) {
        case ES_Q(real):
        case ES_Q(numerator): return es_int_unbool(self);
        case ES_Q(imag): return es_small_new(0);
        case ES_Q(denominator): return es_small_new(1);
        default: return ES_NULL;
    }
}

// --- pow with a modulus

// x mod m for ints, floor semantics.
static es_val_t mod(es_val_t x, es_val_t m) {
    es_val_t r;
    es_int_divmod(x, m, NULL, &r, ES_ERR("integer modulo by zero"));
    return r;
}

// The inverse of [a] modulo n > 0 (extended Euclid), or ValueError.
static es_val_t invmod(es_val_t a, es_val_t n) {
    es_val_t b = n, x0 = es_small_new(1), x1 = es_small_new(0);
    a = mod(a, n); // invariant: a = x0 * A, b = x1 * A (mod n)
    while (b != es_small_new(0)) { // O(bits) steps: polls (Ctrl-C)
        es_poll();
        es_val_t q, r;
        es_int_divmod(a, b, &q, &r, "");
        es_val_t x2 = es_int_sub(x0, es_int_mul(q, x1));
        a = b, b = r, x0 = x1, x1 = x2;
    }
    if (a != es_small_new(1)) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("base is not invertible for the given modulus"));
    }
    return mod(x0, n);
}

// The magnitude of a view of at most two digits.
static uint64_t word_of(const es_int_view_t *v) {
    uint64_t u = 0;
    for (size_t i = v->len; i-- > 0;) {
        u = (u << ES_DIGIT_BITS) | v->d[i];
    }
    return u;
}

// base ** e mod m for 0 <= base < m < 2^32: word arithmetic, no allocation.
static uint64_t pow_mod_word(uint64_t base, const es_int_view_t *e,
    uint64_t m) {
    uint64_t r = 1 % m;
    for (size_t i = es_bigint_bit_length(e->d, e->len); i-- > 0;) {
        r = r * r % m;
        if ((e->d[i / ES_DIGIT_BITS] >> (i % ES_DIGIT_BITS)) & 1) {
            r = r * base % m;
        }
    }
    return r;
}

// a ** e mod m, e >= 0, m != 0; the result has m's sign (like %): it is
// computed modulo |m|, then moved into (m, 0] for a negative m.
static es_val_t pow_mod(es_val_t a, es_val_t e, es_val_t m) {
    es_int_view_t ve, vm;
    es_int_view(&ve, e);
    es_int_view(&vm, m);
    es_val_t mabs = vm.neg ? es_int_neg(m) : m;
    es_val_t base = mod(a, mabs), r;
    if (vm.len <= 2) { // |m| < 2^32: products fit 64 bits
        es_int_view_t vb;
        es_int_view(&vb, base); // 0 <= base < |m|
        uint64_t w = pow_mod_word(word_of(&vb), &ve, word_of(&vm));
        r = es_int_from_ull(w);
    } else {
        r = mod(es_small_new(1), mabs);
        // One step per bit of e, each a product and a division of |m|'s
        // size: minutes for a long e, so every step polls (Ctrl-C).
        for (size_t i = es_bigint_bit_length(ve.d, ve.len); i-- > 0;) {
            es_poll();
            r = mod(es_int_mul(r, r), mabs);
            if ((ve.d[i / ES_DIGIT_BITS] >> (i % ES_DIGIT_BITS)) & 1) {
                r = mod(es_int_mul(r, base), mabs);
            }
        }
    }
    return vm.neg && r != es_small_new(0) ? es_int_sub(r, mabs) : r;
}

// An int, float or complex (the types pow() knows).
static bool is_number(es_val_t v) {
    es_qstr_t name = es_type_name(v);
    return es_is_int(v) || name == ES_Q(float) || name == ES_Q(complex);
}

es_val_t es_int_pow3(es_val_t a, es_val_t b, es_val_t m) {
    if (m == ES_NULL || m == ES_NONE) {
        es_val_t r = es_int_binary_op(ES_BOP_POW, a, b);
        if (r == ES_NULL) {
            es_raise_fmt(&es_type_TypeError, ES_ERR("unsupported operand "
                "type(s) for ** or pow(): '%T' and '%T'"), a, b);
        }
        return r;
    }
    if (!es_is_int(a) || !es_is_int(b) || !es_is_int(m)) {
        if (is_number(a) && is_number(b) && is_number(m)) {
            es_raise_msg(&es_type_TypeError, ES_ERR("pow() 3rd argument not "
                "allowed unless all arguments are integers"));
        }
        es_raise_fmt(&es_type_TypeError, ES_ERR("unsupported operand "
            "type(s) for ** or pow(): '%T', '%T', '%T'"), a, b, m);
    }
    a = es_int_unbool(a), b = es_int_unbool(b), m = es_int_unbool(m);
    if (m == es_small_new(0)) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("pow() 3rd argument cannot be 0"));
    }
    if (es_int_sign(b) < 0) {
        a = invmod(a, es_int_sign(m) < 0 ? es_int_neg(m) : m);
        b = es_int_neg(b);
    }
    ES_ASSERT(es_int_sign(b) >= 0);
    return pow_mod(a, b, m);
}

// --- methods

static es_val_t int_bit_length(es_val_t self) {
    es_int_view_t v;
    es_int_view(&v, self);
    return es_small_new((es_int_t)es_bigint_bit_length(v.d, v.len));
}

static size_t popcount(const es_int_view_t *v) {
    size_t n = 0;
    for (size_t i = 0; i < v->len; i++) {
        for (unsigned d = v->d[i]; d != 0; d &= d - 1) {
            n++;
        }
    }
    return n;
}

static es_val_t int_bit_count(es_val_t self) {
    es_int_view_t v;
    es_int_view(&v, self);
    return es_small_new((es_int_t)popcount(&v));
}

static es_val_t int_conjugate(es_val_t self) {
    return es_int_unbool(self);
}

static es_val_t int_as_integer_ratio(es_val_t self) {
    es_val_t items[2] = {es_int_unbool(self), es_small_new(1)};
    return es_tuple_new(2, items);
}

// The byteorder argument: true for 'little'; ES_NULL means 'big'.
static bool little_endian(es_val_t order) {
    if (order == ES_NULL) {
        return false;
    }
    if (!es_is_str(order)) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("to_bytes() argument "
            "'byteorder' must be str, not %T"), order);
    }
    const char *s = es_str_data(order, NULL);
    if (strcmp(s, "little") != 0 && strcmp(s, "big") != 0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("byteorder must be either 'little' or 'big'"));
    }
    return s[0] == 'l';
}

// The keyword arguments of to_bytes/from_bytes: length or byteorder (by
// position index [pos] in args), and signed.
static void bytes_kwargs(const char *fname, size_t n_args, size_t n_kw,
    const es_val_t *args, es_val_t pos[2], bool *is_signed) {
    for (size_t i = 0; i < n_kw; i++) {
        es_qstr_t k = es_qstr_get(args[n_args + 2 * i]);
        es_val_t v = args[n_args + 2 * i + 1];
        if (k == ES_Q(signed)) {
            *is_signed = es_truthy(v);
        } else if (k == ES_Q(byteorder)) {
            pos[1] = v;
        } else if (k == ES_Q(length) && fname[0] == 't') {
            pos[0] = v;
        } else {
            es_raise_fmt(&es_type_TypeError, ES_ERR("'%q' is an invalid "
                "keyword argument for %s()"), k, fname);
        }
    }
}

// Does magnitude [v] fit [nbytes] bytes with the given signedness?
static bool bytes_fit(const es_int_view_t *v, size_t nbytes, bool is_signed) {
    size_t bits = es_bigint_bit_length(v->d, v->len);
    if (!is_signed) {
        return bits <= 8 * nbytes;
    }
    if (v->neg && popcount(v) == 1) {
        bits--; // -2^(k) needs k + 1 bits, like 2^k - 1
    }
    return bits == 0 || bits + 1 <= 8 * nbytes;
}

// to_bytes(length=1, byteorder='big', *, signed=False)
static es_val_t int_to_bytes(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_val_t pos[2] = {n_args > 1 ? args[1] : ES_NULL,
        n_args > 2 ? args[2] : ES_NULL};
    bool is_signed = false;
    bytes_kwargs("to_bytes", n_args, n_kw, args, pos, &is_signed);
    es_int_t n = pos[0] == ES_NULL ? 1 : es_get_int(pos[0]);
    if (n < 0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("length argument must be non-negative"));
    }
    bool little = little_endian(pos[1]);
    es_int_view_t v;
    es_int_view(&v, args[0]);
    if (v.neg && !is_signed) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("can't convert negative int to unsigned"));
    }
    if (!bytes_fit(&v, (size_t)n, is_signed)) {
        es_raise_msg(&es_type_OverflowError, ES_ERR("int too big to convert"));
    }
    unsigned char *buf = es_gc_alloc((size_t)n + 1, ES_GC_LEAF);
    unsigned carry = 1;
    for (size_t i = 0; i < (size_t)n; i++) {
        unsigned b = i / 2 < v.len ? (v.d[i / 2] >> (8 * (i % 2))) & 0xff : 0;
        if (v.neg) { // two's complement: invert and add one
            b = (~b & 0xff) + carry;
            carry = b >> 8;
        }
        buf[little ? i : (size_t)n - 1 - i] = (unsigned char)b;
    }
    es_val_t r = es_bytes_new(buf, (size_t)n);
    es_gc_free(buf);
    return r;
}

// from_bytes(bytes, byteorder='big', *, signed=False). Called as
// int.from_bytes(...) or through an instance, so a leading int or type
// argument (the class or self) is skipped.
// TODO(classmethod): drop that when built-in types get classmethods.
static es_val_t int_from_bytes(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    if (n_args > 0 && (es_is_int(args[0]) || es_is_type(args[0], &es_type_type))) {
        args++, n_args--;
    }
    if (n_args < 1 || n_args > 2) {
        es_raise_fmt(&es_type_TypeError, ES_ERR("from_bytes() takes at most "
            "2 positional arguments (%u given)"), (unsigned)n_args);
    }
    es_val_t pos[2] = {ES_NULL, n_args > 1 ? args[1] : ES_NULL};
    bool is_signed = false;
    bytes_kwargs("from_bytes", n_args, n_kw, args, pos, &is_signed);
    bool little = little_endian(pos[1]);
    if (es_is_str(args[0]) || es_is_int(args[0])) {
        es_raise_fmt(&es_type_TypeError,
            ES_ERR("cannot convert '%T' object to bytes"), args[0]);
    }
    size_t n;
    const uint8_t *data;
    es_val_t *items = NULL;
    if (!es_bytes_get(args[0], &data, &n)) {
        items = es_seq_collect(args[0], &n);
    }
    if (items == NULL && !is_signed) {
        size_t k = n; // significant bytes: a small result allocates nothing
        while (k > 0 && data[little ? k - 1 : n - k] == 0) {
            k--;
        }
        if (k < sizeof(es_int_t)) {
            es_int_t v = 0;
            for (size_t i = 0; i < k; i++) {
                v = (v << 8) | data[little ? k - 1 - i : n - k + i];
            }
            return es_int_from(v);
        }
    }
    es_digit_t *d = es_gc_alloc((n / 2 + 2) * sizeof(es_digit_t), ES_GC_LEAF);
    for (size_t i = 0; i < n; i++) {
        es_int_t b = items != NULL ? -1 : data[little ? i : n - 1 - i];
        if (items != NULL && (!es_int_get_checked(items[little ? i : n - 1 - i],
            &b) || b < 0 || b > 255)) {
            es_raise_msg(&es_type_ValueError,
                ES_ERR("bytes must be in range(0, 256)"));
        }
        d[i / 2] |= (es_digit_t)(b << (8 * (i % 2)));
    }
    bool neg = is_signed && n > 0 && (d[(n - 1) / 2] >> (8 * ((n - 1) % 2))) & 0x80;
    if (neg) { // magnitude = 2^(8n) - value: invert the n bytes, add one
        for (size_t i = 0; i < n; i++) {
            d[i / 2] ^= (es_digit_t)(0xff << (8 * (i % 2)));
        }
        const es_digit_t one = 1; // on the stack: flash reads only as words
        es_bigint_add(d, d, (n + 1) / 2, &one, 1);
    }
    return es_int_from_digits(d, (n + 1) / 2, neg);
}

// --- special methods (int.__add__(2, 3), super().__add__ in subclasses).
// They call the int (or bool) operator code directly, never a class's
// slot (which would look the method up again).

// Check that [self] is an int for the method named [name].
static void need_int(es_val_t self, const char *name) {
    if (!es_is_int(self)) {
        es_raise_self_type(name, ES_Q(int), self);
    }
}

static es_val_t dunder_bin(es_binary_op_t op, es_val_t self, es_val_t other,
    bool reflected, const char *name) {
    need_int(self, name);
    es_val_t a = reflected ? other : self, b = reflected ? self : other;
    bool is_bool = self == ES_TRUE || self == ES_FALSE;
    es_val_t r = is_bool ? es_type_bool.binary_op(op, a, b)
        : es_int_binary_op(op, a, b);
    return r == ES_NULL ? ES_NOT_IMPLEMENTED : r;
}

static es_val_t dunder_un(es_unary_op_t op, es_val_t self, const char *name) {
    need_int(self, name);
    return es_int_unary_op(op, self);
}

#define BINOP(name, op) \
    static es_val_t int_##name(es_val_t a, es_val_t b) { \
        return dunder_bin(op, a, b, false, "__" #name "__"); \
    } \
    static es_val_t int_r##name(es_val_t a, es_val_t b) { \
        return dunder_bin(op, a, b, true, "__r" #name "__"); \
    } \
    static ES_FUN_2(int_##name##_obj, int_##name); \
    static ES_FUN_2(int_r##name##_obj, int_r##name);
#define CMPOP(name, op) \
    static es_val_t int_##name(es_val_t a, es_val_t b) { \
        return dunder_bin(op, a, b, false, "__" #name "__"); \
    } \
    static ES_FUN_2(int_##name##_obj, int_##name);
#define UNOP(name, op) \
    static es_val_t int_##name(es_val_t a) { \
        return dunder_un(op, a, "__" #name "__"); \
    } \
    static ES_FUN_1(int_##name##_obj, int_##name);
BINOP(add, ES_BOP_ADD)
BINOP(sub, ES_BOP_SUB)
BINOP(mul, ES_BOP_MUL)
BINOP(floordiv, ES_BOP_FLOORDIV)
BINOP(truediv, ES_BOP_TRUEDIV)
BINOP(mod, ES_BOP_MOD)
BINOP(and, ES_BOP_AND)
BINOP(or, ES_BOP_OR)
BINOP(xor, ES_BOP_XOR)
BINOP(lshift, ES_BOP_LSHIFT)
BINOP(rshift, ES_BOP_RSHIFT)
CMPOP(lt, ES_BOP_LT)
CMPOP(le, ES_BOP_LE)
CMPOP(eq, ES_BOP_EQ)
CMPOP(ne, ES_BOP_NE)
CMPOP(gt, ES_BOP_GT)
CMPOP(ge, ES_BOP_GE)
UNOP(neg, ES_UOP_NEG)
UNOP(pos, ES_UOP_POS)
UNOP(abs, ES_UOP_ABS)
UNOP(invert, ES_UOP_INVERT)
UNOP(bool, ES_UOP_BOOL)
UNOP(hash, ES_UOP_HASH)

// __pow__(other, mod=None) and __rpow__(other, mod=None).
static es_val_t int_pow_meth(size_t n_args, const es_val_t *args) {
    need_int(args[0], "__pow__");
    if (n_args == 3 && args[2] != ES_NONE) {
        return es_is_int(args[1]) && es_is_int(args[2])
            ? es_int_pow3(args[0], args[1], args[2]) : ES_NOT_IMPLEMENTED;
    }
    return dunder_bin(ES_BOP_POW, args[0], args[1], false, "__pow__");
}

static es_val_t int_rpow_meth(size_t n_args, const es_val_t *args) {
    need_int(args[0], "__rpow__");
    if (n_args == 3 && args[2] != ES_NONE) {
        return es_is_int(args[1]) && es_is_int(args[2])
            ? es_int_pow3(args[1], args[0], args[2]) : ES_NOT_IMPLEMENTED;
    }
    return dunder_bin(ES_BOP_POW, args[0], args[1], true, "__rpow__");
}

// __divmod__ and __rdivmod__: (a // b, a % b).
static es_val_t divmod_pair(es_val_t a, es_val_t b) {
    if (!es_is_int(b)) {
        return ES_NOT_IMPLEMENTED;
    }
    es_val_t qr[2];
    es_int_divmod(es_int_unbool(a), es_int_unbool(b), &qr[0], &qr[1],
        ES_ERR("integer division or modulo by zero"));
    return es_tuple_new(2, qr);
}

static es_val_t int_divmod_meth(es_val_t a, es_val_t b) {
    need_int(a, "__divmod__");
    return divmod_pair(a, b);
}

static es_val_t int_rdivmod_meth(es_val_t a, es_val_t b) {
    need_int(a, "__rdivmod__");
    return es_is_int(b) ? divmod_pair(b, a) : ES_NOT_IMPLEMENTED;
}

// __int__, __index__, __trunc__, __floor__, __ceil__: the int itself.
static es_val_t int_self(es_val_t a) {
    need_int(a, "__int__");
    return es_int_unbool(a);
}

static ES_FUN_VAR(int_pow_obj, 2, 3, int_pow_meth);
static ES_FUN_VAR(int_rpow_obj, 2, 3, int_rpow_meth);
static ES_FUN_2(int_divmod_obj, int_divmod_meth);
static ES_FUN_2(int_rdivmod_obj, int_rdivmod_meth);
static ES_FUN_1(int_self_obj, int_self);

static ES_FUN_1(int_bit_length_obj, int_bit_length);
static ES_FUN_1(int_bit_count_obj, int_bit_count);
static ES_FUN_1(int_conjugate_obj, int_conjugate);
static ES_FUN_1(int_as_integer_ratio_obj, int_as_integer_ratio);
static ES_FUN_KW(int_to_bytes_obj, 1, 3, int_to_bytes);
static ES_FUN_KW_CLASS(int_from_bytes_obj, 1, 3, int_from_bytes);

static const es_map_elem_t int_locals_table[] = {
    {ES_QV(__abs__), ES_PTR(&int_abs_obj)},
    {ES_QV(__add__), ES_PTR(&int_add_obj)},
    {ES_QV(__and__), ES_PTR(&int_and_obj)},
    {ES_QV(__bool__), ES_PTR(&int_bool_obj)},
    {ES_QV(__ceil__), ES_PTR(&int_self_obj)},
    {ES_QV(__divmod__), ES_PTR(&int_divmod_obj)},
    {ES_QV(__eq__), ES_PTR(&int_eq_obj)},
    {ES_QV(__floor__), ES_PTR(&int_self_obj)},
    {ES_QV(__floordiv__), ES_PTR(&int_floordiv_obj)},
    {ES_QV(__ge__), ES_PTR(&int_ge_obj)},
    {ES_QV(__gt__), ES_PTR(&int_gt_obj)},
    {ES_QV(__hash__), ES_PTR(&int_hash_obj)},
    {ES_QV(__index__), ES_PTR(&int_self_obj)},
    {ES_QV(__int__), ES_PTR(&int_self_obj)},
    {ES_QV(__invert__), ES_PTR(&int_invert_obj)},
    {ES_QV(__le__), ES_PTR(&int_le_obj)},
    {ES_QV(__lshift__), ES_PTR(&int_lshift_obj)},
    {ES_QV(__lt__), ES_PTR(&int_lt_obj)},
    {ES_QV(__mod__), ES_PTR(&int_mod_obj)},
    {ES_QV(__mul__), ES_PTR(&int_mul_obj)},
    {ES_QV(__ne__), ES_PTR(&int_ne_obj)},
    {ES_QV(__neg__), ES_PTR(&int_neg_obj)},
    {ES_QV(__or__), ES_PTR(&int_or_obj)},
    {ES_QV(__pos__), ES_PTR(&int_pos_obj)},
    {ES_QV(__pow__), ES_PTR(&int_pow_obj)},
    {ES_QV(__radd__), ES_PTR(&int_radd_obj)},
    {ES_QV(__rand__), ES_PTR(&int_rand_obj)},
    {ES_QV(__rdivmod__), ES_PTR(&int_rdivmod_obj)},
    {ES_QV(__rfloordiv__), ES_PTR(&int_rfloordiv_obj)},
    {ES_QV(__rlshift__), ES_PTR(&int_rlshift_obj)},
    {ES_QV(__rmod__), ES_PTR(&int_rmod_obj)},
    {ES_QV(__rmul__), ES_PTR(&int_rmul_obj)},
    {ES_QV(__ror__), ES_PTR(&int_ror_obj)},
    {ES_QV(__rpow__), ES_PTR(&int_rpow_obj)},
    {ES_QV(__rrshift__), ES_PTR(&int_rrshift_obj)},
    {ES_QV(__rshift__), ES_PTR(&int_rshift_obj)},
    {ES_QV(__rsub__), ES_PTR(&int_rsub_obj)},
    {ES_QV(__rtruediv__), ES_PTR(&int_rtruediv_obj)},
    {ES_QV(__rxor__), ES_PTR(&int_rxor_obj)},
    {ES_QV(__sub__), ES_PTR(&int_sub_obj)},
    {ES_QV(__truediv__), ES_PTR(&int_truediv_obj)},
    {ES_QV(__trunc__), ES_PTR(&int_self_obj)},
    {ES_QV(__xor__), ES_PTR(&int_xor_obj)},
    {ES_QV(as_integer_ratio), ES_PTR(&int_as_integer_ratio_obj)},
    {ES_QV(bit_count), ES_PTR(&int_bit_count_obj)},
    {ES_QV(bit_length), ES_PTR(&int_bit_length_obj)},
    {ES_QV(conjugate), ES_PTR(&int_conjugate_obj)},
    {ES_QV(from_bytes), ES_PTR(&int_from_bytes_obj)},
    {ES_QV(to_bytes), ES_PTR(&int_to_bytes_obj)},
};
ES_CONST_DICT(es_int_locals, int_locals_table);

const es_type_t es_type_int = {
    .base = {&es_type_type},
    .name = ES_Q(int),
    .flags = ES_TYPE_BASETYPE,
    .parent = &es_type_object,
    .print = int_print,
    .make_new = int_make_new,
    .unary_op = es_int_unary_op,
    .binary_op = es_int_binary_op,
    .load_attr = es_int_load_attr,
    .locals = ES_PTR(&es_int_locals),
};
