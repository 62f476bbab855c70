// SPDX-License-Identifier: MIT
// Start-up and exception vectors of the lx106 port under QEMU. _start sets
// the stack pointer (picolibc's crt0 does not), VECBASE and PS, paints the
// C stack (so the port can report its high-water mark) and guards its
// lowest 64 bytes with the data breakpoint, zeroes .bss, runs
// the C constructors and calls exit(main()). Every exception ends
// in lx106_fatal_exc (port.c), which prints the cause and exits 128+cause,
// except the CCOMPARE0 timer's level-1 interrupt that ends the port's idle
// (lx106_idle_us): it is dismissed and the program goes on.

    .section .vectors, "ax"
    .global _vectors
    .align 1024
_vectors:
    .org _vectors + 0x10      // DebugException (stack guard, DBREAK)
    j debug_exc
    .org _vectors + 0x20      // NMI
    j other_exc
    .org _vectors + 0x30      // KernelException
    j other_exc
    .org _vectors + 0x50      // UserException
    j user_exc
    .org _vectors + 0x70      // DoubleException
    j other_exc
    .org _vectors + 0x80

    .section .iram.text, "ax"
    .literal_position
    .align 4
user_exc:
    wsr a2, excsave1
    rsr a2, exccause
    bnei a2, 4, other_exc     // 4: level-1 interrupt, only the idle's timer
    movi a2, 0
    wsr a2, intenable         // taken once: the idle enables it again
    rsync
    rsr a2, excsave1
    rfe
other_exc:
    rsr a2, exccause
    rsr a3, epc1
    rsr a4, excvaddr
    j fatal
debug_exc:
    movi a2, 0x100            // reported as "cause 256 + DEBUGCAUSE"
    rsr a5, debugcause
    add a2, a2, a5
    rsr a3, epc2
    movi a4, 0
fatal:
    // The stack may be the cause: continue on a fresh one at the top.
    movi a1, __stack
    movi a0, lx106_fatal_exc
    callx0 a0
1:  j 1b

    .global _start
    .type _start, @function
    .align 4
_start:
    movi a1, __stack
    movi a2, _vectors
    wsr a2, vecbase
    movi a2, 0x20             // PS: UM=1, EXCM=0, INTLEVEL=0
    wsr a2, ps
    rsync
    // Paint the C stack below the start-up frame with 0xA5.
    movi a2, __stack_bottom
    movi a3, __stack - 64
    movi a4, 0xA5A5A5A5
1:  s32i a4, a2, 0
    addi a2, a2, 4
    bltu a2, a3, 1b
    // Zero .bss.
    movi a2, __bss_start
    movi a3, __bss_end
    movi a4, 0
    bgeu a2, a3, 3f
2:  s32i a4, a2, 0
    addi a2, a2, 4
    bltu a2, a3, 2b
3:  // Stack guard: a store into the lowest 64 bytes of the stack raises a
    // debug exception (DBREAK; QEMU catches no overflow by itself).
    movi a2, __stack_bottom
    wsr a2, dbreaka0
    movi a2, 0x80000000       // stores only; mask 0: 64 bytes (QEMU)
    wsr a2, dbreakc0
    isync
    movi a0, __libc_init_array
    callx0 a0
    movi a0, main
    callx0 a0
    movi a0, exit
    callx0 a0
4:  j 4b
    .size _start, . - _start
