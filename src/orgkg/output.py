"""Writing a build into its output folder: the I/O edge of the pipeline.

Every file is written to a temporary file beside its target and renamed over it only when
all of them are ready, so a failed or interrupted write leaves the previous build as it
was. The five graph files (1.8 GB for 10,000 profiles) are mostly copied from the build
cache by the kernel; on Linux a forked child process writes them while this process
renders the rest (a thread would not do: every one of its thousands of copy calls waits
for the GIL while the report is being rendered, measured 24 s instead of 1.5 s), and
``api.build_and_write`` starts it before validation, so writing and validating overlap.
A rebuild of the same graph leaves graph files nobody touched as they are.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import stat
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from orgkg.errors import InputError, UsageError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: builds are not locked
    fcntl = None  # type: ignore[assignment]

if TYPE_CHECKING:
    from orgkg.api import BuildResult
    from orgkg.cache import BuildCache


def write(
    result: BuildResult,
    out_dir: str | Path = "build",
    *,
    wait: bool = True,
    notice: Callable[[str], None] | None = None,
) -> list[Path]:
    """Write every output atomically into ``out_dir``, holding its lock (``folder_lock``:
    ``wait=False`` raises ``FolderBusy`` instead of waiting for another build). Organization
    files an earlier write produced (listed in ``.orgkg-files``) that this build no longer
    has are removed; other files in ``orgs/`` are left alone. An organization file is
    rewritten only when its content or the file on disk changed. ``notice`` hears of what
    was found wrong and dealt with (default: a warning on stderr)."""
    with folder_lock(out_dir, wait=wait, notice=notice) as out:
        return write_locked(result, out, notice=notice)


def write_locked(
    result: BuildResult,
    out_dir: str | Path,
    *,
    graph_files: GraphFiles | None = None,
    notice: Callable[[str], None] | None = None,
) -> list[Path]:
    """``write`` for a caller that holds the folder's lock (``api.build_and_write``);
    ``graph_files`` is the graph files' job if one was started already."""
    from orgkg.serialization import FILE_NAMES, FORMATS

    notice = notice or warn
    out = _output_folder(out_dir)
    _check_orgs_folder(out)
    staged: list[tuple[Path, Path]] = []
    names: list[str] = [FILE_NAMES[fmt] for fmt in FORMATS]
    try:
        if graph_files is None:
            graph_files = GraphFiles.start(result, out)
        stamps = graph_files.stamps
        org_stamps = stamps.get("orgs") if isinstance(stamps.get("orgs"), dict) else {}
        org_files, unchanged = _stage_org_files(result, out, staged, names, org_stamps)
        previous_org_files = _org_manifest(out, notice)
        _stage(out, ORG_MANIFEST, "".join(f"{name}\n" for name in sorted(org_files)).encode("utf-8"), staged)
        if result.report is not None:
            from orgkg.report import render_report

            _stage(out, "validation.json", render_report(result.report, "json").encode("utf-8"), staged)
            names.append("validation.json")
        graph_stamps = graph_files.wait()
    except BaseException as error:  # any failure, not only OSError: no temp file stays behind
        if graph_files is not None:
            graph_files.discard()
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise UsageError(f"cannot write to {out}: {error.strerror or error}") from error
        raise
    renames = [*graph_files.staged, *staged]
    try:
        for done, (temp, target) in enumerate(renames):
            try:
                os.replace(temp, target)
            except OSError as error:  # say so, and leave no temporary file; what was renamed stays
                for rest, _ in renames[done:]:
                    rest.unlink(missing_ok=True)
                raise UsageError(f"cannot write {target}: {error.strerror or error}") from error
    finally:
        graph_files.release()
    if result.cache is not None:
        for name, sha256 in org_files.items():
            if name not in unchanged:  # written just now
                with contextlib.suppress(OSError):
                    unchanged[name] = _stamp(sha256, os.lstat(out / name))
        record = {**graph_stamps, "orgs": unchanged}
        if record != stamps:
            result.cache.remember_written(out, record)
    for name in sorted(previous_org_files - set(org_files)):  # an earlier build's, not anyone else's
        with contextlib.suppress(OSError):
            if stat.S_ISREG(os.lstat(out / name).st_mode):  # a regular file of ours, never a link or FIFO
                os.unlink(out / name)
    return [out / name for name in sorted(names)]


def warn(message: str) -> None:
    """What ``notice`` is when a caller gives none: a warning on stderr."""
    print(f"orgkg: warning: {message}", file=sys.stderr)


def _output_folder(out_dir: str | Path) -> Path:
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise UsageError(f"output path {out} exists and is not a folder")
    return out


def _check_orgs_folder(out: Path) -> None:
    """``orgs/`` must be a real folder inside ``out``: through a symlink, organization files
    would be written (and stale ones removed) wherever it points."""
    try:
        mode = os.lstat(out / "orgs").st_mode
    except FileNotFoundError:
        return
    if not stat.S_ISDIR(mode):
        from orgkg.cache import file_kind

        raise UsageError(
            f"{out / 'orgs'} is {file_kind(mode)}, not a folder: orgkg writes organization files "
            "only into a real folder inside the output folder; remove it or choose another output folder"
        )


# -- the output folder's lock ---------------------------------------------------------------


class FolderBusy(UsageError):
    """Another build holds the output folder (``--no-wait``: exit 2)."""


@contextlib.contextmanager
def folder_lock(
    out_dir: str | Path, *, wait: bool = True, notice: Callable[[str], None] | None = None
) -> Iterator[Path]:
    """Hold the output folder (created if missing) for one build: an advisory lock
    (``flock``) on the folder itself, so no lock file joins the outputs. A second build
    waits for it, or with ``wait=False`` raises ``FolderBusy``. Holding it, the temporary
    files a killed build left are removed (``remove_stale_temporaries``). Where the
    platform or file system has no such locks (Windows, some network file systems), the
    build goes on unlocked, with a notice, and leaves temporaries alone."""
    notice = notice or warn
    out = _output_folder(out_dir)
    handle, locked, created = _open_locked(out, wait, notice)
    try:
        if locked:
            remove_stale_temporaries(out, notice)
        yield out
    finally:
        if created:  # a build refused before writing anything leaves no empty folder behind
            with contextlib.suppress(OSError):
                out.rmdir()
        if locked:
            # LOCK_UN, not only close: forked children (workers, the graph-file writer) share
            # the lock through their copy of the descriptor and may outlive the build briefly.
            with contextlib.suppress(OSError):
                fcntl.flock(handle, fcntl.LOCK_UN)
        os.close(handle)


def _open_locked(out: Path, wait: bool, notice: Callable[[str], None]) -> tuple[int, bool, bool]:
    """(descriptor of ``out``, whether it is locked, whether this call created it). Locked
    only once it is still the folder at ``out``: the build that held it may have removed it."""
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
            opened, now = os.fstat(handle), os.stat(out)
            if (opened.st_dev, opened.st_ino) == (now.st_dev, now.st_ino):
                return handle, locked, created
        except FileNotFoundError:
            pass
        except BaseException:
            os.close(handle)
            raise
        os.close(handle)  # closing drops the lock too: nobody else shares this descriptor yet


def _lock(handle: int, out: Path, wait: bool, notice: Callable[[str], None]) -> bool:
    """Take the lock on ``out``; False where locks are not supported."""
    if fcntl is None:  # pragma: no cover - Windows
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


def remove_stale_temporaries(out: Path, notice: Callable[[str], None]) -> None:
    """Remove what a killed build left in ``out``: only regular files named as orgkg names
    its temporaries (``cache.make_temporary``) of the files it writes there. Only holding
    the folder's lock: then no other build is writing them."""
    from orgkg.cache import remove_own_temporaries, temporary_pattern
    from orgkg.serialization import FILE_NAMES

    names = "|".join(re.escape(name) for name in [*FILE_NAMES.values(), "validation.json", ORG_MANIFEST])
    removed = remove_own_temporaries(out, temporary_pattern(names))
    removed += remove_own_temporaries(out / "orgs", temporary_pattern(_ORG_FILE.pattern.removeprefix("orgs/")))
    if removed:
        notice(f"removed {removed} temporary file(s) a stopped build left in {out}")


class GraphFiles:
    """The five graph files of a build being written into temporary files beside their
    targets (``staged``), by a child process where the platform forks, else right away.
    Nothing is written when the files in the folder are, untouched, what an earlier write
    made of the same recipe (the build cache keeps each file's recipe and stat)."""

    def __init__(self, recipe: str, stamps: dict[str, Any]) -> None:
        self.recipe = recipe
        self.stamps = stamps  # what the build cache recorded about the folder's files
        self.staged: list[tuple[Path, Path]] = []  # (temporary file, graph file it becomes)
        self.child: Any = None
        self.conn: Any = None
        self.prefix: list[tuple[Any, Any]] = []  # what ``begin`` started with

    @classmethod
    def start(cls, result: BuildResult, out_dir: str | Path) -> GraphFiles:
        out = _output_folder(out_dir)
        job = cls(*_recipe_and_stamps(result, out))
        if not (job.stamps and _graph_files_hold(out, job.stamps, job.recipe)):  # else nothing to write
            job._launch(out, _Plan(result.cache, _plan_items(result), complete=True))
        return job

    @classmethod
    def begin(cls, cache: BuildCache, out_dir: str | Path, prefix: list[str]) -> GraphFiles | None:
        """Start writing before the graph is built, with the first shards' fragments in the
        build cache (``prefix``: their keys): a rebuild knows them unchanged as soon as it has
        hashed the files. ``finish`` hands over the rest. None where the platform does not
        fork (``start`` then writes everything)."""
        if fork_context() is None:
            return None
        job = cls("", {})
        job.prefix = [(None, key) for key in prefix]
        job._launch(_output_folder(out_dir), _Plan(cache, job.prefix))
        return job

    def finish(self, result: BuildResult) -> GraphFiles:
        """Hand the child the rest of the graph. If the files need no writing after all, or a
        shard of the prefix was rebuilt (its lookups resolve differently now), this job is
        discarded and one that writes everything (or nothing) is returned instead."""
        out = self.staged[0][1].parent
        items = _plan_items(result)
        recipe, stamps = _recipe_and_stamps(result, out)
        unchanged = bool(stamps) and _graph_files_hold(out, stamps, recipe)
        if not unchanged and items[: len(self.prefix)] == self.prefix:
            try:
                self.conn.send(items[len(self.prefix) :])
                self.recipe, self.stamps = recipe, stamps
                return self
            except OSError:  # the child is gone: start again
                pass
        self.discard()
        job = GraphFiles(recipe, stamps)
        if not unchanged:
            job._launch(out, _Plan(result.cache, items, complete=True))
        return job

    def _launch(self, out: Path, plan: _Plan) -> None:
        """Create the temporary files beside the graph files and start writing ``plan``."""
        from orgkg.cache import make_temporary
        from orgkg.serialization import FILE_NAMES, FORMATS

        try:
            out.mkdir(parents=True, exist_ok=True)
            for fmt in FORMATS:
                handle, temp = make_temporary(out, FILE_NAMES[fmt])
                os.close(handle)
                self.staged.append((temp, out / FILE_NAMES[fmt]))
            self._run(plan)
        except BaseException as error:
            self.discard()
            if isinstance(error, OSError):
                raise UsageError(f"cannot write to {out}: {error.strerror or error}") from error
            raise

    def _run(self, plan: _Plan) -> None:
        temps = [str(temp) for temp, _ in self.staged]
        context = fork_context()
        if context is None:  # no fork (macOS, Windows): write them now
            _write_graph_temps(plan, temps)
            return
        self.conn, child_end = context.Pipe()
        targets = [str(target) for _, target in self.staged]
        try:
            child = context.Process(
                target=_graph_files_child, args=(plan, temps, targets, child_end), daemon=True, name="orgkg-graph-files"
            )
            child.start()  # multiprocessing flushes stdout and stderr first: no copy of them in the child
            self.child = child
        finally:
            child_end.close()

    def wait(self) -> dict[str, Any]:
        """Wait until the files are written; raise what went wrong. Returns the stamps the
        cache keeps of them."""
        if self.child is not None:
            try:
                outcome = self.conn.recv()
            except EOFError:  # it died before it could say why
                self.child.join()
                outcome = RuntimeError(f"the process writing the graph files died (exit code {self.child.exitcode})")
            if outcome is not None:
                self.discard()
                raise outcome
        if not self.staged:
            from orgkg.serialization import FILE_NAMES

            return {name: self.stamps[name] for name in FILE_NAMES.values()}
        written = {}
        for temp, target in self.staged:
            os.chmod(temp, 0o644)
            written[target.name] = _stamp(self.recipe, temp.stat())
        return written

    def release(self) -> None:
        """Tell the child the files are renamed (or will not be): it closes the previous
        graph files it holds and exits. Not waited for: freeing the blocks of the previous
        1.8 GB (at 10,000 profiles) costs the last holder of each file 0.35–0.4 s, and that
        is the child, not this process's rename."""
        if self.child is not None:
            with contextlib.suppress(OSError):
                self.conn.send(None)
            self.conn.close()
            self.child = self.conn = None

    def discard(self) -> None:
        """Stop the child (if still running) and remove the temporary files."""
        if self.child is not None:
            self.child.terminate()
            self.child.join()
            self.child = None
        if self.conn is not None:
            self.conn.close()
            self.conn = None
        for temp, _ in self.staged:
            temp.unlink(missing_ok=True)


def _graph_files_child(plan: _Plan, temps: list[str], targets: list[str], conn: Any) -> None:
    """In the forked child: write the files and report None or the error; then hold the
    graph files they replace open until the parent has renamed (``GraphFiles.release``),
    so that this process, not the parent's rename, pays for freeing their blocks."""
    from orgkg.cache import open_regular

    held: list[int] = []
    with contextlib.suppress(OSError, AttributeError):  # background work: the build's processes first
        os.nice(10)
    try:
        # The rest comes from the parent once the graph is built. Its receiver thread is done
        # before the release is awaited below, except when writing failed first: the parent
        # then terminates this process (GraphFiles.discard), so two readers never race.
        if not plan.ready.is_set():
            threading.Thread(target=lambda: plan.complete(_receive(conn)), daemon=True).start()
        _write_graph_temps(plan, temps)
        outcome: BaseException | None = None
        for target in targets:
            with contextlib.suppress(OSError):  # no previous file (or not a regular one): nothing to hold
                held.append(open_regular(Path(target)))
    except BaseException as error:  # handed to the parent, which raises it
        outcome = error
    try:
        conn.send(outcome)
    except Exception:  # an error that cannot be pickled: its description will do
        conn.send(RuntimeError(f"{type(outcome).__name__}: {outcome}"))
    with contextlib.suppress(EOFError, OSError):
        conn.recv()  # released, or the parent is gone
    for handle in held:
        os.close(handle)
    conn.close()


class _Plan:
    """What the graph files are made of, in order: ``(texts, None)`` for a section in memory,
    ``(None, key)`` for a shard whose fragments are in the build cache. Known from the start,
    or a prefix first and the rest later (``complete``; None: there will be no rest)."""

    def __init__(self, cache: BuildCache | None, items: list[tuple[Any, Any]], *, complete: bool = False) -> None:
        self.cache = cache
        self.prefix = items
        self.rest: list[tuple[Any, Any]] | None = [] if complete else None
        self.ready = threading.Event()
        if complete:
            self.ready.set()

    def complete(self, rest: list[tuple[Any, Any]] | None) -> None:
        self.rest = rest
        self.ready.set()

    def items(self) -> Iterator[tuple[Any, Any]]:
        yield from self.prefix
        self.ready.wait()
        if self.rest is None:
            raise RuntimeError("the build stopped before the graph was complete")
        yield from self.rest


def _plan_items(result: BuildResult) -> list[tuple[Any, Any]]:
    items: list[tuple[Any, Any]] = [
        (shard.texts, None) if shard.texts is not None else (None, shard.key) for shard in result.shards
    ]
    return [*items, (result.shared.to_json(), None)]


def _receive(conn: Any) -> Any:
    try:
        return conn.recv()
    except (EOFError, OSError):
        return None


def _write_graph_temps(plan: _Plan, temps: list[str]) -> None:
    """Write the five graph files into ``temps``, one thread per file: the copies and fsyncs
    are system calls, which release the GIL, so the files' write-back overlaps (measured at
    10,000 profiles: 1.5–2.4 s one file after another, 1.0–1.3 s together)."""
    from concurrent.futures import ThreadPoolExecutor

    from orgkg.serialization import FORMATS

    with ThreadPoolExecutor(len(FORMATS), thread_name_prefix="orgkg-graph-file") as pool:
        futures = [pool.submit(_write_graph_file, plan, fmt, temp) for fmt, temp in zip(FORMATS, temps, strict=True)]
        for future in futures:
            future.result()  # the first error, once every thread is done


def _write_graph_file(plan: _Plan, fmt: str, temp: str) -> None:
    """Stream the graph file of ``fmt`` into ``temp`` and fsync it."""
    from orgkg.api import _ignore, _section
    from orgkg.serialization import FORMATS, GraphFileWriter

    with open(temp, "wb") as handle:
        write_text = _encoder(handle)
        writer = GraphFileWriter({name: write_text if name == fmt else _ignore for name in FORMATS})
        for texts, key in plan.items():
            if texts is not None:
                writer.add(_section(texts))
                continue
            assert plan.cache is not None
            path = plan.cache.shard_path(key, fmt)
            if os.lstat(path).st_size:
                write_text(writer.separator(fmt))
                handle.flush()
                _copy_file(path, handle)
        writer.close()
        handle.flush()
        os.fsync(handle.fileno())


def _encoder(handle: Any) -> Callable[[str], object]:
    def write_text(text: str) -> None:
        handle.write(text.encode("utf-8"))

    return write_text


def _copy_file(path: Path, target: Any) -> None:
    from orgkg.cache import open_regular

    with os.fdopen(open_regular(path), "rb") as source:
        size = os.fstat(source.fileno()).st_size
        copied = 0
        try:
            while copied < size:
                step = os.copy_file_range(source.fileno(), target.fileno(), size - copied)
                if step == 0:
                    break
                copied += step
        except (AttributeError, OSError):
            source.seek(copied)
            shutil.copyfileobj(source, target, 1 << 20)
            return
        if copied < size:  # pragma: no cover - file shrank underneath us
            raise OSError(f"short copy from {path}")
        target.seek(0, os.SEEK_END)


def _stage(out: Path, relative: str, content: bytes, staged: list[tuple[Path, Path]]) -> None:
    from orgkg.cache import make_temporary

    target = out / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = make_temporary(target.parent, target.name)
    staged.append((temp, target))
    with os.fdopen(handle, "wb") as stream:
        stream.write(content)
    os.chmod(temp, 0o644)


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


# The organization files the last write produced, so the next one removes only its own
# stale files (a profile deleted or renamed), never a file someone else put into orgs/.
ORG_MANIFEST = ".orgkg-files"
_ORG_FILE = re.compile(r"orgs/[a-z0-9][a-z0-9-]{0,127}_?\.jsonld")


def _org_manifest(out: Path, notice: Callable[[str], None]) -> set[str]:
    from orgkg.cache import NotRegularFile, read_regular

    try:
        text = read_regular(out / ORG_MANIFEST).decode("utf-8")
    except NotRegularFile as error:  # a FIFO would block the build: say so; the new manifest replaces it
        notice(f"{error}: ignored and replaced")
        return set()
    except (OSError, UnicodeDecodeError):
        return set()
    return {line for line in text.split("\n") if _ORG_FILE.fullmatch(line)}  # a tampered line names nothing


# A rebuild of the same graph into the same folder leaves untouched graph files be instead
# of copying and fsyncing them again (1.8 GB for 10,000 profiles); the build cache keeps
# how each was made (``BuildCache.written_stamps``).


def _recipe_and_stamps(result: BuildResult, out: Path) -> tuple[str, dict[str, Any]]:
    """The graph files' recipe and what the build cache recorded of the folder's files; only
    a build with a cache keeps them."""
    if result.cache is None:
        return "", {}
    return _graph_recipe(result), result.cache.written_stamps(out)


def _graph_recipe(result: BuildResult) -> str:
    """Everything the graph files' bytes follow from: orgkg's code and data files (the
    JSON-LD context, the prefixes), each shard's profiles and the digest of their quads, in
    order, and what the shared section follows from."""
    from orgkg.cache import code_fingerprint
    from orgkg.resources import data_fingerprint

    digest = hashlib.sha256(f"{code_fingerprint()}\x00{data_fingerprint()}".encode())
    for shard in result.shards:
        digest.update(b"\x00shard")
        for record in shard.records:
            digest.update(f"\x00{record.doc}\x00{record.digest}".encode())
    digest.update(f"\x00shared\x00{result.shared_key}".encode())  # the section follows from the records
    return digest.hexdigest()


def fork_context() -> Any | None:
    """multiprocessing's fork context where the graph-file writer forks (Linux), else None."""
    import multiprocessing

    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def _stamp(made_of: str, stat_result: os.stat_result) -> list[Any]:
    """What the build cache records of a file it wrote: what its bytes were made of (a graph
    file's recipe, an organization file's sha256), and its size, mtime and inode then."""
    return [made_of, stat_result.st_size, stat_result.st_mtime_ns, stat_result.st_ino]


def _graph_files_hold(out: Path, stamps: dict[str, Any], recipe: str) -> bool:
    """Whether every graph file on disk is, untouched, what an earlier write made of ``recipe``."""
    from orgkg.serialization import FILE_NAMES

    try:
        return all(stamps.get(name) == _stamp(recipe, os.lstat(out / name)) for name in FILE_NAMES.values())
    except OSError:
        return False


def _stage_org_files(
    result: BuildResult, out: Path, staged: list[tuple[Path, Path]], names: list[str], stamps: dict[str, Any]
) -> tuple[dict[str, str], dict[str, list[Any]]]:
    """Stage the organization documents whose file is missing or differs; unchanged shards
    need not load their documents at all. A file is known unchanged by the stamp an earlier
    write recorded (sha256, size, mtime, inode: one stat), else by its size and sha256.
    Returns each file's sha256 and the stamps of the files found unchanged."""
    expected: dict[str, str] = {}
    checked: dict[str, list[Any] | None] = {}  # name → its stamp if unchanged, None if it differs
    stale_shards: set[int] = set()
    for number, shard in enumerate(result.shards):
        for record in shard.records:
            name = org_file_name(record.slug)
            expected[name] = record.framed_sha256
            names.append(name)
            checked[name] = _unchanged_stamp(out / name, record, stamps.get(name))
            if checked[name] is None:
                stale_shards.add(number)
    for number in sorted(stale_shards):
        shard = result.shards[number]
        framed = (
            shard.framed
            if shard.framed is not None
            else result.cache.framed_documents(  # type: ignore[union-attr]
                shard.key, [record.slug for record in shard.records]
            )
        )
        for record in shard.records:
            name = org_file_name(record.slug)
            if checked[name] is None:
                _stage(out, name, framed[record.slug].encode("utf-8"), staged)
    return expected, {name: stamp for name, stamp in checked.items() if stamp is not None}


def _unchanged_stamp(path: Path, record: Any, recorded: Any) -> list[Any] | None:
    """The stamp of ``path`` if it holds the record's document, else None."""
    try:
        found = os.lstat(path)
        if not stat.S_ISREG(found.st_mode):  # a symlink, FIFO or folder there is replaced, never read
            return None
        stamp = _stamp(record.framed_sha256, found)
        if stamp == recorded:
            return stamp
        # lstat saw a regular file (a FIFO swapped in since takes someone racing the build)
        if stamp[1] == record.framed_bytes and hashlib.sha256(path.read_bytes()).hexdigest() == stamp[0]:
            return stamp  # the stat taken before reading: a change while reading shows next time
    except OSError:
        pass
    return None
