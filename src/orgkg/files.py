"""Writing files so that a reader, a crash or a full disk never sees half of one.

The one place orgkg writes a file atomically: the bytes go to a temporary file beside the
target (``.<name>.<8 random characters>.tmp``, the names a build's cleanup of stale
temporaries recognises), are flushed and fsynced, then renamed over the target, and the
folder is fsynced so the rename itself survives a power cut.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path

from orgkg.errors import UsageError

TEMP_SUFFIX = ".tmp"


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
