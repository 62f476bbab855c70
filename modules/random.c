// SPDX-License-Identifier: MIT
// The random module (also `urandom`): seed, getrandbits, randrange,
// randint, choice, random, uniform, shuffle. The generator is xoshiro128++
// on 32-bit words, seeded through splitmix32, so a fixed seed gives the same
// sequence on every port and word size (not CPython's sequence).
#include "exc.h"
#include "float.h"
#include "fun.h"
#include "int.h"
#include "intern.h"
#include "list.h"
#include "map.h"
#include "module.h"
#include "port.h"
#include "runtime.h"
#include "state.h"
#include "str.h"

static uint32_t rotl(uint32_t x, int k) {
    return (x << k) | (x >> (32 - k));
}

// splitmix32 step: spreads a seed over the four state words.
static uint32_t splitmix(uint32_t *x) {
    uint32_t z = (*x += 0x9e3779b9u);
    z = (z ^ (z >> 16)) * 0x85ebca6bu;
    z = (z ^ (z >> 13)) * 0xc2b2ae35u;
    return z ^ (z >> 16);
}

static void seed_with(uint64_t seed) {
    uint32_t x = (uint32_t)seed ^ rotl((uint32_t)(seed >> 32), 7);
    for (int i = 0; i < 4; i++) {
        es_g.random_state[i] = splitmix(&x);
    }
    if ((es_g.random_state[0] | es_g.random_state[1] | es_g.random_state[2]
        | es_g.random_state[3]) == 0) {
        es_g.random_state[0] = 1;
    }
}

// The next 32 random bits (xoshiro128++). Seeds from the clock first when
// the program never called seed().
static uint32_t next32(void) {
    uint32_t *s = es_g.random_state;
    if ((s[0] | s[1] | s[2] | s[3]) == 0) {
        seed_with(port_time_us() ^ (uint64_t)port_time_ns());
    }
    uint32_t r = rotl(s[0] + s[3], 7) + s[0];
    uint32_t t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return r;
}

// A uniform value in [0, n) for n >= 1 (rejection sampling on the bits of
// n - 1, so every port draws the same numbers).
static uint64_t below(uint64_t n) {
    uint64_t mask = n - 1;
    for (int k = 1; k < 64; k <<= 1) {
        mask |= mask >> k;
    }
    while (true) {
        uint64_t r = next32();
        if (mask > 0xffffffffu) {
            r |= (uint64_t)next32() << 32;
        }
        r &= mask;
        if (r < n) {
            return r;
        }
    }
}

// seed(n=None): an int (its low 64 bits), a str or bytes (their hash), or
// None (the clock).
static es_val_t random_seed(size_t n_args, const es_val_t *args) {
    es_val_t a = n_args > 0 ? args[0] : ES_NONE;
    uint64_t seed;
    long long ll;
    if (a == ES_NONE) {
        seed = port_time_us() ^ (uint64_t)port_time_ns();
    } else if (es_is_int(a) && es_int_get_ll(a, &ll)) {
        seed = (uint64_t)ll;
    } else {
        seed = (uint64_t)es_hash(a);
    }
    seed_with(seed);
    return ES_NONE;
}
static ES_FUN_VAR(fun_seed, 0, 1, random_seed);

// getrandbits(k): an int of k random bits, any k >= 0.
static es_val_t random_getrandbits(es_val_t kv) {
    es_int_t k = es_get_int(kv);
    if (k < 0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("number of bits must be non-negative"));
    }
    if (k <= 32) {
        uint32_t r = k == 0 ? 0 : next32() >> (32 - k);
        return es_int_from_ull(r);
    }
    es_val_t r = es_small_new(0);
    for (es_int_t done = 0; done < k; done += 32) {
        int bits = k - done < 32 ? (int)(k - done) : 32;
        es_val_t part = es_int_from_ull(next32() >> (32 - bits));
        r = es_binary_op(ES_BOP_LSHIFT, r, es_small_new(bits));
        r = es_binary_op(ES_BOP_OR, r, part);
    }
    return r;
}
static ES_FUN_1(fun_getrandbits, random_getrandbits);

static long long int_arg(es_val_t v, int pos) {
    long long ll;
    if (!es_is_int(v)) {
        es_raise_fmt(&es_type_ValueError,
            ES_ERR("non-integer arg %d for randrange()"), pos);
    }
    if (!es_int_get_ll(v, &ll)) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("randrange() range too large"));
    }
    return ll;
}

// randrange(stop), randrange(start, stop[, step]).
static es_val_t randrange(long long start, long long stop, long long step,
    int n_args) {
    if (step == 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("zero step for randrange()"));
    }
    long long width = stop - start, n;
    n = step > 0 ? (width + step - 1) / step : (width + step + 1) / step;
    if (n <= 0) {
        if (n_args == 2) {
            es_raise_fmt(&es_type_ValueError, ES_ERR("empty range for "
                "randrange() (%ld, %ld, %ld)"), (long)start, (long)stop,
                (long)width);
        }
        es_raise_msg(&es_type_ValueError,
            ES_ERR("empty range for randrange()"));
    }
    return es_int_from_ll(start + step * (long long)below((uint64_t)n));
}

static es_val_t random_randrange(size_t n_args, const es_val_t *args) {
    long long a = int_arg(args[0], 1);
    if (n_args == 1) {
        return randrange(0, a, 1, 1);
    }
    long long b = int_arg(args[1], 2);
    return randrange(a, b, n_args > 2 ? int_arg(args[2], 3) : 1,
        (int)n_args);
}
static ES_FUN_VAR(fun_randrange, 1, 3, random_randrange);

static es_val_t random_randint(es_val_t a, es_val_t b) {
    return randrange(int_arg(a, 1), int_arg(b, 2) + 1, 1, 2);
}
static ES_FUN_2(fun_randint, random_randint);

// A float in [0, 1) from 53 random bits.
static double random01(void) {
    uint32_t a = next32() >> 5, b = next32() >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

static es_val_t random_random(void) {
    return es_float_new(random01());
}
static ES_FUN_0(fun_random, random_random);

static es_val_t random_uniform(es_val_t a, es_val_t b) {
    double lo = es_float_of(a), hi = es_float_of(b);
    return es_float_new(lo + (hi - lo) * random01());
}
static ES_FUN_2(fun_uniform, random_uniform);

static es_val_t random_choice(es_val_t seq) {
    size_t n = es_len(seq);
    if (n == 0) {
        es_raise_msg(&es_type_IndexError,
            ES_ERR("Cannot choose from an empty sequence"));
    }
    return es_subscr_load(seq, es_int_from((es_int_t)below(n)));
}
static ES_FUN_1(fun_choice, random_choice);

// shuffle(x): Fisher-Yates in place through item access.
static es_val_t random_shuffle(es_val_t x) {
    for (size_t i = es_len(x); i > 1; i--) {
        es_val_t a = es_int_from((es_int_t)(i - 1));
        es_val_t b = es_int_from((es_int_t)below(i));
        es_val_t va = es_subscr_load(x, a), vb = es_subscr_load(x, b);
        es_subscr_store(x, a, vb);
        es_subscr_store(x, b, va);
    }
    return ES_NONE;
}
static ES_FUN_1(fun_shuffle, random_shuffle);

static const es_map_elem_t random_table[] = {
    {ES_QV(__name__), ES_QV(random)},
    {ES_QV(seed), ES_PTR(&fun_seed)},
    {ES_QV(getrandbits), ES_PTR(&fun_getrandbits)},
    {ES_QV(randrange), ES_PTR(&fun_randrange)},
    {ES_QV(randint), ES_PTR(&fun_randint)},
    {ES_QV(random), ES_PTR(&fun_random)},
    {ES_QV(uniform), ES_PTR(&fun_uniform)},
    {ES_QV(choice), ES_PTR(&fun_choice)},
    {ES_QV(shuffle), ES_PTR(&fun_shuffle)},
};
static ES_CONST_DICT(random_dict, random_table);

const es_module_t es_module_random = {{&es_type_module}, ES_PTR(&random_dict)};
