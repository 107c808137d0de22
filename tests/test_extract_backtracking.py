"""Regression (issue 13 item 6): long digit runs in the number fields are read in linear time.

Before the fix, 20,000 digits followed by a letter took 77 s under "Number of employees",
53 s under the budget and 42 s under "Staff" (finditer restarted inside the run at every
digit). The child process runs under a generous deadline: a regex stuck in C cannot be
interrupted by a signal, so a hang is killed from outside instead.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

RUN = 19_980  # just under the parser's 20,000-character line limit

CHILD = textwrap.dedent(
    """
    import sys
    from orgkg.extract import extract
    from orgkg.model import Budget, EmployeeCount
    from orgkg.parse import parse_profile

    heading, body = sys.argv[1], sys.argv[2]
    doc = "\\n".join(["Example Agency", "The Example Agency (EXA) is a federal agency.", heading, body]) + "\\n"
    field = extract(parse_profile(doc, "runaway.txt")).fields[1]
    assert field.name == heading, field.name
    print(sum(isinstance(f, (Budget, EmployeeCount)) for f in field.facts))
    """
)


@pytest.mark.parametrize("heading", ["Number of employees", "Last total enacted budget", "Staff"])
@pytest.mark.parametrize(
    "body",
    [
        "1" * RUN + "x",  # the reported case: a run that no number reading can end
        "1" * RUN + " a!",
        "1" + " 111" * (RUN // 4) + "x",  # thousands groups
    ],
    ids=["digits-letter", "digits-word", "groups-letter"],
)
def test_long_digit_runs_extract_quickly(heading: str, body: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, heading, body], capture_output=True, text=True, timeout=10, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "0"  # no count or budget is read out of a 20,000-digit run
