"""Writing a build into its output folder: the I/O edge of the pipeline.

The files of a build are a set: ``OUT`` shows either every file of the previous build or
every file of the new one, never a mix, whatever moment the build is stopped. The new set is
written into a staging folder beside ``OUT`` (``.OUT.orgkg-xxxxxxxx``), files unchanged
since the previous build hard-linked from it rather than written again, whatever else is in
``OUT`` (the build cache, the store, files of the user's) linked in too; then the two
folders trade places in one atomic ``renameat2(RENAME_EXCHANGE)`` and the previous set is
removed. docs/output-and-cache.md says why, what the fallback is where the exchange is not
available, and what a stopped build leaves.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
import shutil
import signal
import stat
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from orgkg.errors import InputError, UsageError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: builds are not locked
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from orgkg.api import BuildResult

VALIDATION_FILE = "validation.json"
# The organization and web files the set holds: the next build tells by it which files in
# orgs/ and web/ are orgkg's (a profile deleted or renamed) and which someone else's.
ORG_MANIFEST = ".orgkg-files"
FILE_FOLDERS = ("orgs", "web")  # folders of per-organization files: real folders only
# The build cache: not part of the set, moved (not linked file by file) into the new folder
# at the last moment before the switch; a build stopped in between leaves it beside OUT,
# and the next build moves it back (``_dispose``).
CACHE_FOLDER = ".cache"
# Test hook: stop the build at a named step (``_crash_point``), as tests/test_output_set.py does.
DIE_AT_VARIABLE = "ORGKG_TEST_DIE_AT"
# Test hook: switch with two renames, as where the exchange is not available.
NO_EXCHANGE_VARIABLE = "ORGKG_TEST_NO_EXCHANGE"


@dataclass(frozen=True)
class DatasetInfo:
    """What ``void.ttl`` says of the build beyond what the files tell (``orgkg build --license``)."""

    license: str | None = None
    source_date_epoch: int | None = None  # dcterms:modified, only when given (SOURCE_DATE_EPOCH)


def write(
    result: BuildResult,
    out_dir: str | Path = "build",
    *,
    info: DatasetInfo | None = None,
    wait: bool = True,
    notice: Callable[[str], None] | None = None,
) -> list[Path]:
    """Write the build's set of files into ``out_dir``, holding its lock (``folder_lock``:
    ``wait=False`` raises ``FolderBusy`` instead of waiting for another build). Returns the
    files written. ``notice`` hears of what was found wrong and dealt with (default: a
    warning on stderr)."""
    with folder_lock(out_dir, wait=wait, notice=notice) as out:
        return write_locked(result, out, info=info, notice=notice)


def write_locked(
    result: BuildResult,
    out_dir: str | Path,
    *,
    info: DatasetInfo | None = None,
    notice: Callable[[str], None] | None = None,
) -> list[Path]:
    """``write`` for a caller that holds the folder's lock (``api.build_and_write``)."""
    notice = notice or warn
    out = _output_folder(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    real = Path(os.path.realpath(out))  # through a symlink: the folder it names trades places
    check_switchable(real)
    _check_folders(real)
    staging = _Staging.create(real)
    cache = False
    with staging.locked():
        try:
            names = _write_set(result, staging, info or DatasetInfo())
            _carry_over(real, staging.folder, _manifest(real, notice))
            staging.sync()
            _crash_point("carried")
            cache = _move_folder(real / CACHE_FOLDER, staging.folder / CACHE_FOLDER)
            _crash_point("cache-moved")
            previous = _switch(staging.folder, real)
        except BaseException as error:
            if staging.unswitched():  # ours alone: what it holds of others' are links, never followed
                with contextlib.suppress(OSError):  # else the next build clears up (and moves the cache back)
                    if not cache or _move_folder(staging.folder / CACHE_FOLDER, real / CACHE_FOLDER):
                        shutil.rmtree(staging.folder, ignore_errors=True)
            if isinstance(error, OSError):
                raise UsageError(f"cannot write to {out}: {error.strerror or error}") from error
            raise
        _crash_point("switched")
        try:
            _dispose(previous, real, notice)
        except OSError as error:  # the new set is in place: the next build removes the rest
            notice(f"cannot remove the previous build at {previous} ({error.strerror or error}); the next build will")
    return [out / name for name in names]


def warn(message: str) -> None:
    """What ``notice`` is when a caller gives none: a warning on stderr."""
    print(f"orgkg: warning: {message}", file=sys.stderr)


def _output_folder(out_dir: str | Path) -> Path:
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"output path {out} exists and is not a folder")
    return out


def check_switchable(out_dir: str | Path) -> None:
    """Refuse an output folder that holds the current folder: after the switch this process
    (and the user's shell) would be in the removed previous set."""
    real, here = Path(os.path.realpath(out_dir)), Path(os.path.realpath(os.getcwd()))
    if here == real or real in here.parents:
        raise UsageError(
            f"the output folder {out_dir} holds the current folder: orgkg swaps the whole output folder for "
            "the new build, which would leave you in the removed previous one; run orgkg from outside it"
        )


def _check_folders(out: Path) -> None:
    """``orgs/`` and ``web/`` must be real folders inside ``out`` (through a symlink, files
    would be compared, linked and removed wherever it points), and no folder may stand where
    the set has a file (it would be removed with the previous set)."""
    from orgkg.files import file_kind
    from orgkg.serialization import FILE_NAMES

    for name in FILE_FOLDERS:
        with contextlib.suppress(FileNotFoundError):
            mode = os.lstat(out / name).st_mode
            if not stat.S_ISDIR(mode):
                raise UsageError(
                    f"{out / name} is {file_kind(mode)}, not a folder: orgkg writes organization files only "
                    "into a real folder inside the output folder; remove it or choose another output folder"
                )
    for name in (*FILE_NAMES.values(), VALIDATION_FILE, _void_name(), ORG_MANIFEST):
        with contextlib.suppress(FileNotFoundError):
            if stat.S_ISDIR(os.lstat(out / name).st_mode):
                raise UsageError(f"{out / name} is a folder: orgkg writes its file {name} there; move the folder away")


# -- the new set, in the staging folder --------------------------------------------------------


@dataclass
class _Staging:
    """The folder beside the output folder where the new set is made."""

    folder: Path
    previous: Path  # the output folder, holding the previous set
    identity: tuple[int, int]  # the staging folder's (device, inode)
    names: list[str] = field(default_factory=list)  # files of the set, as written

    @classmethod
    def create(cls, out: Path) -> _Staging:
        while True:
            folder = out.parent / f".{out.name}.orgkg-{secrets.token_hex(4)}"
            try:
                os.mkdir(folder, 0o777)  # the umask's mode, not mkdtemp's 0700: it becomes OUT
                break
            except FileExistsError:
                continue
            except OSError as error:
                raise UsageError(
                    f"cannot create the staging folder {folder} beside {out} ({error.strerror or error}): orgkg "
                    "writes the new build there and then swaps it in; the folder holding the output folder "
                    "must be writable"
                ) from None
        with contextlib.suppress(OSError):  # OUT keeps its permissions across builds
            os.chmod(folder, stat.S_IMODE(os.stat(out).st_mode))
        found = os.lstat(folder)
        _crash_point("staging")
        return cls(folder, out, (found.st_dev, found.st_ino))

    def unswitched(self) -> bool:
        """Whether the staging folder is still where it was made (not switched in yet)."""
        try:
            found = os.lstat(self.folder)
        except OSError:
            return False
        return (found.st_dev, found.st_ino) == self.identity

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Lock the staging folder as the output folder is: once the two trade places, the
        new ``OUT`` is held until the previous set is gone."""
        handle = os.open(self.folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            if fcntl is not None:
                with contextlib.suppress(OSError):
                    fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            yield
        finally:
            os.close(handle)

    def put(self, name: str, data: bytes | Iterable[bytes], *, output: bool = True) -> None:
        """``name`` (``/``-separated, relative) with ``data`` (bytes, or its consecutive
        pieces): a link to the previous set's file when that holds the same bytes, else a new
        file, fsynced. ``output``: one of the files the build returns (the manifest is not)."""
        target = self.folder / name
        target.parent.mkdir(exist_ok=True)
        pieces = [data] if isinstance(data, bytes) else data  # iterated once per use: re-iterable
        if not (_holds(self.previous / name, pieces) and _link(self.previous / name, target)):
            from orgkg.files import create_new

            handle = create_new(target, 0o644)  # whatever the umask: as every orgkg output
            try:
                for piece in pieces:
                    view = memoryview(piece)
                    while view:
                        view = view[os.write(handle, view) :]
                os.fsync(handle)
            finally:
                os.close(handle)
        if output:
            self.names.append(name)

    def link_same(self, name: str, size: int, sha256: str) -> bool:
        """Link the previous set's file ``name`` into the staging folder if it holds the
        bytes of that size and sha256 (read and hashed, never judged by its date): a file
        whose new bytes need not be read from the build cache to be compared."""
        previous, target = self.previous / name, self.folder / name
        if not _digest_holds(previous, size, sha256):
            return False
        target.parent.mkdir(exist_ok=True)
        if not _link(previous, target):
            return False
        self.names.append(name)
        return True

    def sync(self) -> None:
        """The folders' entries on disk before the switch (the files are synced as written)."""
        for folder in (self.folder, *(self.folder / name for name in FILE_FOLDERS)):
            with contextlib.suppress(FileNotFoundError):
                _fsync_folder(folder)


def _holds(path: Path, pieces: Iterable[bytes]) -> bool:
    """Whether ``path`` is a regular file holding the bytes ``pieces`` make together (never
    opening anything else; read a piece at a time: a graph file can be hundreds of MB)."""
    from orgkg.files import open_regular

    try:
        if os.lstat(path).st_size != sum(len(piece) for piece in pieces):
            return False
        with os.fdopen(open_regular(path), "rb") as stream:
            for piece in pieces:
                # bytes against bytes (one memcmp): comparing with a memoryview goes item by
                # item, 15× slower, and a graph file can be hundreds of MB
                for start in range(0, len(piece), 1 << 20):
                    chunk = piece[start : start + (1 << 20)]  # a small piece: itself, not a copy
                    if stream.read(len(chunk)) != chunk:
                        return False
            return stream.read(1) == b""
    except OSError:
        return False


def _digest_holds(path: Path, size: int, sha256: str) -> bool:
    """Whether ``path`` is a regular file of ``size`` bytes whose sha256 is ``sha256``."""
    from orgkg.files import open_regular

    try:
        if os.lstat(path).st_size != size:
            return False
        with os.fdopen(open_regular(path), "rb") as stream:
            data = stream.read(size + 1)
    except OSError:
        return False
    return len(data) == size and hashlib.sha256(data).hexdigest() == sha256


def _link(source: Path, target: Path) -> bool:
    """Hard-link ``source`` (not what a symlink names) as ``target``; False where the file
    system has no hard links or refuses this one."""
    try:
        os.link(source, target, follow_symlinks=False)
        return True
    except OSError as error:
        if error.errno in (errno.EEXIST, errno.ENOSPC, errno.EDQUOT):
            raise
        return False


def _fsync_folder(folder: Path) -> None:
    handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        with contextlib.suppress(OSError):  # some file systems cannot sync a folder
            os.fsync(handle)
    finally:
        os.close(handle)


def _write_set(result: BuildResult, staging: _Staging, info: DatasetInfo) -> list[str]:
    """Every file of the build into the staging folder; the manifest first, so a stopped
    build's staging folder names its files. Returns the set's file names, sorted."""
    from orgkg.serialization import FILE_NAMES

    records = result.records
    listed = sorted(name for r in records for name in (org_file_name(r.slug), web_file_name(r.slug)))
    staging.put(ORG_MANIFEST, "".join(f"{name}\n" for name in listed).encode("utf-8"), output=False)
    # The graph files by two threads (their writes and fsyncs release the GIL), each streamed
    # from the build cache a piece at a time.
    with ThreadPoolExecutor(2, thread_name_prefix="orgkg-graph-file") as pool:
        graph: list[Future[None]] = [
            pool.submit(_put_graph_file, staging, result, fmt, name) for fmt, name in FILE_NAMES.items()
        ]
        small: deque[Future[None]] = deque()
        try:
            # The organization files by many threads: each write waits on its own fsync, and
            # the file system commits concurrent fsyncs together (600 files: 1.9 s → 0.05 s).
            # A window of them at a time: the documents are read as they are written.
            files = ThreadPoolExecutor(_FILE_THREADS, thread_name_prefix="orgkg-org-file")
            done = _Done()
            try:
                # An organization or web file whose digest (the record's, the web entry's)
                # the previous one still has is linked without reading its document from the
                # build cache (~250 MB of JSON at 10,000); only the others are read and written.
                linked: set[str] = set()
                for name, size, sha256 in result.file_digests():
                    small.append(files.submit(_link_unread, staging, name, size, sha256, linked))
                    done.drain(small, 4 * _FILE_THREADS)
                done.drain(small, 0)
                changed_orgs = {r.slug for r in records if org_file_name(r.slug) not in linked}
                changed_web = {r.slug for r in records if web_file_name(r.slug) not in linked}
                documents = chain(
                    ((org_file_name(r.slug), text) for r, text in result.framed_documents(changed_orgs)),
                    ((web_file_name(r.slug), text) for r, text in result.web_documents(changed_web)),
                )
                for name, text in documents:
                    small.append(files.submit(staging.put, name, text.encode("utf-8")))
                    done.drain(small, 4 * _FILE_THREADS)
                done.drain(small, 0)
            finally:
                files.shutdown(cancel_futures=True)  # on an error: no more files, those under way finish
            for number, future in enumerate(graph):
                future.result()
                if number == 0:
                    _crash_point("graph-file")
        except BaseException:
            for future in (*small, *graph):
                future.cancel()
            raise
    if result.report is not None:
        from orgkg.report import render_report

        staging.put(VALIDATION_FILE, render_report(result.report, "json").encode("utf-8"))
    staging.put(_void_name(), _void(result, staging, info))
    _crash_point("staged")
    return sorted(staging.names)


_FILE_THREADS = 16


class _Done:
    """Waits on the organization and web files' futures, oldest first; the first file
    done is the ``org-file`` crash point."""

    def __init__(self) -> None:
        self.number = 0

    def drain(self, futures: deque[Future[None]], keep: int) -> None:
        while len(futures) > keep:
            futures.popleft().result()
            self.number += 1
            if self.number == 1:
                _crash_point("org-file")


def _link_unread(staging: _Staging, name: str, size: int, sha256: str, linked: set[str]) -> None:
    """Link the previous set's file ``name`` if it holds the bytes of that digest (its
    document is then never read from the cache), noting it in ``linked``."""
    if staging.link_same(name, size, sha256):
        linked.add(name)


def _put_graph_file(staging: _Staging, result: BuildResult, fmt: str, name: str) -> None:
    staging.put(name, result.file_pieces(fmt))  # cached fragments as read: not joined, not decoded


def _void_name() -> str:
    from orgkg.void import FILE_NAME

    return FILE_NAME


def _void(result: BuildResult, staging: _Staging, info: DatasetInfo) -> bytes:
    """``void.ttl``: the dataset and its dumps (the graph files and the report; the
    organization files are pages of it, not dumps)."""
    from orgkg.serialization import FILE_NAMES
    from orgkg.void import OutputFile, describe_dataset, merge_counts

    dumps = [name for name in (*FILE_NAMES.values(), VALIDATION_FILE) if name in staging.names]
    files = [OutputFile(name, os.lstat(staging.folder / name).st_size) for name in dumps]
    # counted from the profiles' records (what graph.nq holds), not by reading graph.nq again
    counts = merge_counts(
        (record.summary for record in result.records), triples=result.triple_count, named_graphs=result.graph_count
    )
    return describe_dataset(
        files,
        counts,
        base=result.base,
        license=info.license,
        source_date_epoch=info.source_date_epoch,
    )


# -- what else the output folder holds ---------------------------------------------------------


def _carry_over(out: Path, staging: Path, manifest: set[str]) -> None:
    """Link into the staging folder whatever in ``out`` is not the previous set's: the build
    cache, the store, files of the user's (folders made anew, everything else hard-linked,
    a symlink as the link itself). The new set's files win over what has their name; of the
    previous set's names, only regular files are orgkg's (a link or FIFO put there goes along)."""
    from orgkg.files import is_plain_folder

    device = os.lstat(out).st_dev

    def carry(relative: str) -> None:
        source, target = out / relative, staging / relative
        found = os.lstat(source)
        if found.st_dev != device:
            raise UsageError(
                f"{source} is on another file system (a mount point): orgkg cannot carry it into the "
                "new build; move it out of the output folder"
            )
        if stat.S_ISDIR(found.st_mode):
            target.mkdir(exist_ok=True)
            os.chmod(target, stat.S_IMODE(found.st_mode))
            for entry in sorted(os.listdir(source)):
                if not os.path.lexists(target / entry) and not _own_file(out, f"{relative}/{entry}", manifest):
                    carry(f"{relative}/{entry}")
        elif not _link(source, target):
            _copy(source, target, found)

    for entry in sorted(os.listdir(out)):
        if entry == CACHE_FOLDER and is_plain_folder(out / entry):
            continue  # moved whole just before the switch
        if entry in FILE_FOLDERS or not (os.path.lexists(staging / entry) or _own_file(out, entry, manifest)):
            carry(entry)  # orgs/ and web/ also when the new set has them: what is not orgkg's goes along


def _move_folder(source: Path, target: Path) -> bool:
    """Rename the real folder ``source`` to ``target`` if there is one and nothing at ``target``."""
    from orgkg.files import is_plain_folder

    if not is_plain_folder(source) or os.path.lexists(target):
        return False
    os.rename(source, target)
    return True


def _copy(source: Path, target: Path, found: os.stat_result) -> None:
    """Where the file system refuses a hard link: a copy of a regular file, the same symlink."""
    if stat.S_ISLNK(found.st_mode):
        os.symlink(os.readlink(source), target)
    elif stat.S_ISREG(found.st_mode):
        shutil.copy2(source, target, follow_symlinks=False)
    else:
        from orgkg.files import file_kind

        raise UsageError(
            f"{source} is {file_kind(found.st_mode)} that orgkg can neither link nor copy into the new build"
        )


_SLUG_FILE = r"[a-z0-9][a-z0-9-]{0,127}_?\.jsonld"
_OWN_FILE = re.compile(rf"(?:orgs|web)/{_SLUG_FILE}")
# A temporary file orgkg before issue 14 wrote beside each output (``.graph.nq.k3j9x_2a.tmp``).
_TEMPORARY = re.compile(r"\.(.+)\.[a-z0-9_]{8}\.tmp")


def _set_file(relative: str, manifest: set[str]) -> bool:
    """Whether ``relative`` names a file of a set: a graph file, the report, ``void.ttl``,
    the manifest, or an organization or web file its ``manifest`` lists."""
    from orgkg.serialization import FILE_NAMES

    return relative in {*FILE_NAMES.values(), VALIDATION_FILE, _void_name(), ORG_MANIFEST} or relative in manifest


def _own_file(folder: Path, relative: str, manifest: set[str]) -> bool:
    """Whether ``relative`` in ``folder`` is orgkg's: a regular file named as one of the
    set's files, or as a temporary an earlier orgkg left of one (a killed build's)."""
    try:
        if not stat.S_ISREG(os.lstat(folder / relative).st_mode):
            return False
    except OSError:
        return False
    parent, _, name = relative.rpartition("/")
    temporary = _TEMPORARY.fullmatch(name)
    if temporary:
        target = f"{parent}/{temporary[1]}" if parent else temporary[1]
        return _set_file(target, set()) or (parent in FILE_FOLDERS and _OWN_FILE.fullmatch(target) is not None)
    return _set_file(relative, manifest)


def _manifest(folder: Path, notice: Callable[[str], None]) -> set[str]:
    """The organization and web files the set in ``folder`` lists (a tampered line names nothing)."""
    from orgkg.files import NotRegularFile, read_regular

    try:
        text = read_regular(folder / ORG_MANIFEST).decode("utf-8")
    except NotRegularFile as error:  # a FIFO would block the build: say so; the new manifest replaces it
        notice(f"{error}: ignored and replaced")
        return set()
    except (OSError, UnicodeDecodeError):
        return set()
    return {line for line in text.split("\n") if _OWN_FILE.fullmatch(line)}


# -- the switch ------------------------------------------------------------------------------


def _switch(staging: Path, out: Path) -> Path:
    """Put the new set in place of ``out``; returns where the previous set now is. One
    atomic exchange where the platform and file system have it, else two renames (for a
    moment there is no ``out``: ``_recover`` completes a switch stopped there)."""
    try:
        _exchange(staging, out)
    except _NoExchange:
        aside = staging.with_name(staging.name + _ASIDE)
        os.rename(out, aside)
        _crash_point("moved-aside")
        try:
            os.rename(staging, out)
        except BaseException:
            if not os.path.lexists(out):  # else another build's recovery has switched it in
                os.rename(aside, out)
            raise
        _fsync_folder(out.parent)
        return aside
    _fsync_folder(out.parent)
    return staging


class _NoExchange(Exception):
    """The platform or the file system cannot exchange two paths atomically."""


_RENAME_EXCHANGE = 2  # linux/fs.h
_AT_FDCWD = -100
_ASIDE = ".old"  # the previous set's folder during a two-rename switch: .OUT.orgkg-xxxxxxxx.old


def _exchange(first: Path, second: Path) -> None:
    """``renameat2(first, second, RENAME_EXCHANGE)`` (Linux 3.15+, glibc 2.28+): both names
    stay taken throughout, each naming the other's folder afterwards."""
    import ctypes

    if not sys.platform.startswith("linux") or os.environ.get(NO_EXCHANGE_VARIABLE):
        raise _NoExchange
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        raise _NoExchange from None
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE) == 0:
        return
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP, errno.EOPNOTSUPP):  # not this kernel or file system
        raise _NoExchange
    raise OSError(code, os.strerror(code), str(first), None, str(second))


def _dispose(folder: Path, out: Path, notice: Callable[[str], None]) -> None:
    """Remove a set beside ``out`` (the previous one after a switch, or a stopped build's):
    its orgkg files, what the set in ``out`` has files in place of, and whatever ``out``
    holds too (what was linked or copied over). A file
    found in neither way reached the folder while the build ran: it is moved into ``out``,
    or, if ``out`` has another file by its name, left where it is, with a notice. A cache
    folder ``out`` lacks is moved back whole."""
    from orgkg.files import is_plain_folder

    own, kept = _manifest(folder, lambda _: None), _manifest(out, lambda _: None)
    left: list[str] = []
    removed = 0

    def clear(relative: str) -> None:
        nonlocal removed
        path = folder / relative if relative else folder
        # The manifest last: a build stopped meanwhile must still know the files it lists as orgkg's.
        for entry in sorted(os.listdir(path), key=lambda entry: (entry == ORG_MANIFEST and not relative, entry)):
            name = f"{relative}/{entry}" if relative else entry
            found = os.lstat(folder / name)
            if name == CACHE_FOLDER and _move_folder(folder / name, out / name):
                pass  # the cache of a build stopped between moving it and the switch: back in place
            elif stat.S_ISDIR(found.st_mode):
                clear(name)
                with contextlib.suppress(OSError):  # not empty: something in it is left
                    os.rmdir(folder / name)
            elif (
                _own_file(folder, name, own)
                or _set_file(name, kept)  # the set in ``out`` put its own file in its place
                or _also_in(out / name, folder / name, found)
            ):
                os.unlink(folder / name)
                removed += 1
                if removed == 1:
                    _crash_point("removing")
            elif not os.path.lexists(out / name) and is_plain_folder((out / name).parent):
                os.rename(folder / name, out / name)
            else:
                left.append(name)

    clear("")
    with contextlib.suppress(OSError):
        os.rmdir(folder)
    if left:
        notice(
            f"{folder} keeps {len(left)} file(s) that changed in {out} while the build ran "
            f"({', '.join(left[:3])}{', …' if len(left) > 3 else ''}): compare them with {out} and remove the folder"
        )


def _also_in(twin: Path, path: Path, found: os.stat_result) -> bool:
    """Whether ``twin`` is the file at ``path`` (a hard link) or a regular file of the same bytes."""
    try:
        other = os.lstat(twin)
    except OSError:
        return False
    if (other.st_dev, other.st_ino) == (found.st_dev, found.st_ino):
        return True
    if stat.S_ISLNK(found.st_mode) and stat.S_ISLNK(other.st_mode):
        return os.readlink(path) == os.readlink(twin)
    from orgkg.files import read_regular

    try:
        return (
            stat.S_ISREG(found.st_mode) and other.st_size == found.st_size and read_regular(path) == read_regular(twin)
        )
    except OSError:
        return False


def _siblings(out: Path) -> Iterator[Path]:
    """Staging folders (and asides) of builds into ``out``: folders beside it named as orgkg
    names them, owned by this user."""
    pattern = re.compile(rf"\.{re.escape(out.name)}\.orgkg-[0-9a-f]{{8}}(?:{re.escape(_ASIDE)})?")
    try:
        entries = sorted(os.listdir(out.parent))
    except OSError:
        return
    for name in entries:
        if pattern.fullmatch(name):
            with contextlib.suppress(OSError):
                found = os.lstat(out.parent / name)
                if stat.S_ISDIR(found.st_mode) and (not hasattr(os, "getuid") or found.st_uid == os.getuid()):
                    yield out.parent / name


def _recover(out: Path) -> None:
    """Where a two-rename switch stopped between its renames, ``out`` is missing: the new set,
    complete by then, takes its place (or, failing that, the previous set goes back)."""
    if os.path.lexists(out):
        return
    for aside in _siblings(out):
        if aside.name.endswith(_ASIDE):
            for folder in (aside.with_name(aside.name.removesuffix(_ASIDE)), aside):
                with contextlib.suppress(OSError):  # gone: another build recovered first
                    os.rename(folder, out)
                    return


def _remove_stale_sets(out: Path, notice: Callable[[str], None]) -> None:
    """Remove what stopped builds left beside ``out`` (only holding its lock)."""
    for folder in _siblings(out):
        _dispose(folder, out, notice)
        if not os.path.lexists(folder):
            notice(f"removed {folder}, left by a stopped build")


def _crash_point(step: str) -> None:
    """Test hook: ``ORGKG_TEST_DIE_AT=<step>`` kills this process at ``step`` (SIGKILL), as a
    power cut would; ``<step>/INT`` stops it as Ctrl-C does, ``<step>/ENOSPC`` as a full disk."""
    wanted = os.environ.get(DIE_AT_VARIABLE)
    if not wanted or wanted.partition("/")[0] != step:
        return
    how = wanted.partition("/")[2]
    if how == "INT":
        raise KeyboardInterrupt
    if how == "ENOSPC":
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    os.kill(os.getpid(), signal.SIGKILL)


# -- the output folder's lock ---------------------------------------------------------------


class FolderBusy(UsageError):
    """Another build holds the output folder (``--no-wait``: exit 2)."""


@contextlib.contextmanager
def folder_lock(
    out_dir: str | Path, *, wait: bool = True, notice: Callable[[str], None] | None = None
) -> Iterator[Path]:
    """Hold the output folder (created if missing) for one build: an advisory lock
    (``flock``) on the folder itself, so no lock file joins the outputs. A second build
    waits for it, or with ``wait=False`` raises ``FolderBusy``. Holding it, what stopped
    builds left beside the folder is removed (``_remove_stale_sets``). Where the platform
    or file system has no such locks (Windows, some network file systems), the build goes
    on unlocked, with a notice, and leaves them alone."""
    notice = notice or warn
    out = _output_folder(out_dir)
    _recover(Path(os.path.realpath(out)))
    handle, locked, created = _open_locked(out, wait, notice)
    try:
        if locked:
            _remove_stale_sets(Path(os.path.realpath(out)), notice)
        yield out
    finally:
        if created:  # a build refused before writing anything leaves no empty folder behind
            with contextlib.suppress(OSError):
                if _same_folder(handle, out):  # not a new set switched in meanwhile
                    out.rmdir()
        if locked:
            with contextlib.suppress(OSError):
                fcntl.flock(handle, fcntl.LOCK_UN)
        os.close(handle)


def _same_folder(handle: int, out: Path) -> bool:
    opened, now = os.fstat(handle), os.stat(out)
    return (opened.st_dev, opened.st_ino) == (now.st_dev, now.st_ino)


def _open_locked(out: Path, wait: bool, notice: Callable[[str], None]) -> tuple[int, bool, bool]:
    """(descriptor of ``out``, whether it is locked, whether this call created it). Locked
    only once it is still the folder at ``out``: a build that held it may have switched a
    new set in."""
    while True:
        created = False
        try:
            try:
                out.mkdir(parents=True)
                created = True
            except FileExistsError:
                pass
            handle = os.open(out, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError as error:
            raise UsageError(f"cannot write to {out}: {error.strerror or error}") from error
        try:
            locked = _lock(handle, out, wait, notice)
            if _same_folder(handle, out):
                return handle, locked, created
        except FileNotFoundError:
            pass
        except BaseException:
            os.close(handle)
            raise
        os.close(handle)  # closing drops the lock too: nobody else shares this descriptor


def _lock(handle: int, out: Path, wait: bool, notice: Callable[[str], None]) -> bool:
    """Take the lock on ``out``; False where locks are not supported."""
    if sys.platform == "win32" or fcntl is None:  # pragma: no cover - Windows (the platform check tells mypy)
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        if not wait:
            raise FolderBusy(
                f"another build holds the output folder {out}; wait for it to finish, or run without --no-wait to wait"
            ) from None
    except OSError as error:
        notice(f"cannot lock {out} ({error.strerror or error}): make sure no other build writes there meanwhile")
        return False
    notice(f"waiting for another build to finish with {out} …")
    fcntl.flock(handle, fcntl.LOCK_EX)
    return True


# -- file names ------------------------------------------------------------------------------

_SAFE_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,127}")
# Device names Windows reserves whatever the extension ("con.jsonld" is the console).
_RESERVED_STEMS = frozenset({"con", "prn", "aux", "nul", *(f"{d}{n}" for d in ("com", "lpt") for n in range(10))})


def is_slug(text: str) -> bool:
    return _SAFE_SLUG.fullmatch(text) is not None


def org_file_name(slug: str) -> str:
    """``orgs/<slug>.jsonld``. A slug is ``[a-z0-9-]`` (``iri.slugify``), so it can never
    name a path outside ``orgs/``; anything else (say, a tampered cache record) is refused,
    and a reserved device name gets a ``_`` suffix (slugs never contain ``_``)."""
    if not is_slug(slug):
        raise InputError(f"refusing to write an organization file named {slug!r}: not a slug")
    return f"orgs/{slug}_.jsonld" if slug in _RESERVED_STEMS else f"orgs/{slug}.jsonld"


def web_file_name(slug: str) -> str:
    """``web/{slug}.jsonld``: beside ``orgs/{slug}.jsonld``, with the same safe file name."""
    return "web/" + org_file_name(slug).removeprefix("orgs/")
