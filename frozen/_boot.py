# The first code a board runs after each start and soft reset (frozen,
# as the reference's _boot; it runs in __main__'s globals): a collection
# threshold of a quarter of the heap, then the flash filesystem mounted at
# "/", or first-time setup when there is none (inisetup). A flash under
# 1 MB has no filesystem (the reference's 512 KB build).
import gc

gc.threshold((gc.mem_free() + gc.mem_alloc()) // 4)
import esp

if esp.flash_size() >= 1024 * 1024:
    import vfs
    from flashbdev import bdev

    try:
        vfs.mount(bdev, "/")
    except OSError:
        import inisetup

        inisetup.setup()

gc.collect()
