// SPDX-License-Identifier: MIT
// The machine module. Everywhere (as MicroPython's unix port): PinBase
// (pins written in Python: a subclass's value() is the pin), Signal,
// mem8/mem16/mem32 (the peripheral registers the board has: GPIO at
// 0x60000300..0x60000318) and time_pulse_us. On a board (hal/pin.h:
// the host's board mode, docs/board.md) also Pin (modules/machine_pin.c),
// ADC, freq, unique_id, idle, disable_irq and enable_irq, as the
// reference's ESP8266 port has them; elsewhere these names are absent.
#include "builtins.h"
#include "bytes.h"
#include "exc.h"
#include "frame.h"
#include "fun.h"
#include "gc.h"
#include "hal/pin.h"
#include "hal/timer.h"
#include "int.h"
#include "interp.h"
#include "intern.h"
#include "machine.h"
#include "map.h"
#include "module.h"
#include "nlr.h"
#include "port.h"
#include "print.h"
#include "runtime.h"
#include "state.h"

// --- pins as values: a machine.Pin directly, anything else by its value()

int machine_pin_read(es_val_t pin) {
    if (es_type_of(pin) == &machine_pin_type) {
        return hal_pin_get(machine_pin_gpio(pin));
    }
    es_val_t m[2];
    es_load_method(pin, ES_Q(value), m);
    return (int)es_get_int(es_call_method(0, 0, m));
}

void machine_pin_write(es_val_t pin, int v) {
    if (es_type_of(pin) == &machine_pin_type) {
        hal_pin_set(machine_pin_gpio(pin), v);
        return;
    }
    es_val_t m[3];
    es_load_method(pin, ES_Q(value), m);
    m[2] = es_small_new(v);
    es_call_method(1, 0, m);
}

bool machine_call_hard(es_val_t f, es_val_t arg, const char *header) {
    es_nlr_buf_t buf;
    es_val_t volatile exc = ES_NULL;
    hal_alarm_hold(true); // handlers do not nest on the chip
    // The handler's frame: a collection frees the frame stack's spare
    // chunk (core/frame.c), and with the heap locked none can be made.
    // On the host handlers run at a VM poll or a pin write, where
    // allocating is safe; the chip's port will need a spare that
    // collections keep while hard handlers are set.
    es_frame_reserve();
    es_gc_lock();
    es_g.sched_locked++;
    if (es_nlr_push(&buf) == 0) {
        es_call(f, 1, 0, &arg);
        es_nlr_pop();
    } else {
        exc = buf.value;
    }
    es_g.sched_locked--;
    es_gc_unlock();
    hal_alarm_hold(false);
    if (exc != ES_NULL) { // printed with the heap unlocked
        if (header != NULL) {
            es_print_cstr(&es_print_stderr, header);
        }
        es_handle_uncaught(exc);
        es_g.pending = 1; // the board's clock moves at the VM's polls
    }
    return exc == ES_NULL;
}

// --- PinBase: no methods of its own; a subclass defines value().

extern const es_type_t machine_pinbase_type;

static es_val_t pinbase_make(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    (void)type;
    (void)n_args;
    (void)n_kw;
    (void)args;
    es_obj_t *o = es_gc_alloc(sizeof(es_obj_t), 0);
    o->type = &machine_pinbase_type;
    return es_val(o);
}

const es_type_t machine_pinbase_type = {
    .base = {&es_type_type},
    .name = ES_Q(PinBase),
    .flags = ES_TYPE_BASETYPE,
    .parent = &es_type_object,
    .make_new = pinbase_make,
};

// --- Signal(pin_or_args, *, invert=False): a pin with its sense inverted.

typedef struct signal {
    es_obj_t base;
    es_val_t pin;
    bool invert;
} signal_t;

extern const es_type_t machine_signal_type;

static es_val_t signal_make(const es_type_t *type, size_t n_args,
    size_t n_kw, const es_val_t *args) {
    (void)type;
    es_check_nargs(ES_Q(Signal), n_args, 1, ES_FUN_ARGS_MAX, 0, true);
    // invert is the Signal's; the rest, if any, build the Pin.
    es_val_t rest[2 * 8 + 8];
    size_t n_rest = 0;
    bool invert = false;
    for (size_t k = 0; k < n_kw; k++) {
        const es_val_t *kw = args + n_args + 2 * k;
        if (es_qstr_get(kw[0]) == ES_Q(invert)) {
            invert = es_truthy(kw[1]);
        } else if (n_rest < 8) {
            rest[n_args + 2 * n_rest] = kw[0];
            rest[n_args + 2 * n_rest + 1] = kw[1];
            n_rest++;
        } else {
            es_raise_msg(&es_type_TypeError, ES_ERR("too many arguments"));
        }
    }
    es_val_t pin = args[0];
    if (es_is_int(pin) || n_args > 1 || n_rest > 0) {
        if (n_args > 8) {
            es_raise_msg(&es_type_TypeError, ES_ERR("too many arguments"));
        }
        for (size_t i = 0; i < n_args; i++) {
            rest[i] = args[i];
        }
        pin = machine_pin_type.make_new(&machine_pin_type, n_args, n_rest,
            rest);
    }
    signal_t *s = es_gc_alloc(sizeof(signal_t), 0);
    s->base.type = &machine_signal_type;
    s->pin = pin;
    s->invert = invert;
    return es_val(s);
}

static es_val_t signal_value(size_t n_args, const es_val_t *args) {
    signal_t *s = (signal_t *)es_obj(args[0]);
    if (n_args == 1) {
        return es_small_new(machine_pin_read(s->pin) ^ s->invert);
    }
    machine_pin_write(s->pin, es_truthy(args[1]) ^ s->invert);
    return ES_NONE;
}
static ES_FUN_VAR(fun_signal_value, 1, 2, signal_value);

static es_val_t signal_call(es_val_t self, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_check_nargs(ES_Q(Signal), n_args, 0, 1, n_kw, false);
    es_val_t a[2] = {self, n_args ? args[0] : ES_NULL};
    return signal_value(n_args + 1, a);
}

static es_val_t signal_on(es_val_t self) {
    signal_t *s = (signal_t *)es_obj(self);
    machine_pin_write(s->pin, !s->invert);
    return ES_NONE;
}
static ES_FUN_1(fun_signal_on, signal_on);

static es_val_t signal_off(es_val_t self) {
    signal_t *s = (signal_t *)es_obj(self);
    machine_pin_write(s->pin, s->invert);
    return ES_NONE;
}
static ES_FUN_1(fun_signal_off, signal_off);

static const es_map_elem_t signal_locals_table[] = {
    {ES_QV(value), ES_PTR(&fun_signal_value)},
    {ES_QV(on), ES_PTR(&fun_signal_on)},
    {ES_QV(off), ES_PTR(&fun_signal_off)},
};
static ES_CONST_DICT(signal_locals, signal_locals_table);

const es_type_t machine_signal_type = {
    .base = {&es_type_type},
    .name = ES_Q(Signal),
    .flags = ES_TYPE_BASETYPE,
    .parent = &es_type_object,
    .make_new = signal_make,
    .call = signal_call,
    .locals = ES_PTR(&signal_locals),
};

// --- mem8, mem16, mem32: the registers of the board's peripherals.

typedef struct mem {
    es_obj_t base;
    uint32_t width; // words: read from flash on the chip
} mem_t;

// An int as a 32-bit word (addresses and register values wrap).
static uint32_t word_of(es_val_t v) {
    long long ll;
    if (!es_int_get_ll(v, &ll)) {
        ll = (long long)es_get_int(v); // TypeError or OverflowError
    }
    return (uint32_t)ll;
}

static uint32_t mem_addr(es_val_t index, unsigned width) {
    uint32_t addr = (uint32_t)word_of(index);
    if (addr & (width - 1)) {
        es_raise_fmt(&es_type_ValueError,
            ES_ERR("address %08x is not aligned to %d bytes"), (unsigned)addr,
            (int)width);
    }
    return addr;
}

static es_val_t mem_subscr(es_val_t self, es_val_t index, es_val_t value) {
    if (value == ES_NULL) {
        return ES_NULL;
    }
    unsigned width = ((mem_t *)es_obj(self))->width;
    uint32_t addr = mem_addr(index, width), word;
    unsigned shift = (addr & 3) * 8;
    uint32_t mask = width == 4 ? 0xffffffffu : ((1u << (8 * width)) - 1);
    if (!hal_reg_read(addr & ~3u, &word)) {
        es_raise_fmt(&es_type_ValueError,
            ES_ERR("address %08x is not mapped"), (unsigned)addr);
    }
    if (value == ES_STOP) {
        return es_int_from_ull((word >> shift) & mask);
    }
    uint32_t v = word_of(value);
    word = (word & ~(mask << shift)) | ((v & mask) << shift);
    hal_reg_write(addr & ~3u, word);
    return ES_NONE;
}

static void mem_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    (void)kind;
    es_printf(p, "<%u-bit memory>", 8u * ((mem_t *)es_obj(self))->width);
}

static const es_type_t mem_type = {
    .base = {&es_type_type},
    .name = ES_Q(mem),
    .parent = &es_type_object,
    .print = mem_print,
    .subscr = mem_subscr,
};

static const mem_t mem8 = {{&mem_type}, 1}, mem16 = {{&mem_type}, 2},
    mem32 = {{&mem_type}, 4};

// --- time_pulse_us(pin, level, timeout_us=1000000): as the reference,
// -2 when the pin never reached [level], -1 when the pulse outlasted the
// timeout. The VM's poll runs in the loop (the board's time moves on).

static es_val_t time_pulse_us(size_t n_args, const es_val_t *args) {
    int level = es_truthy(args[1]);
    uint32_t timeout = n_args > 2 ? (uint32_t)es_get_int(args[2]) : 1000000u;
    int changes = 2;
    uint32_t start = (uint32_t)port_time_us();
    for (;;) {
        uint32_t t = (uint32_t)port_time_us();
        if ((machine_pin_read(args[0]) != 0) == level) {
            level = 1 - level;
            if (--changes == 0) {
                return es_int_from_ull(t - start);
            }
            start = t;
        } else if (t - start >= timeout) {
            return es_small_new(-changes);
        }
        if (es_g.pending) {
            es_pending_poll(true);
        }
    }
}
static ES_FUN_VAR(fun_time_pulse_us, 2, 3, time_pulse_us);

// --- the board's functions

static es_val_t machine_freq(size_t n_args, const es_val_t *args) {
    if (n_args == 0) {
        return es_int_from((es_int_t)hal_cpu_freq());
    }
    es_int_t mhz = es_get_int(args[0]) / 1000000;
    if (mhz != 80 && mhz != 160) {
        es_raise_msg(&es_type_ValueError,
            ES_ERR("frequency can only be either 80Mhz or 160MHz"));
    }
    hal_cpu_set_freq((uint32_t)mhz * 1000000u);
    return ES_NONE;
}
static ES_FUN_VAR(fun_freq, 0, 1, machine_freq);

static es_val_t machine_unique_id(void) {
    uint32_t id = hal_chip_id();
    uint8_t b[4] = {(uint8_t)id, (uint8_t)(id >> 8), (uint8_t)(id >> 16),
        (uint8_t)(id >> 24)};
    return es_bytes_new(b, 4);
}
static ES_FUN_0(fun_unique_id, machine_unique_id);

static es_val_t machine_idle(void) {
    hal_idle();
    return ES_NONE;
}
static ES_FUN_0(fun_idle, machine_idle);

static es_val_t machine_disable_irq(void) {
    return es_small_new(hal_irq_disable());
}
static ES_FUN_0(fun_disable_irq, machine_disable_irq);

static es_val_t machine_enable_irq(es_val_t state) {
    hal_irq_restore(es_truthy(state));
    return ES_NONE;
}
static ES_FUN_1(fun_enable_irq, machine_enable_irq);

// ADC(0): the TOUT pin, 0..1024; ADC(1): the supply, in mV.
typedef struct adc {
    es_obj_t base;
    uint32_t id;
} adc_t;

extern const es_type_t machine_adc_type;
static const adc_t adcs[2] = {{{&machine_adc_type}, 0},
    {{&machine_adc_type}, 1}};

static es_val_t adc_make(const es_type_t *type, size_t n_args, size_t n_kw,
    const es_val_t *args) {
    es_check_nargs(type->name, n_args, 1, 1, n_kw, false);
    es_int_t id = es_get_int(args[0]);
    if (id != 0 && id != 1) {
        es_raise_fmt(&es_type_ValueError, ES_ERR("ADC(%d) doesn't exist"),
            (int)id);
    }
    return es_val(&adcs[id]);
}

static int adc_value(es_val_t self) {
    return ((adc_t *)es_obj(self))->id ? 3300 : hal_adc_read();
}

static es_val_t adc_read(es_val_t self) {
    return es_small_new(adc_value(self));
}
static ES_FUN_1(fun_adc_read, adc_read);

static es_val_t adc_read_u16(es_val_t self) {
    return es_small_new((es_int_t)adc_value(self) * 65535 / 1024);
}
static ES_FUN_1(fun_adc_read_u16, adc_read_u16);

static void adc_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    (void)kind;
    es_printf(p, "ADC(%u)", (unsigned)((adc_t *)es_obj(self))->id);
}

static const es_map_elem_t adc_locals_table[] = {
    {ES_QV(read), ES_PTR(&fun_adc_read)},
    {ES_QV(read_u16), ES_PTR(&fun_adc_read_u16)},
};
static ES_CONST_DICT(adc_locals, adc_locals_table);

const es_type_t machine_adc_type = {
    .base = {&es_type_type},
    .name = ES_Q(ADC),
    .parent = &es_type_object,
    .print = adc_print,
    .make_new = adc_make,
    .locals = ES_PTR(&adc_locals),
};

// The names only a board has, looked up by the module's __getattr__.
static const es_map_elem_t board_table[] = {
    {ES_QV(Pin), ES_PTR(&machine_pin_type)},
    {ES_QV(ADC), ES_PTR(&machine_adc_type)},
    {ES_QV(Timer), ES_PTR(&machine_timer_type)},
    {ES_QV(PWM), ES_PTR(&machine_pwm_type)},
    {ES_QV(freq), ES_PTR(&fun_freq)},
    {ES_QV(unique_id), ES_PTR(&fun_unique_id)},
    {ES_QV(idle), ES_PTR(&fun_idle)},
    {ES_QV(disable_irq), ES_PTR(&fun_disable_irq)},
    {ES_QV(enable_irq), ES_PTR(&fun_enable_irq)},
};
static ES_CONST_DICT(board_dict, board_table);

static es_val_t machine_getattr(es_val_t name) {
    es_qstr_t q = es_qstr_get(name);
    es_map_elem_t *e = hal_pin_board() ? es_map_lookup(
        (es_map_t *)&board_dict.map, name, ES_MAP_LOOKUP) : NULL;
    if (e == NULL && hal_pin_board()) { // RTC, WDT, resets, sleeps
        e = es_map_lookup((es_map_t *)&machine_reset_names.map, name,
            ES_MAP_LOOKUP);
    }
    if (e == NULL) {
        es_raise_fmt(&es_type_AttributeError,
            ES_ERR("module 'machine' has no attribute '%q'"), q);
    }
    return e->value;
}
static ES_FUN_1(fun_getattr, machine_getattr);

static const es_map_elem_t machine_table[] = {
    {ES_QV(__name__), ES_QV(machine)},
    {ES_QV(__getattr__), ES_PTR(&fun_getattr)},
    {ES_QV(PinBase), ES_PTR(&machine_pinbase_type)},
    {ES_QV(Signal), ES_PTR(&machine_signal_type)},
    {ES_QV(mem8), ES_PTR(&mem8)},
    {ES_QV(mem16), ES_PTR(&mem16)},
    {ES_QV(mem32), ES_PTR(&mem32)},
    {ES_QV(time_pulse_us), ES_PTR(&fun_time_pulse_us)},
};
static ES_CONST_DICT(machine_dict, machine_table);

const es_module_t es_module_machine = {{&es_type_module},
    ES_PTR(&machine_dict)};
