// SPDX-License-Identifier: MIT
// A QEMU TCG plugin (built for the host, loaded with -plugin) that catches
// what QEMU lets through and the ESP8266 does not: a byte or halfword load
// from flash (or a store there). On the chip flash reads only as aligned
// 32-bit words (docs/PORTING.md); QEMU's sim machine has plain RAM there.
// Each such access is counted by the address of its instruction and, when QEMU exits, one
// line "<pc> <count>" per instruction is appended to the file given by
// out=; tools/lx106-flashcheck.py runs the suite with it and names the functions.
// Arguments: lo=ADDR,hi=ADDR (the flash range, hex), out=FILE.
//
// QEMU's plugin header is not packaged by Debian: the few declarations
// below follow its documented C API (QEMU 7.2, plugin API version 1; its
// callbacks see reads only when registered for reads and writes).
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef uint64_t qemu_plugin_id_t;
typedef uint32_t qemu_plugin_meminfo_t;
struct qemu_plugin_tb;
struct qemu_plugin_insn;
typedef struct qemu_info_t qemu_info_t;
enum qemu_plugin_cb_flags { QEMU_PLUGIN_CB_NO_REGS };
enum qemu_plugin_mem_rw { QEMU_PLUGIN_MEM_RW = 3 };
typedef void (*qemu_plugin_vcpu_tb_trans_cb_t)(qemu_plugin_id_t id,
    struct qemu_plugin_tb *tb);
typedef void (*qemu_plugin_vcpu_mem_cb_t)(unsigned int vcpu,
    qemu_plugin_meminfo_t info, uint64_t vaddr, void *udata);
typedef void (*qemu_plugin_udata_cb_t)(qemu_plugin_id_t id, void *udata);

void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id,
    qemu_plugin_vcpu_tb_trans_cb_t cb);
size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
struct qemu_plugin_insn *qemu_plugin_tb_get_insn(
    const struct qemu_plugin_tb *tb, size_t idx);
uint64_t qemu_plugin_insn_vaddr(const struct qemu_plugin_insn *insn);
void qemu_plugin_register_vcpu_mem_cb(struct qemu_plugin_insn *insn,
    qemu_plugin_vcpu_mem_cb_t cb, enum qemu_plugin_cb_flags flags,
    enum qemu_plugin_mem_rw rw, void *udata);
unsigned int qemu_plugin_mem_size_shift(qemu_plugin_meminfo_t info);
bool qemu_plugin_mem_is_store(qemu_plugin_meminfo_t info);
void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id,
    qemu_plugin_udata_cb_t cb, void *udata);

__attribute__((visibility("default"))) int qemu_plugin_version = 1;

// Counts per instruction address: an open-addressed table (the guest has
// a few thousand load instructions at most).
#define SLOTS 8192
static struct {
    uint32_t pc;
    uint32_t count;
    uint32_t addr;
} table[SLOTS];
static uint64_t flash_lo, flash_hi;
static char *out_path;

static void count(uint32_t pc, uint32_t addr) {
    for (uint32_t i = (pc >> 1) % SLOTS, n = 0; n < SLOTS;
         i = (i + 1) % SLOTS, n++) {
        if (table[i].pc == pc || table[i].pc == 0) {
            table[i].pc = pc;
            table[i].count++;
            table[i].addr = addr;
            return;
        }
    }
}

static void on_load(unsigned int vcpu, qemu_plugin_meminfo_t info,
    uint64_t vaddr, void *udata) {
    (void)vcpu;
    if (vaddr >= flash_lo && vaddr < flash_hi
        && (qemu_plugin_mem_size_shift(info) < 2
            || qemu_plugin_mem_is_store(info))) {
        count((uint32_t)(uintptr_t)udata, (uint32_t)vaddr);
    }
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        uintptr_t pc = (uintptr_t)qemu_plugin_insn_vaddr(insn);
        qemu_plugin_register_vcpu_mem_cb(insn, on_load,
            QEMU_PLUGIN_CB_NO_REGS, QEMU_PLUGIN_MEM_RW, (void *)pc);
    }
}

static void at_exit(qemu_plugin_id_t id, void *udata) {
    (void)id;
    (void)udata;
    FILE *f = fopen(out_path, "a");
    if (f == NULL) {
        return;
    }
    for (size_t i = 0; i < SLOTS; i++) {
        if (table[i].pc != 0) {
            fprintf(f, "%08x %u %08x\n", (unsigned)table[i].pc,
                table[i].count, (unsigned)table[i].addr);
        }
    }
    fclose(f);
}

__attribute__((visibility("default"))) int qemu_plugin_install(
    qemu_plugin_id_t id, const qemu_info_t *info, int argc, char **argv) {
    (void)info;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "lo=", 3) == 0) {
            flash_lo = strtoull(argv[i] + 3, NULL, 16);
        } else if (strncmp(argv[i], "hi=", 3) == 0) {
            flash_hi = strtoull(argv[i] + 3, NULL, 16);
        } else if (strncmp(argv[i], "out=", 4) == 0) {
            out_path = argv[i] + 4;
        }
    }
    if (out_path == NULL || flash_hi <= flash_lo) {
        fprintf(stderr, "flashcheck: needs lo=, hi= and out=\n");
        return -1;
    }
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
