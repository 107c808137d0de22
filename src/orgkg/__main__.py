"""``python -m orgkg`` is the same as the ``orgkg`` command."""

from orgkg.cli import main

main()
