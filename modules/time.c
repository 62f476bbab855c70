// SPDX-License-Identifier: MIT
// The time module (also `utime`), as on MicroPython's ESP8266 port: time,
// time_ns, sleep, sleep_ms, sleep_us, the wrapping ticks_* counters
// (period 2**30) and ticks_add/ticks_diff, and gmtime/localtime/mktime
// over 8-tuples with the 2000-01-01 epoch (no time zones: both are UTC).
#include "exc.h"
#include "float.h"
#include "fun.h"
#include "hal/pin.h"
#include "int.h"
#include "intern.h"
#include "map.h"
#include "module.h"
#include "port.h"
#include "runtime.h"
#include "calendar.h"
#include "tuple.h"

#define TICKS_PERIOD ((es_int_t)1 << 30)
#define TICKS_MAX (TICKS_PERIOD - 1)
#define TICKS_HALF (TICKS_PERIOD / 2)

// time(): whole seconds since 2000 (an int, as on the ESP8266).
static es_val_t time_time(void) {
    int64_t ns = port_time_ns();
    return es_int_from_ll(ns >= 0 ? ns / 1000000000 : -((-ns + 999999999)
        / 1000000000));
}
static ES_FUN_0(fun_time, time_time);

static es_val_t time_time_ns(void) {
    return es_int_from_ll(port_time_ns());
}
static ES_FUN_0(fun_time_ns, time_time_ns);

// A sleep of [us] microseconds (none when not positive). Above 2^63 ns,
// CPython's bound (292 years), OverflowError: beyond it the count would not
// fit port_sleep_us's uint64_t (undefined behaviour) nor the host's clock.
static void sleep_us(double us) {
    if (us >= 9223372036854775.807) { // also inf
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("timestamp out of range for platform time_t"));
    }
    if (us > 0) {
        port_sleep_us((uint64_t)us);
    }
}

// sleep(seconds): an int or a float.
static es_val_t time_sleep(es_val_t s) {
    double d = es_float_of(s);
    if (d != d) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("Invalid value NaN (not a number)"));
    }
    if (d < 0) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("sleep length must be non-negative"));
    }
    sleep_us(d * 1e6);
    return ES_NONE;
}
static ES_FUN_1(fun_sleep, time_sleep);

static es_val_t time_sleep_ms(es_val_t ms) {
    sleep_us((double)es_get_int(ms) * 1e3);
    return ES_NONE;
}
static ES_FUN_1(fun_sleep_ms, time_sleep_ms);

static es_val_t time_sleep_us(es_val_t us) {
    sleep_us((double)es_get_int(us));
    return ES_NONE;
}
static ES_FUN_1(fun_sleep_us, time_sleep_us);

static es_val_t ticks(uint64_t v) {
    return es_small_new((es_int_t)(v & (uint64_t)TICKS_MAX));
}

static es_val_t time_ticks_ms(void) {
    return ticks(port_time_us() / 1000);
}
static ES_FUN_0(fun_ticks_ms, time_ticks_ms);

static es_val_t time_ticks_us(void) {
    return ticks(port_time_us());
}
static ES_FUN_0(fun_ticks_us, time_ticks_us);

// ticks_cpu: the CPU's cycles (the chip's CCOUNT), here the us times the
// clock in MHz (hal/pin.h: 80 or 160 after machine.freq).
static es_val_t time_ticks_cpu(void) {
    return ticks(port_time_us() * (hal_cpu_freq() / 1000000u));
}
static ES_FUN_0(fun_ticks_cpu, time_ticks_cpu);

// ticks_add(ticks, delta): |delta| below a half period, so that
// ticks_diff(ticks_add(t, d), t) == d and ticks_diff(t, ticks_add(t, d))
// == -d both hold (MicroPython's rule).
static es_val_t time_ticks_add(es_val_t t, es_val_t delta) {
    es_int_t d = es_get_int(delta);
    if (d <= -TICKS_HALF || d >= TICKS_HALF) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("ticks interval overflow"));
    }
    return es_small_new((es_get_int(t) + d) & TICKS_MAX);
}
static ES_FUN_2(fun_ticks_add, time_ticks_add);

// ticks_diff(end, start): signed, in [-2**29, 2**29).
static es_val_t time_ticks_diff(es_val_t end, es_val_t start) {
    es_int_t d = ((es_get_int(end) - es_get_int(start) + TICKS_HALF)
        & TICKS_MAX) - TICKS_HALF;
    return es_small_new(d);
}
static ES_FUN_2(fun_ticks_diff, time_ticks_diff);

// --- calendar (proleptic Gregorian), days counted from 2000-01-01

static long long floordiv(long long a, long long b) {
    long long q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Days from 2000-01-01 to y-m-d (m 1..12).
static long long days_from_civil(long long y, int m, long long d) {
    y -= m <= 2;
    long long era = floordiv(y, 400);
    long long yoe = y - era * 400;
    long long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 730425; // 730425: 0000-03-01 to 2000-01-01
}

// gmtime(secs=None) / localtime(secs=None): (year, month, mday, hour,
// minute, second, weekday 0=Monday, yearday 1..366).
static es_val_t time_gmtime(size_t n_args, const es_val_t *args) {
    long long t;
    if (n_args == 0 || args[0] == ES_NONE) {
        t = es_get_int(time_time());
    } else if (!es_is_int(args[0])) {
        t = es_get_int(es_float_to_int(es_float_of(args[0])));
    } else if (!es_int_get_ll(args[0], &t)) {
        es_raise_msg(&es_type_OverflowError, ES_ERR("timestamp out of range"));
    }
    return es_time_gmtime(t);
}
static ES_FUN_VAR(fun_gmtime, 0, 1, time_gmtime);

es_val_t es_time_gmtime(long long t) {
    long long days = floordiv(t, 86400), secs = t - days * 86400;
    long long z = days + 730425, era = floordiv(z, 146097);
    long long doe = z - era * 146097;
    long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long long mp = (5 * doy + 2) / 153;
    long long d = doy - (153 * mp + 2) / 5 + 1;
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    long long y = yoe + era * 400 + (m <= 2);
    long long yday = days - days_from_civil(y, 1, 1) + 1;
    long long wday = ((days + 5) % 7 + 7) % 7; // 2000-01-01 was a Saturday
    es_val_t items[8] = {es_int_from_ll(y), es_small_new(m),
        es_small_new((es_int_t)d), es_small_new((es_int_t)(secs / 3600)),
        es_small_new((es_int_t)(secs / 60 % 60)),
        es_small_new((es_int_t)(secs % 60)), es_small_new((es_int_t)wday),
        es_small_new((es_int_t)yday)};
    return es_tuple_new(8, items);
}

// mktime((year, month, mday, hour, minute, second, ...)): seconds since
// 2000; out-of-range fields carry over as in MicroPython.
static es_val_t time_mktime(es_val_t tuple) {
    size_t n;
    es_val_t *it;
    if (!es_is_type(tuple, &es_type_tuple)) {
        es_raise_msg(&es_type_TypeError, ES_ERR("mktime needs a tuple"));
    }
    es_tuple_get(tuple, &n, &it);
    if (n < 6 || n > 9) {
        es_raise_msg(&es_type_TypeError,
            ES_ERR("mktime needs a tuple of length 8 or 9"));
    }
    return es_int_from_ll(es_time_mktime(it));
}
static ES_FUN_1(fun_mktime, time_mktime);

// Each field within +-2**31: the sum then stays far inside 64 bits.
long long es_time_mktime(const es_val_t *it) {
    long long f[6];
    for (int i = 0; i < 6; i++) {
        f[i] = es_get_int(it[i]);
        if (f[i] > INT32_MAX || f[i] < -INT32_MAX) {
            es_raise_msg(&es_type_OverflowError,
                ES_ERR("timestamp out of range"));
        }
    }
    long long y = f[0], m = f[1] - 1;
    y += floordiv(m, 12);
    m -= floordiv(m, 12) * 12;
    long long days = days_from_civil(y, (int)m + 1, 1) + f[2] - 1;
    return days * 86400 + f[3] * 3600 + f[4] * 60 + f[5];
}

static const es_map_elem_t time_table[] = {
    {ES_QV(__name__), ES_QV(time)},
    {ES_QV(time), ES_PTR(&fun_time)},
    {ES_QV(time_ns), ES_PTR(&fun_time_ns)},
    {ES_QV(sleep), ES_PTR(&fun_sleep)},
    {ES_QV(sleep_ms), ES_PTR(&fun_sleep_ms)},
    {ES_QV(sleep_us), ES_PTR(&fun_sleep_us)},
    {ES_QV(ticks_ms), ES_PTR(&fun_ticks_ms)},
    {ES_QV(ticks_us), ES_PTR(&fun_ticks_us)},
    {ES_QV(ticks_cpu), ES_PTR(&fun_ticks_cpu)},
    {ES_QV(ticks_add), ES_PTR(&fun_ticks_add)},
    {ES_QV(ticks_diff), ES_PTR(&fun_ticks_diff)},
    {ES_QV(gmtime), ES_PTR(&fun_gmtime)},
    {ES_QV(localtime), ES_PTR(&fun_gmtime)},
    {ES_QV(mktime), ES_PTR(&fun_mktime)},
};
static ES_CONST_DICT(time_dict, time_table);

const es_module_t es_module_time = {{&es_type_module}, ES_PTR(&time_dict)};
