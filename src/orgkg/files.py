"""Reading and writing files safely: the one place for both.

Reading: ``open_regular`` is the one opener of a file orgkg reads, for a user's input
(symlinks followed) and for its own files in the output folder and cache (a symlink is
refused, never followed). A FIFO, device, socket or folder is refused with one wording,
"not a regular file (a FIFO)", before it can block or feed the build.

Writing: the bytes go to a temporary file beside the target (``.<name>.<8 random
characters>.tmp``, the names a build's cleanup of stale temporaries recognises), are
flushed and fsynced, then renamed over the target, and the folder is fsynced so the rename
itself survives a power cut.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from orgkg.errors import UsageError

TEMP_SUFFIX = ".tmp"

# -- reading: only regular files ------------------------------------------------------------

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)
_FILE_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def file_kind(mode: int) -> str:
    """What a file of ``mode`` is, in words ("a FIFO")."""
    return next((words for test, words in _FILE_KINDS if test(mode)), "a special file")


def not_regular(mode: int) -> str:
    """The one wording for a path that is not a regular file: "not a regular file (a FIFO)"."""
    return f"not a regular file ({file_kind(mode)})"


class NotRegularFile(OSError):
    """A path orgkg would read that is not a regular file: a FIFO would block the build, a
    device or symlink would read something else. ``mode`` says what it is."""

    def __init__(self, path: str | Path, mode: int) -> None:
        self.mode = mode
        self.message = f"{path}: {not_regular(mode)}"
        super().__init__(self.message)
        self.filename = str(path)

    def __str__(self) -> str:
        return self.message


def open_regular(path: str | Path, *, follow_symlinks: bool = False) -> int:
    """A read-only descriptor of ``path`` if it is a regular file, else OSError
    (``NotRegularFile`` for a folder or special file).

    Checked before opening (a device is never opened), opened without blocking (a FIFO
    swapped in meanwhile would hang a plain open) and checked again once open. Without
    ``follow_symlinks`` (orgkg's own files) a symlink is refused, never followed; with it
    (a user's input file) the file it names is read.
    """
    mode = (os.stat if follow_symlinks else os.lstat)(path).st_mode
    if not stat.S_ISREG(mode):
        raise NotRegularFile(path, mode)
    handle = os.open(path, os.O_RDONLY | _NONBLOCK | _CLOEXEC | (0 if follow_symlinks else _NOFOLLOW))
    try:
        mode = os.fstat(handle).st_mode
        if not stat.S_ISREG(mode):
            raise NotRegularFile(path, mode)
        if _NONBLOCK:
            os.set_blocking(handle, True)  # a regular file: ordinary reads from here on
    except BaseException:
        os.close(handle)
        raise
    return handle


def read_regular(path: str | Path) -> bytes:
    """The bytes of ``path`` if it is a regular file, not a symlink (``open_regular``)."""
    with os.fdopen(open_regular(path), "rb") as stream:
        return stream.read()


def is_plain_folder(path: Path) -> bool:
    """Whether ``path`` is a folder itself, not a symlink to one."""
    try:
        return stat.S_ISDIR(os.lstat(path).st_mode)
    except OSError:
        return False


def create_new(path: Path, mode: int = 0o644) -> int:
    """A write-only descriptor of a new file at ``path`` (never through a symlink, never an
    existing file), with ``mode`` whatever the umask."""
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, mode)
    try:
        os.fchmod(handle, mode)
    except BaseException:
        os.close(handle)
        raise
    return handle


# -- writing: whole files or nothing -------------------------------------------------------


def fsync_folder(folder: Path) -> None:
    """Make the renames and unlinks in ``folder`` durable (a no-op where folders cannot be
    opened, as on Windows)."""
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the rename is still atomic
    finally:
        os.close(handle)


def _staged(target: Path, data: bytes, mode: int) -> Path:
    """``data`` written in full, fsynced, into a new temporary file beside ``target``."""
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent)
    temp = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, mode)  # mkstemp makes it private; readers of the output need it
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def atomic_write(path: Path, data: bytes, *, mode: int = 0o644) -> None:
    """Replace ``path`` with ``data``: readers see the old file or the new one, never a mix.

    A symlink or special file at ``path`` is replaced itself, never what it points at.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = _staged(path, data, mode)
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_folder(path.parent)


def write_files(out_dir: Path, files: Mapping[str, bytes], *, remove: Iterable[str] = ()) -> None:
    """Write ``files`` (relative path → bytes) into ``out_dir``, all or none.

    Every file is written in full to a temporary file beside its target first; only when
    all of them are written are they renamed into place (``os.replace`` is atomic per
    file). A failure before that point leaves ``out_dir`` exactly as it was.
    """
    if out_dir.exists() and not out_dir.is_dir():
        raise UsageError(f"output path {out_dir} exists and is not a folder")
    staged: list[tuple[Path, Path]] = []
    try:
        for relative, content in sorted(files.items()):
            target = out_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            staged.append((_staged(target, content, 0o644), target))
    except OSError as error:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        raise UsageError(f"cannot write to {out_dir}: {error.strerror or error}") from error
    for temp, target in staged:
        os.replace(temp, target)
    for relative in remove:
        (out_dir / relative).unlink(missing_ok=True)
    for folder in sorted({target.parent for _, target in staged} | {(out_dir / r).parent for r in remove}):
        fsync_folder(folder)
