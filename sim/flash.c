// SPDX-License-Identifier: MIT
// The virtual board's SPI NOR flash: an image file (read and written with
// pread/pwrite, so every change is in the file when the call returns) or a
// block of memory. NOR rules are applied here: a program ANDs the new
// bytes into the old ones, an erase sets a 4 KB sector to 0xFF.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "flash.h"
#include "hal/flash.h"

static struct {
    int fd;          // image file, or -1
    uint8_t *mem;    // in-memory flash, or NULL
    uint32_t size;   // 0: no flash attached
} fl = {-1, NULL, 0};

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

int hal_flash_write(uint32_t addr, const void *buf, size_t n) {
    if (!in_range(addr, n)) {
        return -EINVAL;
    }
    const uint8_t *src = buf;
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
        int r = io_at(true, addr + (uint32_t)done, ff, sizeof(ff));
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
    return fill_ff(sector * HAL_FLASH_SECTOR, HAL_FLASH_SECTOR);
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
