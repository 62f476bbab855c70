// SPDX-License-Identifier: MIT
// machine.RTC on the board, as the reference's ESP8266 port has it
// (datetime, memory, alarm, alarm_left, irq, ALARM0), plus calibrate, and
// the time of day it keeps over the RTC block (hal/rtc.h) for time.time().
// The chip's RTC counter wraps every 7 h 46 min; the reference notices a
// wrap only when the time is read, so a program that does not read it for
// longer loses whole wraps. Here the port reads it every minute
// (hal_rtc_check), and the time is kept as a base that moves on each
// read: base_us at base_ticks, plus whole ticks since then times the
// period (cal), with the fraction of a us carried, so nothing is lost.
// All of it is in the RTC memory, kept across resets and deep sleep.
#include "builtins.h"
#include "bytes.h"
#include "calendar.h"
#include "exc.h"
#include "fun.h"
#include "hal/rtc.h"
#include "int.h"
#include "intern.h"
#include "machine.h"
#include "map.h"
#include "runtime.h"
#include "seq.h"
#include "tuple.h"

// The RTC memory's words: espy's own from 56, the user's from 68 (at most
// 124 words less the length word: 492 bytes, as the reference).
enum {
    W_BASE_US = 56,   // 2 words: the time of day (us since 2000) ...
    W_BASE_TICKS = 58, // ... at this count of the RTC
    W_BASE_FRAC = 59, // the fraction of a us carried, Q20
    W_CAL = 60,       // the period in use, us per tick in Q20
    W_SET_US = 61,    // 2 words: the time calibrate() last set
    W_SET = 63,       // 1 when W_SET_US holds it
    W_MAGIC = 67,     // MAGIC once the words above are set up
    W_LEN = 68,       // the user memory's length in bytes
    W_DATA = 69,
};
#define MAGIC 0x65737079u // "espy"
#define USER_MAX ((HAL_RTC_WORDS - W_DATA) * 4)
#define US_PER_S 1000000
#define CALIBRATE_MIN_US (60LL * US_PER_S) // calibrate's shortest span

// ALARM0: when it expires (us since 2000, 0: not set) and whether it
// wakes the chip from deep sleep (machine.DEEPSLEEP). Lost at each start.
static int64_t alarm_us;
static bool alarm_wakes;

static uint32_t word(unsigned at) {
    uint32_t w;
    hal_rtc_mem_read(at, &w, 1);
    return w;
}

static void set_word(unsigned at, uint32_t w) {
    hal_rtc_mem_write(at, &w, 1);
}

static int64_t word64(unsigned at) {
    uint32_t w[2];
    hal_rtc_mem_read(at, w, 2);
    return (int64_t)((uint64_t)w[1] << 32 | w[0]);
}

static void set_word64(unsigned at, int64_t v) {
    uint32_t w[2] = {(uint32_t)v, (uint32_t)((uint64_t)v >> 32)};
    hal_rtc_mem_write(at, w, 2);
}

// The time of day in us since 2000; the base moves to now.
int64_t hal_rtc_now_us(void) {
    uint32_t ticks = hal_rtc_ticks();
    uint64_t q = (uint64_t)(uint32_t)(ticks - word(W_BASE_TICKS))
        * word(W_CAL) + word(W_BASE_FRAC);
    int64_t us = word64(W_BASE_US) + (int64_t)(q >> 20);
    set_word64(W_BASE_US, us);
    set_word(W_BASE_TICKS, ticks);
    set_word(W_BASE_FRAC, (uint32_t)(q & 0xfffff));
    return us;
}

static void set_time(int64_t us) {
    hal_rtc_now_us();
    set_word64(W_BASE_US, us);
    set_word(W_BASE_FRAC, 0);
}

void hal_rtc_boot(void) {
    if (word(W_MAGIC) != MAGIC) { // power-on: the memory is lost
        for (unsigned w = W_BASE_US; w < W_DATA; w++) {
            set_word(w, 0);
        }
        set_word(W_CAL, hal_rtc_cal() << 8);
        set_word(W_MAGIC, MAGIC);
    }
    set_word(W_BASE_TICKS, hal_rtc_ticks()); // the counter began again
    alarm_us = 0;
    alarm_wakes = false;
}

void hal_rtc_check(void) {
    hal_rtc_now_us();
}

uint32_t machine_rtc_prepare(uint64_t us) {
    int64_t now = hal_rtc_now_us();
    set_word64(W_BASE_US, now + (int64_t)us);
    uint64_t own = us * ((uint64_t)hal_rtc_cal() << 8) / word(W_CAL);
    return own > 0xffffffffu ? 0xffffffffu : (uint32_t)own;
}

uint64_t machine_rtc_alarm_sleep(void) {
    if (!alarm_wakes) {
        return 0;
    }
    int64_t left = alarm_us - hal_rtc_now_us();
    return left > 0 ? (uint64_t)left : 1;
}

// --- RTC()

extern const es_type_t machine_rtc_type;
static const es_obj_t rtc_obj = {&machine_rtc_type};

static es_val_t rtc_make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    (void)args;
    es_check_nargs(type->name, n_args, 0, 0, n_kw, false);
    return es_val(&rtc_obj);
}

// A datetime 8-tuple (year, month, day, weekday, hours, minutes, seconds,
// ms) as us since 2000; the weekday is ignored, as on the reference.
static int64_t datetime_us(es_val_t dt) {
    size_t n;
    es_val_t *it = es_seq_collect(dt, &n);
    if (n != 8) {
        es_raise_fmt(&es_type_ValueError,
            ES_ERR("requested length %d but object has length %d"), 8, (int)n);
    }
    es_val_t ymdhms[6] = {it[0], it[1], it[2], it[4], it[5], it[6]};
    long long s = es_time_mktime(ymdhms), ms = es_get_int(it[7]);
    if (s > (1LL << 42) || s < -(1LL << 42)) {
        es_raise_msg(&es_type_OverflowError,
            ES_ERR("timestamp out of range"));
    }
    return (int64_t)s * US_PER_S + (int64_t)ms * 1000;
}

static int64_t floor_div(int64_t a, int64_t b) {
    int64_t q = a / b;
    return a % b != 0 && (a < 0) != (b < 0) ? q - 1 : q;
}

static es_val_t rtc_datetime(size_t n_args, const es_val_t *args) {
    if (n_args == 2) {
        set_time(datetime_us(args[1]));
        set_word(W_SET, 0); // calibrate() starts over from its next setting
        return ES_NONE;
    }
    int64_t ms = floor_div(hal_rtc_now_us(), 1000), s = floor_div(ms, 1000);
    size_t n;
    es_val_t *t;
    es_tuple_get(es_time_gmtime((long long)s), &n, &t);
    es_val_t dt[8] = {t[0], t[1], t[2], t[6], t[3], t[4], t[5],
        es_small_new((es_int_t)(ms - s * 1000))};
    return es_tuple_new(8, dt);
}
static ES_FUN_VAR(fun_datetime, 1, 2, rtc_datetime);

// calibrate(datetime): set the time to [datetime], the true time (from
// NTP, say); when calibrate() last set it at least a minute ago, the
// period in use is first scaled by how far the RTC went against the true
// time since then. Returns the oscillator's drift now corrected, in ppm
// (positive: it runs fast). docs/board.md.
static es_val_t rtc_calibrate(es_val_t self, es_val_t dt) {
    (void)self;
    int64_t t = datetime_us(dt), now = hal_rtc_now_us();
    int64_t set = word64(W_SET_US), counted = now - set, passed = t - set;
    if (word(W_SET) == 1 && counted >= CALIBRATE_MIN_US && passed > 0) {
        double cal = (double)word(W_CAL) * (double)passed / (double)counted;
        if (cal >= 1.0 && cal < 4294967295.0) {
            set_word(W_CAL, (uint32_t)(cal + 0.5));
        }
    }
    set_time(t);
    set_word64(W_SET_US, t);
    set_word(W_SET, 1);
    double ratio = (double)((uint64_t)hal_rtc_cal() << 8) / word(W_CAL);
    double ppm = (ratio - 1.0) * 1e6;
    return es_int_from_ll((long long)(ppm < 0 ? ppm - 0.5 : ppm + 0.5));
}
static ES_FUN_2(fun_calibrate, rtc_calibrate);

// memory([bytes]): the user's RTC memory, kept across deep sleep, resets
// and soft resets, empty after power-on.
static es_val_t rtc_memory(size_t n_args, const es_val_t *args) {
    uint32_t words[HAL_RTC_WORDS - W_DATA];
    if (n_args == 1) {
        uint32_t len = word(W_LEN);
        len = len > USER_MAX ? USER_MAX : len;
        hal_rtc_mem_read(W_DATA, words, (len + 3) / 4);
        return es_bytes_new((const uint8_t *)words, len);
    }
    size_t len;
    const uint8_t *data = es_bytes_need(args[1], &len);
    if (len > USER_MAX) {
        es_raise_msg(&es_type_ValueError, ES_ERR("buffer too long"));
    }
    uint8_t *bytes = (uint8_t *)words;
    for (size_t i = 0; i < len; i++) {
        bytes[i] = data[i];
    }
    for (size_t i = len; i % 4 != 0; i++) {
        bytes[i] = 0;
    }
    hal_rtc_mem_write(W_DATA, words, (unsigned)(len + 3) / 4);
    set_word(W_LEN, (uint32_t)len);
    return ES_NONE;
}
static ES_FUN_VAR(fun_memory, 1, 2, rtc_memory);

static void check_alarm(es_val_t id) {
    if (es_get_int(id) != 0) {
        es_raise_msg(&es_type_ValueError, ES_ERR("invalid alarm"));
    }
}

// alarm(RTC.ALARM0, ms): ALARM0 expires [ms] from now.
static es_val_t rtc_alarm(es_val_t self, es_val_t id, es_val_t ms) {
    (void)self;
    check_alarm(id);
    long long n;
    if (!es_int_get_ll(ms, &n) || n > (1LL << 40) || n < -(1LL << 40)) {
        es_raise_msg(&es_type_OverflowError, ES_ERR("alarm out of range"));
    }
    alarm_us = hal_rtc_now_us() + (int64_t)n * 1000;
    return ES_NONE;
}
static ES_FUN_3(fun_alarm, rtc_alarm);

// alarm_left([RTC.ALARM0]): ms until ALARM0 expires, 0 once it has.
static es_val_t rtc_alarm_left(size_t n_args, const es_val_t *args) {
    if (n_args > 1) {
        check_alarm(args[1]);
    }
    int64_t left = alarm_us - hal_rtc_now_us();
    return es_int_from_ll(left > 0 ? (long long)(left / 1000) : 0);
}
static ES_FUN_VAR(fun_alarm_left, 1, 2, rtc_alarm_left);

// irq(*, trigger=RTC.ALARM0, wake=0): wake=machine.DEEPSLEEP has ALARM0
// end a deep sleep (machine.deepsleep).
static es_val_t rtc_irq(size_t n_args, size_t n_kw, const es_val_t *args) {
    static const es_qstr_t names[] = {ES_Q(trigger), ES_Q(wake)};
    es_val_t a[2];
    es_check_nargs(ES_Q(irq), n_args, 1, 1, 0, false);
    es_builtins_get_kw(ES_Q(irq), n_args, n_kw, args, 2, names, a);
    if (a[0] != ES_NULL) {
        check_alarm(a[0]);
    }
    alarm_wakes = a[1] != ES_NULL
        && (es_get_int(a[1]) & MACHINE_WAKE_DEEPSLEEP) != 0;
    return ES_NONE;
}
static ES_FUN_KW(fun_irq, 1, 1, rtc_irq);

static const es_map_elem_t rtc_locals_table[] = {
    {ES_QV(datetime), ES_PTR(&fun_datetime)},
    {ES_QV(memory), ES_PTR(&fun_memory)},
    {ES_QV(alarm), ES_PTR(&fun_alarm)},
    {ES_QV(alarm_left), ES_PTR(&fun_alarm_left)},
    {ES_QV(irq), ES_PTR(&fun_irq)},
    {ES_QV(calibrate), ES_PTR(&fun_calibrate)},
    {ES_QV(ALARM0), ES_SMALL(0)},
};
static ES_CONST_DICT(rtc_locals, rtc_locals_table);

const es_type_t machine_rtc_type = {
    .base = {&es_type_type},
    .name = ES_Q(RTC),
    .parent = &es_type_object,
    .make_new = rtc_make,
    .locals = ES_PTR(&rtc_locals),
};
