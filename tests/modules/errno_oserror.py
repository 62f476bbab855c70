# errno: the codes and errorcode; OSError with a known code prints
# MicroPython's "[Errno N] NAME"; the system raises plain OSError(code).
import errno
import uerrno
print(uerrno is errno)
names = ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES",
         "EEXIST", "ENODEV", "ENOTDIR", "EISDIR", "EINVAL", "ENOSPC",
         "ENOTEMPTY", "EOPNOTSUPP", "EADDRINUSE", "ECONNABORTED",
         "ECONNRESET", "ENOBUFS", "ENOTCONN", "ETIMEDOUT", "ECONNREFUSED",
         "EHOSTUNREACH", "EALREADY", "EINPROGRESS"]
for n in names:
    code = getattr(errno, n)
    print(n, code, errno.errorcode[code] == n)
print(len(errno.errorcode), 9999 in errno.errorcode)
print(str(OSError(errno.EIO)), repr(OSError(errno.EIO)))
print(str(OSError(errno.EIO, "details")))
print(str(OSError(errno.EIO, "details", "more")))
print(str(OSError(errno.ENOENT, "x")), type(OSError(errno.ENOENT, "x")).__name__)
print(str(OSError(9999)), str(OSError(9999, "msg")), str(OSError("text")))
# repr: MicroPython's args tuple for an OS error, CPython's form otherwise
print(repr(OSError(9999)), repr(OSError("text")), repr(ValueError(5)))
class MyOSError(OSError):
    pass
print(repr(MyOSError(errno.EIO)), repr(OSError(errno.EIO, "details", "more")))
e = OSError(errno.EAGAIN)
print(e.errno, e.args)
try:
    open("/nonexistent/file.txt")
except OSError as e:
    print(type(e).__name__, e, e.errno, e.args, e.errno == errno.ENOENT)
    print(repr(e))
try:
    errno.ENOENT = 3
except (AttributeError, TypeError):
    print("read-only")
