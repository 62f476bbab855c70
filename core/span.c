// SPDX-License-Identifier: MIT
// The algorithms str and bytes methods share, over byte spans (see
// span.h). Nothing here parses arguments or raises but MemoryError and
// what a poll raises (KeyboardInterrupt): the methods check their
// arguments with their own type's wording and pass plain spans.
#include "span.h"

#include <string.h>

#include "bytes.h"
#include "list.h"
#include "str.h"
#include "strmeth.h"

es_span_kind_t es_span_kind_of(es_val_t v) {
    return es_is_type(v, &es_type_bytearray) ? ES_SPAN_BYTEARRAY
        : ES_SPAN_BYTES;
}

es_val_t es_span_new(es_span_kind_t kind, const uint8_t *s, size_t n) {
    switch (kind) {
    case ES_SPAN_STR: return es_str_new((const char *)s, n);
    case ES_SPAN_BYTES: return es_bytes_new(s, n);
    default: return es_bytearray_new(s, n);
    }
}

// --- searching

void es_span_set_init(es_span_set_t *set, const uint8_t *s, size_t n) {
    memset(set->bits, 0, sizeof(set->bits));
    for (size_t i = 0; i < n; i++) {
        set->bits[s[i] >> 3] |= (uint8_t)(1u << (s[i] & 7));
    }
}

es_int_t es_span_find(const uint8_t *hay, size_t start, size_t end,
    const uint8_t *p, size_t n, bool rev) {
    if (end < start || end - start < n) {
        return -1;
    }
    if (n == 0) {
        return (es_int_t)(rev ? end : start);
    }
    if (rev) {
        for (size_t i = end - n + 1; i-- > start;) {
            if (memcmp(hay + i, p, n) == 0) {
                return (es_int_t)i;
            }
            es_span_poll(n);
        }
        return -1;
    }
    const uint8_t *h = hay + start, *last = hay + end - n;
    while (h <= last) { // memchr finds candidates for the first byte
        h = memchr(h, p[0], (size_t)(last - h) + 1);
        if (h == NULL) {
            return -1;
        }
        if (memcmp(h, p, n) == 0) {
            return h - hay;
        }
        es_span_poll(n);
        h++;
    }
    return -1;
}

size_t es_span_count(const uint8_t *hay, size_t start, size_t end,
    const uint8_t *p, size_t n) {
    size_t count = 0;
    for (es_int_t r; (r = es_span_find(hay, start, end, p, n, false)) >= 0;
        count++) {
        start = (size_t)r + n;
    }
    return count;
}

bool es_span_affix(const uint8_t *hay, size_t start, size_t end,
    const uint8_t *a, size_t n, bool at_end) {
    if (end < start || end - start < n) {
        return false;
    }
    return memcmp(hay + (at_end ? end - n : start), a, n) == 0;
}

// --- padding

size_t es_span_pad_left(size_t total, size_t width, int how) {
    return how == 0 ? 0 : how == 1 ? total : total / 2 + (total & width & 1);
}

static uint8_t *fill_n(uint8_t *w, const uint8_t *fill, size_t fl,
    size_t times) {
    if (fl == 1) {
        memset(w, fill[0], times);
        return w + times;
    }
    for (size_t i = 0; i < times; i++, w += fl) {
        memcpy(w, fill, fl);
    }
    return w;
}

void es_span_pad(uint8_t *dst, const uint8_t *s, size_t n,
    const uint8_t *fill, size_t fl, size_t left, size_t right) {
    uint8_t *w = fill_n(dst, fill, fl, left);
    memcpy(w, s, n);
    fill_n(w + n, fill, fl, right);
}

void es_span_zfill(uint8_t *dst, const uint8_t *s, size_t n, size_t zeros) {
    size_t sign = n > 0 && (s[0] == '+' || s[0] == '-');
    memcpy(dst, s, sign);
    memset(dst + sign, '0', zeros);
    memcpy(dst + sign + zeros, s + sign, n - sign);
}

// --- replace

size_t es_span_replace_count(const uint8_t *s, size_t n, const uint8_t *old,
    size_t m, size_t points, es_int_t max) {
    size_t max_n = max < 0 ? SIZE_MAX : (size_t)max;
    if (m == 0) {
        return points < max_n ? points : max_n;
    }
    size_t count = 0;
    for (es_int_t r = 0; count < max_n
        && (r = es_span_find(s, (size_t)r, n, old, m, false)) >= 0; count++) {
        r += (es_int_t)m;
    }
    return count;
}

void es_span_replace(uint8_t *dst, es_span_kind_t kind, const uint8_t *s,
    size_t n, const uint8_t *old, size_t m, const uint8_t *rep, size_t k,
    size_t count) {
    size_t pos = 0;
    for (size_t i = 0; i < count; i++) {
        size_t at = m == 0 ? pos : (size_t)es_span_find(s, pos, n, old, m,
            false);
        memcpy(dst, s + pos, at - pos);
        dst += at - pos;
        memcpy(dst, rep, k);
        dst += k;
        pos = at + m;
        if (m == 0 && pos < n) { // copy one code point (byte)
            size_t c = 1;
            if (kind == ES_SPAN_STR) {
                es_str_decode((const char *)s + pos, &c);
            }
            memcpy(dst, s + pos, c);
            dst += c;
            pos += c;
        }
    }
    memcpy(dst, s + pos, n - pos);
}

// --- split

// Byte length of the whitespace at s[i] (before s[j]): str's Unicode
// set for a str span, ASCII space and \t..\r for bytes.
static size_t space_at(es_span_kind_t kind, const uint8_t *s, size_t n,
    size_t i) {
    return kind == ES_SPAN_STR ? es_text_space_at((const char *)s, n, i)
        : es_span_class(s[i], ES_SPAN_SPACE);
}

static size_t space_before(es_span_kind_t kind, const uint8_t *s, size_t j) {
    return kind == ES_SPAN_STR ? es_text_space_before((const char *)s, j)
        : es_span_class(s[j - 1], ES_SPAN_SPACE);
}

static void append(es_val_t list, es_span_kind_t kind, const uint8_t *s,
    size_t n) {
    es_list_append(list, es_span_new(kind, s, n));
}

static void split_space(es_val_t list, es_span_kind_t kind,
    const uint8_t *s, size_t len, es_int_t max) {
    size_t i = 0, k;
    for (es_int_t n = 0;; n++) {
        while (i < len && (k = space_at(kind, s, len, i)) > 0) {
            i += k;
        }
        if (i == len) {
            return;
        }
        if (max >= 0 && n == max) {
            append(list, kind, s + i, len - i);
            return;
        }
        size_t j = i;
        while (j < len && space_at(kind, s, len, j) == 0) {
            j++;
        }
        append(list, kind, s + i, j - i);
        i = j;
    }
}

static void rsplit_space(es_val_t list, es_span_kind_t kind,
    const uint8_t *s, size_t len, es_int_t max) {
    size_t j = len, k;
    for (es_int_t n = 0;; n++) {
        while (j > 0 && (k = space_before(kind, s, j)) > 0) {
            j -= k;
        }
        if (j == 0) {
            return;
        }
        if (max >= 0 && n == max) {
            append(list, kind, s, j);
            return;
        }
        size_t i = j;
        while (i > 0 && space_before(kind, s, i) == 0) {
            i--;
        }
        append(list, kind, s + i, j - i);
        j = i;
    }
}

static void split_sep(es_val_t list, es_span_kind_t kind, const uint8_t *s,
    size_t len, const uint8_t *sep, size_t m, es_int_t max, bool rev) {
    size_t lo = 0, hi = len; // the part not yet split
    for (es_int_t n = 0; max < 0 || n < max; n++) {
        es_int_t r = es_span_find(s, lo, hi, sep, m, rev);
        if (r < 0) {
            break;
        }
        size_t pos = (size_t)r;
        if (rev) {
            append(list, kind, s + pos + m, hi - pos - m);
            hi = pos;
        } else {
            append(list, kind, s + lo, pos - lo);
            lo = pos + m;
        }
    }
    append(list, kind, s + lo, hi - lo);
}

static void reverse_list(es_val_t list) {
    size_t n;
    es_val_t *items;
    es_list_get(list, &n, &items);
    for (size_t i = 0; i < n / 2; i++) {
        es_val_t v = items[i];
        items[i] = items[n - 1 - i];
        items[n - 1 - i] = v;
    }
}

es_val_t es_span_split(es_span_kind_t kind, const uint8_t *s, size_t n,
    const uint8_t *sep, size_t m, es_int_t max, bool rev) {
    es_val_t list = es_list_new(0, NULL);
    if (sep != NULL) {
        split_sep(list, kind, s, n, sep, m, max, rev);
    } else {
        (rev ? rsplit_space : split_space)(list, kind, s, n, max);
    }
    if (rev) {
        reverse_list(list);
    }
    return list;
}

// --- case and classes (ASCII)

static bool is_upper(uint8_t c) {
    return c >= 'A' && c <= 'Z';
}

static bool is_lower(uint8_t c) {
    return c >= 'a' && c <= 'z';
}

static uint8_t to_upper(uint8_t c) {
    return is_lower(c) ? (uint8_t)(c - 32) : c;
}

static uint8_t to_lower(uint8_t c) {
    return is_upper(c) ? (uint8_t)(c + 32) : c;
}

void es_span_recase(uint8_t *dst, const uint8_t *s, size_t n,
    es_span_case_t how, es_span_kind_t kind) {
    bool prev_cased = false;
    bool high_cased = kind == ES_SPAN_STR;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        switch (how) {
        case ES_SPAN_UPPER: c = to_upper(c); break;
        case ES_SPAN_LOWER: c = to_lower(c); break;
        case ES_SPAN_SWAP: c = is_upper(c) ? to_lower(c) : to_upper(c); break;
        case ES_SPAN_CAP: c = i == 0 ? to_upper(c) : to_lower(c); break;
        case ES_SPAN_TITLE:
            c = prev_cased ? to_lower(c) : to_upper(c);
            prev_cased = is_upper(c) || is_lower(c)
                || (high_cased && c >= 0x80);
            break;
        }
        dst[i] = c;
    }
}

bool es_span_cased(const uint8_t *s, size_t n, bool upper) {
    bool cased = false;
    for (size_t i = 0; i < n; i++) {
        if (upper ? is_lower(s[i]) : is_upper(s[i])) {
            return false;
        }
        cased |= upper ? is_upper(s[i]) : is_lower(s[i]);
    }
    return cased;
}

bool es_span_class(uint8_t c, es_span_class_t cls) {
    bool digit = c >= '0' && c <= '9';
    bool alpha = is_upper(c) || is_lower(c);
    switch (cls) {
    case ES_SPAN_DIGIT: return digit;
    case ES_SPAN_ALPHA: return alpha;
    case ES_SPAN_ALNUM: return digit || alpha;
    case ES_SPAN_ASCII: return c < 0x80;
    default: return c == ' ' || (c >= '\t' && c <= '\r');
    }
}

bool es_span_all(const uint8_t *s, size_t n, es_span_class_t cls) {
    for (size_t i = 0; i < n; i++) {
        if (!es_span_class(s[i], cls)) {
            return false;
        }
    }
    return n > 0 || cls == ES_SPAN_ASCII;
}
