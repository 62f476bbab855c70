// SPDX-License-Identifier: MIT
// The binascii module (also `ubinascii`): hexlify/unhexlify, base64
// (a2b_base64 decodes as CPython does without strict_mode: characters
// outside the alphabet are skipped, a complete pad ends the data) and
// crc32. binascii.Error is ValueError, as struct.error is. No tables of
// bytes: base64 digits are computed, crc32 reads a word table of nibbles.
#include "builtins.h"
#include "bytes.h"
#include "exc.h"
#include "fun.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "print.h"
#include "rom.h"
#include "runtime.h"
#include "str.h"

// The bytes of a str (ASCII only, as CPython asks) or bytes-like argument.
static const uint8_t *ascii_arg(es_val_t v, size_t *n) {
    if (!es_is_str(v)) {
        return es_bytes_need(v, n);
    }
    const char *s = es_str_data(v, n);
    if (es_utf8_count(s, *n) != *n) {
        es_raise_msg(&es_type_ValueError, ES_ERR(
            "string argument should contain only ASCII characters"));
    }
    return (const uint8_t *)s;
}

// hexlify(data, sep=None).
static es_val_t ba_hexlify(size_t n_args, const es_val_t *args) {
    size_t n;
    const uint8_t *d = es_bytes_need(args[0], &n);
    return es_bytes_hex(d, n, n_args > 1 ? args[1] : ES_NULL, true);
}
static ES_FUN_VAR(fun_hexlify, 1, 2, ba_hexlify);

// unhexlify(hexstr): an even number of hex digits, nothing else.
static es_val_t ba_unhexlify(es_val_t hex) {
    size_t n;
    const uint8_t *s = ascii_arg(hex, &n);
    if (n % 2 != 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("Odd-length string"));
    }
    es_val_t r = es_bytes_new(NULL, n / 2);
    uint8_t *out = ((es_bytes_t *)r)->data;
    for (size_t i = 0; i < n; i += 2) {
        int hi = es_hex_value(s[i]), lo = es_hex_value(s[i + 1]);
        if (hi < 0 || lo < 0) {
            es_raise_msg(&es_type_ValueError,
                ES_ERR("Non-hexadecimal digit found"));
        }
        out[i / 2] = (uint8_t)(hi * 16 + lo);
    }
    return r;
}
static ES_FUN_1(fun_unhexlify, ba_unhexlify);

// --- base64

// The value of base64 digit [c], or -1.
static int b64_value(uint8_t c) {
    return c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26
        : c >= '0' && c <= '9' ? c - '0' + 52 : c == '+' ? 62 : c == '/' ? 63
        : -1;
}

static char b64_digit(unsigned v) {
    return (char)(v < 26 ? 'A' + v : v < 52 ? 'a' + v - 26 : v < 62
        ? '0' + v - 52 : v == 62 ? '+' : '/');
}

// Decode into [out] (room for n * 3 / 4 bytes); the byte count. [quad] is
// the position in the current group of four digits at the end.
static size_t b64_decode(const uint8_t *s, size_t n, uint8_t *out,
    unsigned *quad) {
    size_t w = 0;
    unsigned q = 0, pads = 0, acc = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '=') {
            if (q >= 2 && q + ++pads >= 4) {
                q = 0; // the group is complete: the rest is ignored
                break;
            }
            continue;
        }
        int v = b64_value(s[i]);
        if (v < 0) {
            continue;
        }
        pads = 0;
        acc = (acc << 6) | (unsigned)v;
        if (q > 0) {
            out[w++] = (uint8_t)(acc >> (6 - 2 * q));
        }
        q = (q + 1) % 4;
    }
    *quad = q;
    return w;
}

// a2b_base64(data): bytes; ValueError for a cut-off group.
static es_val_t ba_a2b_base64(es_val_t data) {
    size_t n;
    const uint8_t *s = ascii_arg(data, &n);
    es_val_t r = es_bytes_new(NULL, n / 4 * 3 + 3);
    unsigned quad;
    size_t len = b64_decode(s, n, ((es_bytes_t *)r)->data, &quad);
    if (quad == 1) {
        es_raise_fmt(&es_type_ValueError, ES_ERR(
            "Invalid base64-encoded string: number of data characters (%u) "
            "cannot be 1 more than a multiple of 4"), (unsigned)(len / 3 * 4
            + 1));
    }
    if (quad != 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("Incorrect padding"));
    }
    return es_bytes_new(((es_bytes_t *)r)->data, len);
}
static ES_FUN_1(fun_a2b_base64, ba_a2b_base64);

// b2a_base64(data, *, newline=True).
static es_val_t ba_b2a_base64(size_t n_args, size_t n_kw,
    const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(newline)};
    es_val_t nl;
    es_builtins_get_kw(ES_Q(b2a_base64), n_args, n_kw, args, 1, names, &nl);
    // newline first: an int as CPython's, whose __index__ may resize data
    bool newline = nl == ES_NULL || es_get_int(nl) != 0;
    size_t n;
    const uint8_t *d = es_bytes_need(args[0], &n);
    size_t len = (n + 2) / 3 * 4;
    es_val_t r = es_bytes_new(NULL, len + newline);
    char *out = (char *)((es_bytes_t *)r)->data;
    for (size_t i = 0, w = 0; i < n; i += 3, w += 4) {
        uint32_t v = (uint32_t)d[i] << 16 | (i + 1 < n ? d[i + 1] << 8 : 0)
            | (i + 2 < n ? d[i + 2] : 0);
        for (unsigned k = 0; k < 4; k++) {
            out[w + k] = i + k <= n ? b64_digit((v >> (18 - 6 * k)) & 63)
                : '=';
        }
    }
    if (newline) {
        out[len] = '\n';
    }
    return r;
}
static ES_FUN_KW(fun_b2a_base64, 1, 1, ba_b2a_base64);

// --- crc32 (IEEE 802.3, reflected, as zlib)

// The CRC of each nibble value: 16 words.
static const uint32_t crc_nibble[16] = {
    0x00000000, 0x1db71064, 0x3b6e20c8, 0x26d930ac, 0x76dc4190, 0x6b6b51f4,
    0x4db26158, 0x5005713c, 0xedb88320, 0xf00f9344, 0xd6d6a3e8, 0xcb61b38c,
    0x9b64c2b0, 0x86d3d2d4, 0xa00ae278, 0xbdbdf21c,
};

// crc32(data, crc=0): the running CRC as an unsigned 32-bit int.
static es_val_t ba_crc32(size_t n_args, const es_val_t *args) {
    uint32_t crc = 0;
    if (n_args > 1) { // first: the & may call Python that resizes data
        es_val_t mask = es_int_from_ll(0xffffffffLL);
        long long v;
        es_int_get_ll(es_binary_op(ES_BOP_AND, args[1], mask), &v);
        crc = (uint32_t)v;
    }
    size_t n;
    const uint8_t *d = es_bytes_need(args[0], &n);
    crc = ~crc;
    for (size_t i = 0; i < n; i++) {
        crc ^= d[i];
        crc = (crc >> 4) ^ crc_nibble[crc & 15];
        crc = (crc >> 4) ^ crc_nibble[crc & 15];
    }
    return es_int_from_ull(~crc);
}
static ES_FUN_VAR(fun_crc32, 1, 2, ba_crc32);

static const es_map_elem_t binascii_table[] = {
    {ES_QV(__name__), ES_QV(binascii)},
    {ES_QV(hexlify), ES_PTR(&fun_hexlify)},
    {ES_QV(unhexlify), ES_PTR(&fun_unhexlify)},
    {ES_QV(a2b_base64), ES_PTR(&fun_a2b_base64)},
    {ES_QV(b2a_base64), ES_PTR(&fun_b2a_base64)},
    {ES_QV(crc32), ES_PTR(&fun_crc32)},
    {ES_QV(Error), ES_PTR(&es_type_ValueError)},
};
static ES_CONST_DICT(binascii_dict, binascii_table);

const es_module_t es_module_binascii = {{&es_type_module},
    ES_PTR(&binascii_dict)};
