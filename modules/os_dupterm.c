// SPDX-License-Identifier: MIT
// os.dupterm and os.dupterm_notify, as the reference's ESP8266 port has
// them: two slots (0 for WebREPL, 1 for UART0). In board mode slot 1 holds
// the UART0 object from each start (es_dupterm_board); taking it out
// (os.dupterm(None, 1)) detaches the REPL from UART0: its output is no
// longer sent there and UART0's input no longer reaches it. The console's
// output goes to every stream in a slot (es_dupterm_tx); a stream's input
// reaches the console only through os.dupterm_notify(), which reads what
// the streams have into the console's input queue (es_dupterm_rx), as the
// reference's stdin ring. A stream whose write() or read fails is taken
// out with the reference's message.
#include <string.h>

#include "bytes.h"
#include "exc.h"
#include "fun.h"
#include "intern.h"
#include "module.h"
#include "nlr.h"
#include "os_dupterm.h"
#include "print.h"
#include "runtime.h"
#include "state.h"

#define QUEUE_MAX 256 // the reference's stdin ring

// The UART0 object in slot 1 (espy has no machine.UART yet: this one only
// names UART0, prints as the reference's does and can be put back).
static void uart0_print(const es_print_t *p, es_val_t self,
    es_print_kind_t kind) {
    ES_UNUSED(self);
    ES_UNUSED(kind);
    es_print_cstr(p, "UART(0, baudrate=115200, bits=8, parity=None, "
        "stop=1, rxbuf=15, timeout=0, timeout_char=1)");
}

static const es_type_t uart0_type = {
    .base = {&es_type_type},
    .name = ES_Q(UART),
    .parent = &es_type_object,
    .print = uart0_print,
};
static const es_obj_t uart0_obj = {&uart0_type};
#define UART0 es_val(&uart0_obj)

void es_dupterm_board(void) {
    es_g.dupterm_board = true;
    es_g.dupterm[1] = UART0;
}

bool es_dupterm_uart0(void) {
    return !es_g.dupterm_board || es_g.dupterm[0] == UART0
        || es_g.dupterm[1] == UART0;
}

static bool is_stream(es_val_t s) {
    return s != ES_NULL && s != UART0;
}

// Take slot [i]'s stream out: [msg] and the exception [exc] (if any) on
// stdout, then the stream's close(), whose errors are ignored.
static void deactivate(size_t i, const char *msg, es_val_t exc) {
    es_val_t s = es_g.dupterm[i];
    es_g.dupterm[i] = ES_NULL;
    es_print_cstr(&es_print_stdout, msg);
    if (exc != ES_NULL) {
        es_exc_print(&es_print_stdout, exc);
    }
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_val_t m[2];
        es_load_method_maybe(s, ES_Q(close), m);
        if (m[0] != ES_NULL) {
            es_call_method(0, 0, m);
        }
        es_nlr_pop();
    }
}

// A copy of [n] bytes at [s] to slot [i]'s stream: its write(bytearray).
static void tx_slot(size_t i, const char *s, size_t n) {
    es_g.dupterm_busy = true;
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) == 0) {
        es_val_t m[3];
        es_load_method(es_g.dupterm[i], ES_Q(write), m);
        m[2] = es_bytearray_new(s, n);
        es_call_method(1, 0, m);
        es_nlr_pop();
        es_g.dupterm_busy = false;
    } else {
        es_g.dupterm_busy = false;
        deactivate(i, "dupterm: Exception in write() method, "
            "deactivating: ", buf.value);
    }
}

void es_dupterm_tx(const char *s, size_t n) {
    if (es_g.dupterm_busy) { // a stream's write() printing
        return;
    }
    for (size_t i = 0; i < 2; i++) {
        if (is_stream(es_g.dupterm[i])) {
            tx_slot(i, s, n);
        }
    }
}

// The next byte of stream [s] (readinto of one byte, else read(1)):
// 0..255; -1 when it has none now (None); -2 at its end. May raise.
static int read_byte(es_val_t s) {
    es_val_t m[3], b = ES_NULL;
    es_load_method_maybe(s, ES_Q(readinto), m);
    if (m[0] != ES_NULL) {
        m[2] = b = es_bytearray_new(NULL, 1);
    } else {
        es_load_method(s, ES_Q(read), m);
        m[2] = es_small_new(1);
    }
    es_val_t r = es_call_method(1, 0, m);
    if (r == ES_NONE) {
        return -1;
    }
    const uint8_t *d = NULL;
    size_t n = 0;
    if (b == ES_NULL) {
        es_bytes_get(r, &d, &n); // not bytes-like: as the end
    } else if (es_get_int(r) > 0) {
        es_bytes_get(b, &d, &n);
    }
    return n == 0 ? -2 : d[0];
}

// The next byte of slot [i]'s stream, as read_byte; a stream that ended or
// failed is taken out (-2).
static int read_one(size_t i) {
    es_nlr_buf_t buf;
    if (es_nlr_push(&buf) != 0) {
        deactivate(i, "dupterm: Exception in read() method, deactivating: ",
            buf.value);
        return -2;
    }
    int c = read_byte(es_g.dupterm[i]);
    es_nlr_pop();
    if (c == -2) {
        deactivate(i, "dupterm: EOF received, deactivating\n", ES_NULL);
    }
    return c;
}

// The queue's waiting bytes (es_g.dupterm_in from dupterm_in_pos).
static size_t queued(const uint8_t **d) {
    size_t n = 0;
    *d = NULL;
    if (es_g.dupterm_in != ES_NULL) {
        es_bytes_get(es_g.dupterm_in, d, &n);
    }
    return es_g.dupterm_in != ES_NULL ? n - es_g.dupterm_in_pos : 0;
}

int es_dupterm_rx(void) {
    const uint8_t *d;
    if (queued(&d) == 0) {
        es_g.dupterm_in = ES_NULL; // the queue is done with
        es_g.dupterm_in_pos = 0;
        return -1;
    }
    return d[es_g.dupterm_in_pos++];
}

bool es_dupterm_rx_any(void) {
    const uint8_t *d;
    return queued(&d) != 0;
}

// dupterm_notify(obj): the bytes the slots' streams have now (at most
// the queue's 256) into the console's input; the interrupt character
// among them makes a KeyboardInterrupt pending and ends the reading.
static es_val_t os_dupterm_notify(es_val_t obj) {
    ES_UNUSED(obj);
    uint8_t got[QUEUE_MAX];
    const uint8_t *d;
    size_t old = queued(&d), n = 0;
    while (old + n < QUEUE_MAX) {
        int c = -1;
        for (size_t i = 0; i < 2 && c < 0; i++) {
            if (is_stream(es_g.dupterm[i])) {
                c = read_one(i);
            }
        }
        if (c < 0) {
            break;
        }
        if (c == es_g.intr_char) {
            es_g.pending_exc = (es_val_t)&es_type_KeyboardInterrupt;
            es_g.pending = 1;
            break;
        }
        got[n++] = (uint8_t)c;
    }
    if (n != 0) {
        es_val_t q = es_bytes_new(NULL, old + n);
        uint8_t *w = ((es_bytes_t *)q)->data;
        if (old != 0) {
            memcpy(w, d + es_g.dupterm_in_pos, old);
        }
        memcpy(w + old, got, n);
        es_g.dupterm_in = q;
        es_g.dupterm_in_pos = 0;
    }
    return ES_NONE;
}
ES_FUN_1(es_os_dupterm_notify_obj, os_dupterm_notify);

// dupterm(obj, idx=0): put a stream (or None) into slot idx; the slot's
// previous object, or None.
static es_val_t os_dupterm(size_t n_args, const es_val_t *args) {
    es_int_t idx = n_args > 1 ? es_get_int(args[1]) : 0;
    if (idx < 0 || idx > 1) {
        es_raise_msg(&es_type_ValueError, ES_ERR("invalid dupterm index"));
    }
    es_val_t prev = es_g.dupterm[idx];
    es_val_t s = args[0];
    if (s != ES_NONE && s != UART0) {
        es_val_t w[2], r[2];
        es_load_method_maybe(s, ES_Q(write), w);
        es_load_method_maybe(s, ES_Q(readinto), r);
        if (r[0] == ES_NULL) {
            es_load_method_maybe(s, ES_Q(read), r);
        }
        if (w[0] == ES_NULL || r[0] == ES_NULL) {
            es_raise_msg(&es_type_OSError,
                ES_ERR("stream operation not supported"));
        }
    }
    es_g.dupterm[idx] = s == ES_NONE ? ES_NULL : s;
    return prev == ES_NULL ? ES_NONE : prev;
}
ES_FUN_VAR(es_os_dupterm_obj, 1, 2, os_dupterm);
