"""orgkg.files: the one atomic, fsynced file writer."""

from __future__ import annotations

import os

import pytest

from orgkg.errors import UsageError
from orgkg.files import atomic_write, write_files


def _fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record every fsync (file descriptors), still doing it."""
    real_fsync, calls = os.fsync, []

    def recording_fsync(fd: int) -> None:
        calls.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    return calls


def test_atomic_write_fsyncs_the_file_and_its_folder(tmp_path, monkeypatch):
    target = tmp_path / "sub" / "marker.json"
    opened_folders = []
    real_open = os.open

    def recording_open(path, flags, *args, **kwargs):
        fd = real_open(path, flags, *args, **kwargs)
        if os.path.isdir(path):
            opened_folders.append((str(path), fd))
        return fd

    monkeypatch.setattr(os, "open", recording_open)
    calls = _fsyncs(monkeypatch)
    atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    assert oct(target.stat().st_mode & 0o777) == oct(0o644)
    assert len(calls) == 2  # the file, then its folder
    assert (str(target.parent), calls[1]) in opened_folders


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "marker.json"
    target.write_bytes(b"old")

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError, match="No space left"):
        atomic_write(target, b"new" * 1000)
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["marker.json"]  # no temporary left


def test_atomic_write_replaces_a_symlink_not_its_target(tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"keep me")
    link = tmp_path / "out" / "file.txt"
    link.parent.mkdir()
    link.symlink_to(outside)
    atomic_write(link, b"new")
    assert not link.is_symlink() and link.read_bytes() == b"new"
    assert outside.read_bytes() == b"keep me"


def test_write_files_is_atomic(tmp_path, monkeypatch):
    out = tmp_path / "build"
    write_files(out, {"a.txt": b"old a", "b.txt": b"old b"})
    real_fsync = os.fsync
    calls = []

    def failing_fsync(fd):
        calls.append(fd)
        if len(calls) == 2:  # the first file is staged, the second fails
            raise OSError(28, "No space left on device")
        return real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(UsageError, match="No space left"):
        write_files(out, {"a.txt": b"new a" * 1000, "b.txt": b"new b"})
    monkeypatch.undo()
    assert (out / "a.txt").read_bytes() == b"old a" and (out / "b.txt").read_bytes() == b"old b"
    assert sorted(p.name for p in out.iterdir()) == ["a.txt", "b.txt"]  # no temp files left
    assert len(calls) == 2


def test_write_refuses_a_file_as_output_folder(tmp_path):
    target = tmp_path / "file"
    target.write_text("keep me")
    with pytest.raises(UsageError, match="not a folder"):
        write_files(target, {"a": b""})
    assert target.read_text() == "keep me"


# --- reading: the one opener of a file orgkg reads -------------------------------------------


def test_open_regular_refuses_special_files_with_one_wording(tmp_path):
    """orgkg's own files and a user's input are refused alike: "not a regular file (a FIFO)"."""
    from orgkg.errors import InputError
    from orgkg.files import NotRegularFile, read_regular
    from orgkg.rdf_files import read_regular as read_input

    fifo = tmp_path / "pipe.nq"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFile) as own:
        read_regular(fifo)  # would block forever if opened as a plain file
    with pytest.raises(InputError) as given:
        read_input(fifo)
    assert str(own.value) == str(given.value) == f"{fifo}: not a regular file (a FIFO)"


def test_open_regular_follows_a_symlink_only_when_asked(tmp_path):
    from orgkg.files import NotRegularFile, open_regular, read_regular

    target = tmp_path / "target.txt"
    target.write_bytes(b"data")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    with pytest.raises(NotRegularFile, match="not a regular file \\(a symbolic link\\)"):
        read_regular(link)  # orgkg's own files: never through a symlink
    with os.fdopen(open_regular(link, follow_symlinks=True), "rb") as stream:  # a user's input file
        assert stream.read() == b"data"
