"""Shared fixtures. Every test runs with the network guard on: a connection to anything
but this machine's loopback fails the test (servers the tests start on 127.0.0.1 are fine)."""

from __future__ import annotations

import ipaddress
import socket
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
SEED = SEEDS / "advanced-manufacturing-partnership.txt"
DATA = REPO / "tests" / "data"
EXAMPLES = DATA / "examples"  # the brief's two example profiles, copied so every clone has them


class NetworkAccessInTest(AssertionError):
    pass


def _is_loopback(address: object) -> bool:
    if not isinstance(address, tuple) or not address:
        return True  # AF_UNIX paths and the like never leave the machine
    host = str(address[0])
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: object) -> None:
        if not _is_loopback(address):
            raise NetworkAccessInTest(f"test tried to reach the network: {address!r}")
        return real_connect(self, address)

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        if not _is_loopback(address):
            raise NetworkAccessInTest(f"test tried to reach the network: {address!r}")
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    """The two example profiles (tests/data/examples), read-only."""
    return EXAMPLES


@pytest.fixture(scope="session")
def seed_build():
    """The seed built once per session without validation (read-only: do not mutate)."""
    import orgkg

    return orgkg.build([SEED], validate=False)


@pytest.fixture(scope="session")
def corpus_build(examples_dir: Path):
    """The seed and the examples built together (cross-document identity)."""
    import orgkg

    return orgkg.build([SEED, examples_dir], validate=False)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite tests/golden/* from the current output instead of comparing.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))
