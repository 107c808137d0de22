"""``python -m orgkg`` is the same as the ``orgkg`` command."""

from orgkg.cli import run

run()
