// SPDX-License-Identifier: MIT
// Loops over the built-in containers with their state in three values on
// the caller's stack (core/loop.h): no iterator object, so `for` over a
// list, tuple, bytes, array, dict or set and sum()/min()/any() over them
// allocate nothing.
#include "loop.h"

#include "buffer.h"
#include "bytes.h"
#include "exc.h"
#include "list.h"
#include "map.h"
#include "runtime.h"
#include "set.h"
#include "tuple.h"

// A dict or set loop packs its table position (low half) and the size it
// began with (high half) into one small int; maps too big for that (never
// on the chip, whose heap holds far fewer entries) take a heap iterator.
#define HALF_BITS ((int)(sizeof(es_val_t) * 8 - 2) / 2)
#define HALF_MASK (((es_int_t)1 << HALF_BITS) - 1)

static es_map_t *map_of(es_val_t v) {
    return es_is_type(v, &es_type_dict) ? es_dict_map(v)
        : &((es_set_t *)v)->map;
}

void es_loop_start(es_val_t *s) {
    es_val_t v = s[0];
    if (es_is_type(v, &es_type_tuple) || es_is_type(v, &es_type_list)
        || es_is_type(v, &es_type_bytes) || es_is_type(v, &es_type_bytearray)
        || (es_is_obj(v) && (es_obj(v)->type->flags & ES_TYPE_ARRAY))) {
        s[1] = es_small_new(0);
        s[2] = ES_TRUE;
        return;
    }
    if (es_is_type(v, &es_type_dict) || es_is_type(v, &es_type_set)
        || es_is_type(v, &es_type_frozenset)) {
        es_map_t *m = map_of(v);
        if (m->used < HALF_MASK && m->count < HALF_MASK) {
            s[1] = es_small_new((es_int_t)m->count << HALF_BITS);
            s[2] = ES_FALSE;
            return;
        }
    }
    s[0] = es_getiter(v);
    s[1] = s[2] = ES_NULL;
}

// The next key of dict or set s[0] at the position packed in s[1].
static es_val_t map_next(es_val_t *s) {
    es_map_t *m = map_of(s[0]);
    es_int_t y = es_small_get(s[1]);
    size_t pos = (size_t)(y & HALF_MASK);
    if (m->count != (uint32_t)(y >> HALF_BITS) || m->used >= HALF_MASK) {
        es_raise_msg(&es_type_RuntimeError, es_is_type(s[0], &es_type_dict)
            ? ES_ERR("dictionary changed size during iteration")
            : ES_ERR("Set changed size during iteration"));
    }
    es_map_elem_t *e = es_map_next(m, &pos);
    s[1] = es_small_new((y & ~HALF_MASK) | (es_int_t)pos);
    return e != NULL ? e->key : ES_STOP;
}

// The next item of sequence s[0] at index s[1].
static es_val_t seq_next(es_val_t *s) {
    size_t i = (size_t)es_small_get(s[1]), n;
    es_val_t v = s[0];
    es_val_t *items;
    if (es_is_type(v, &es_type_tuple) || es_is_type(v, &es_type_list)) {
        if (es_is_type(v, &es_type_tuple)) {
            es_tuple_get(v, &n, &items);
        } else {
            es_list_get(v, &n, &items);
        }
        if (i >= n) {
            return ES_STOP;
        }
        s[1] = es_small_new((es_int_t)i + 1);
        return items[i];
    }
    const es_bytes_t *b = (const es_bytes_t *)v;
    size_t size = b->base.type->flags & ES_TYPE_ARRAY // typed items
        ? es_buffer_item_size((int)b->typecode, true) : 1;
    if (i >= b->len / size) {
        return ES_STOP;
    }
    s[1] = es_small_new((es_int_t)i + 1);
    return size == 1 && !(b->base.type->flags & ES_TYPE_ARRAY)
        ? es_small_new(b->data[i]) : es_buffer_load((int)b->typecode, size,
            b->data + i * size, es_buffer_native_little());
}

es_val_t es_loop_next(es_val_t *s) {
    return s[2] == ES_TRUE ? seq_next(s) : s[2] == ES_FALSE ? map_next(s)
        : es_iternext(s[0]);
}
