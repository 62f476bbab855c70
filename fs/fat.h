// SPDX-License-Identifier: MIT
// FAT12/16/32 with long names (fs/fat.c), on-disk compatible with
// Microsoft's FAT specification as FatFs, mkfs.fat and mtools write it.
// One sector-sized window caches the disk (written back when another
// sector is needed and at sync). Paths are absolute, normalised ("/a/b",
// no "." or ".."), UTF-8. Functions return 0 or a negative errno
// (fs/bdev.h) with MicroPython's VfsFat meanings: ENOENT for a missing
// file or path, EEXIST, EACCES for a non-empty directory, ENOSPC, EROFS,
// ENODEV for no FAT filesystem. Memory is taken with es_gc_alloc (raises
// MemoryError); the block device may raise.
#ifndef ES_FS_FAT_H
#define ES_FS_FAT_H

#include "bdev.h"

typedef struct fat {
    fs_bdev_t *bd;
    uint32_t ss;           // bytes per sector (the device's block size)
    uint32_t spc;          // sectors per cluster
    uint32_t n_fats, fat_start, fat_size; // FAT copies, first sector, size
    uint32_t root_start;   // FAT12/16: first sector of the fixed root
    uint32_t root_entries; // FAT12/16: its entry count (0 on FAT32)
    uint32_t root_clust;   // FAT32: first cluster of the root (else 0)
    uint32_t data_start;   // sector of cluster 2
    uint32_t n_clust;      // data clusters (2 .. n_clust + 1)
    uint32_t vol_start;    // first sector of the volume (after an MBR)
    uint32_t free_hint;    // where the next free-cluster search starts
    uint8_t type;          // 12, 16 or 32
    bool win_dirty;
    uint32_t win_sect;     // sector in win, UINT32_MAX for none
    uint8_t *win;          // ss bytes
    uint16_t *lfn;         // 256 UTF-16 units: a long name being read
    char *name;            // 768 + 1 bytes: its UTF-8 form
} fat_t;

// What a directory entry says.
typedef struct fat_info {
    uint8_t attr;          // 0x10 directory
    uint32_t size;
    uint32_t clust;        // first cluster (0: empty file, or the root)
    uint16_t date, time;   // FAT timestamp of the last write
} fat_info_t;

#define FAT_ATTR_DIR 0x10

// An open file.
typedef struct fat_file {
    fat_t *fs;
    uint32_t dir_clust, ent;  // its directory (0: fixed root) and entry slot
    uint32_t clust;        // first cluster, 0 while empty
    uint32_t size, pos;
    uint32_t cur, cur_idx; // a cluster of the chain and its index (cur 0:
                           // none known)
    uint8_t mode;          // FAT_READ | FAT_WRITE | FAT_APPEND
    bool modified;         // the entry needs its size/cluster/time updated
} fat_file_t;

enum { FAT_READ = 1, FAT_WRITE = 2, FAT_APPEND = 4 };

// A directory being listed.
typedef struct fat_dir {
    uint32_t clust;        // the directory's first cluster (0: fixed root)
    uint32_t idx;          // next entry slot
} fat_dir_t;

// Mount [bd]: checks for a FAT volume in sector 0 or in the first
// partition of an MBR. ENODEV when there is none.
int fat_mount(fat_t *fs, fs_bdev_t *bd);
// Write out the window and sync the device.
int fat_sync(fat_t *fs);
// Make a new FAT volume on [bd] with FatFs's layout (FAT12/16 from sector 0,
// else FAT32 with a partition table), as MicroPython's VfsFat.mkfs.
// [serial] is the volume serial number.
int fat_mkfs(fs_bdev_t *bd, uint32_t serial);
// Clusters in all and free, and the cluster size in bytes.
int fat_statvfs(fat_t *fs, uint32_t *total, uint32_t *nfree,
    uint32_t *csize);

// What is at [path] ("/" is the root: a directory, size 0).
int fat_stat(fat_t *fs, const char *path, fat_info_t *info);
// Make directory [path] (with its "." and ".." entries), stamped [dt].
int fat_mkdir(fat_t *fs, const char *path, uint32_t dt);
// Remove file or empty directory [path]; [want_dir] 1 for rmdir (ENOTDIR
// on a file), 0 for remove (EISDIR on a directory).
int fat_unlink(fat_t *fs, const char *path, int want_dir);
// Rename [from] to [to] (any directory); an existing file [to] is
// replaced, an existing directory gives EEXIST.
int fat_rename(fat_t *fs, const char *from, const char *to);

// List directory [path]: fat_opendir, then fat_readdir until it gives 0
// (1 per entry, with its UTF-8 name in fs->name; "." and ".." and volume
// labels are skipped).
int fat_opendir(fat_t *fs, const char *path, fat_dir_t *d);
int fat_readdir(fat_t *fs, fat_dir_t *d, fat_info_t *info);

// Open [path] with FAT_* [mode]; [create] 'w' creates or truncates, 'x'
// creates (EEXIST if present), 'a' creates if missing, 0 never creates.
// [dt] is the timestamp for a new or truncated file.
int fat_open(fat_t *fs, fat_file_t *f, const char *path, unsigned mode,
    char create, uint32_t dt);
// Read up to [n] bytes at the position: the count (0 at the end) or an
// error.
int fat_read(fat_file_t *f, void *buf, uint32_t n);
// Write [n] bytes at the position (at the end in append mode), zero
// filling a gap after a seek past the end: the count or an error.
int fat_write(fat_file_t *f, const void *buf, uint32_t n);
// Write back the entry (size, first cluster, time [dt]) if modified, and
// the window.
int fat_fsync(fat_file_t *f, uint32_t dt);

// A FAT timestamp (date << 16 | time) of [secs] seconds since 2000-01-01,
// and back.
uint32_t fat_time_from(int64_t secs);
int64_t fat_time_to(uint16_t date, uint16_t time);

#endif
