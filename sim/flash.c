// SPDX-License-Identifier: MIT
// The virtual board's SPI NOR flash: an image file (read and written with
// pread/pwrite, so every change is in the file when the call returns) or a
// block of memory. NOR rules are applied here: a program ANDs the new
// bytes into the old ones, an erase sets a 4 KB sector to 0xFF. Power
// cuts (tests only, sim/flash.h) tear one program or erase and refuse
// every later one; the fork mode carries out a cut at every distinct
// operation in a child process while the parent goes on uncut.
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "flash.h"
#include "hal/flash.h"

static struct {
    int fd;          // image file, or -1
    uint8_t *mem;    // in-memory flash, or NULL
    uint32_t size;   // 0: no flash attached
} fl = {-1, NULL, 0};

#define MAX_JOBS 16

// Power cuts: distinct operations are counted from 1 once a cut mode is
// set; [off] refuses programs and erases after the cut.
static struct {
    bool counting;        // a cut mode is set
    bool off;             // the power is cut
    uint64_t ops;         // distinct operations so far
    uint64_t at;          // sim_flash_cut's operation (0: none)
    unsigned jobs;        // fork mode: children at a time (0: not forking)
    struct {
        pid_t pid;
        uint64_t op;
    } live[MAX_JOBS];
    unsigned n_live;
    uint64_t points, failures;
} cut;

// A JEDEC id for the Winbond W25Q family of [size] bytes (0x16: 4 MB).
uint32_t hal_flash_id(void) {
    uint32_t log2 = 0;
    while (log2 < 31 && (1u << log2) < fl.size) {
        log2++;
    }
    return fl.size ? (log2 << 16) | 0x4000u | 0xefu : 0;
}

uint32_t hal_flash_size(void) {
    return fl.size;
}

static bool in_range(uint32_t addr, size_t n) {
    return fl.size != 0 && addr <= fl.size && n <= fl.size - addr;
}

static int io_at(bool write, uint32_t addr, void *buf, size_t n) {
    while (n > 0) {
        ssize_t r = write ? pwrite(fl.fd, buf, n, addr)
            : pread(fl.fd, buf, n, addr);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r <= 0) {
            return -EIO;
        }
        buf = (uint8_t *)buf + r;
        addr += (uint32_t)r;
        n -= (size_t)r;
    }
    return 0;
}

int hal_flash_read(uint32_t addr, void *buf, size_t n) {
    if (!in_range(addr, n)) {
        return -EINVAL;
    }
    if (fl.mem != NULL) {
        memcpy(buf, fl.mem + addr, n);
        return 0;
    }
    return io_at(false, addr, buf, n);
}

// The bytes an operation keeps when the power is cut in its middle: a
// fixed pseudo-random share of [n] for operation [op] (0 to n - 1), so a
// run of sim_flash_cut(op) tears it as the fork mode did.
static size_t torn_keep(uint64_t op, size_t n) {
    uint64_t z = op * 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return n > 0 ? (size_t)((z ^ (z >> 31)) % n) : 0;
}

// Does programming [n] bytes of [src] at [addr] change a bit?
static bool changes(uint32_t addr, const uint8_t *src, size_t n) {
    uint8_t old[256];
    for (size_t done = 0; done < n; done += sizeof(old)) {
        size_t k = n - done < sizeof(old) ? n - done : sizeof(old);
        if (hal_flash_read(addr + (uint32_t)done, old, k) != 0) {
            return true;
        }
        for (size_t i = 0; i < k; i++) {
            if ((old[i] & src[done + i]) != old[i]) {
                return true;
            }
        }
    }
    return false;
}

static bool blank(uint32_t addr, size_t n) {
    uint8_t b[256];
    for (size_t done = 0; done < n; done += sizeof(b)) {
        size_t k = n - done < sizeof(b) ? n - done : sizeof(b);
        if (hal_flash_read(addr + (uint32_t)done, b, k) != 0) {
            return false;
        }
        for (size_t i = 0; i < k; i++) {
            if (b[i] != 0xff) {
                return false;
            }
        }
    }
    return true;
}

// A child ended: count it, and name the cut point of a failed one.
static void reaped(pid_t pid, int status) {
    uint64_t op = 0;
    for (unsigned i = 0; i < cut.n_live; i++) {
        if (cut.live[i].pid == pid) {
            op = cut.live[i].op;
            cut.live[i] = cut.live[--cut.n_live];
            break;
        }
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        cut.failures++;
        if (WIFSIGNALED(status)) {
            fprintf(stderr, "powercut: cut point %llu failed (signal %d)\n",
                (unsigned long long)op, WTERMSIG(status));
        } else {
            fprintf(stderr, "powercut: cut point %llu failed (status %d)\n",
                (unsigned long long)op, WEXITSTATUS(status));
        }
    }
}

static void reap_one(void) {
    int status;
    pid_t pid;
    while ((pid = waitpid(-1, &status, 0)) < 0 && errno == EINTR) {
    }
    if (pid > 0) {
        reaped(pid, status);
    } else {
        cut.n_live = 0;
    }
}

// Is the power cut at distinct operation [op] in this process? In the
// fork mode the child answers yes (and forks no more), the parent no.
static bool cut_now(uint64_t op) {
    if (cut.jobs == 0) {
        return op == cut.at;
    }
    while (cut.n_live >= cut.jobs) {
        reap_one();
    }
    fflush(NULL); // the child must not write the parent's buffers again
    pid_t pid = fork();
    if (pid == 0) {
        cut.jobs = 0;
        cut.n_live = 0;
        alarm(60); // a check that hangs is a failure, not a stuck run
        return true;
    }
    if (pid < 0) {
        perror("powercut: fork");
        exit(2);
    }
    cut.live[cut.n_live].pid = pid;
    cut.live[cut.n_live++].op = op;
    cut.points++;
    return false;
}

// The power cut in the fork mode's parent: wait for every child, print
// the summary, and end with status 1 when a check failed.
static void cut_summary(void) {
    if (cut.jobs == 0) {
        return;
    }
    while (cut.n_live > 0) {
        reap_one();
    }
    printf("powercut: %llu cut points, %llu failures\n",
        (unsigned long long)cut.points, (unsigned long long)cut.failures);
    fflush(stdout);
    if (cut.failures != 0) {
        _exit(1);
    }
}

static int program(uint32_t addr, const uint8_t *src, size_t n);

int hal_flash_write(uint32_t addr, const void *buf, size_t n) {
    if (!in_range(addr, n)) {
        return -EINVAL;
    }
    if (cut.off) {
        return -EIO;
    }
    if (cut.counting && changes(addr, buf, n) && cut_now(++cut.ops)) {
        cut.off = true;
        program(addr, buf, torn_keep(cut.ops, n));
        return -EIO;
    }
    return program(addr, buf, n);
}

static int program(uint32_t addr, const uint8_t *src, size_t n) {
    if (fl.mem != NULL) {
        for (size_t i = 0; i < n; i++) {
            fl.mem[addr + i] &= src[i];
        }
        return 0;
    }
    uint8_t chunk[512];
    while (n > 0) {
        size_t k = n < sizeof(chunk) ? n : sizeof(chunk);
        int r = io_at(false, addr, chunk, k);
        for (size_t i = 0; r == 0 && i < k; i++) {
            chunk[i] &= src[i];
        }
        if (r != 0 || (r = io_at(true, addr, chunk, k)) != 0) {
            return r;
        }
        addr += (uint32_t)k;
        src += k;
        n -= k;
    }
    return 0;
}

static int fill_ff(uint32_t addr, size_t n) {
    if (fl.mem != NULL) {
        memset(fl.mem + addr, 0xff, n);
        return 0;
    }
    uint8_t ff[HAL_FLASH_SECTOR];
    memset(ff, 0xff, sizeof(ff));
    for (size_t done = 0; done < n; done += sizeof(ff)) {
        size_t k = n - done < sizeof(ff) ? n - done : sizeof(ff);
        int r = io_at(true, addr + (uint32_t)done, ff, k);
        if (r != 0) {
            return r;
        }
    }
    return 0;
}

int hal_flash_erase(uint32_t sector) {
    if (sector >= fl.size / HAL_FLASH_SECTOR) {
        return -EINVAL;
    }
    uint32_t addr = sector * HAL_FLASH_SECTOR;
    if (cut.off) {
        return -EIO;
    }
    if (cut.counting && !blank(addr, HAL_FLASH_SECTOR)
        && cut_now(++cut.ops)) {
        // A cut erase: the sector's start erased, the rest unchanged.
        cut.off = true;
        fill_ff(addr, torn_keep(cut.ops, HAL_FLASH_SECTOR));
        return -EIO;
    }
    return fill_ff(addr, HAL_FLASH_SECTOR);
}

void sim_flash_cut(uint64_t op) {
    cut.counting = true;
    cut.at = op;
}

void sim_flash_cut_each(unsigned jobs) {
    cut.counting = true;
    cut.jobs = jobs < 1 ? 1 : jobs > MAX_JOBS ? MAX_JOBS : jobs;
    atexit(cut_summary);
}

bool sim_flash_cut_off(void) {
    return cut.off;
}

static bool valid_size(off_t size) {
    return size >= (512 << 10) && size <= (16 << 20)
        && (size & (size - 1)) == 0;
}

int sim_flash_open(const char *path, uint32_t size) {
    int fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        fprintf(stderr, "espy: cannot open flash image '%s': %s\n", path,
            strerror(errno));
        return -1;
    }
    if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
        fprintf(stderr, "espy: flash image '%s' is in use by another "
            "espy\n", path);
        close(fd);
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || (st.st_size != 0 && !valid_size(st.st_size))) {
        fprintf(stderr, "espy: '%s' is not a flash image (its size must be "
            "a power of two from 512K to 16M)\n", path);
        close(fd);
        return -1;
    }
    fl.fd = fd;
    fl.size = st.st_size != 0 ? (uint32_t)st.st_size : size;
    if (st.st_size == 0 && fill_ff(0, size) != 0) {
        fprintf(stderr, "espy: cannot write flash image '%s'\n", path);
        return -1;
    }
    return 0;
}

int sim_flash_memory(uint32_t size) {
    fl.mem = malloc(size);
    if (fl.mem == NULL) {
        fprintf(stderr, "espy: no memory for a %u-byte flash\n", size);
        return -1;
    }
    fl.size = size;
    return fill_ff(0, size);
}
