"""Command line of the synthetic corpus generator, which lives in ``devkit/corpus.py``::

python benchmarks/make_corpus.py N DIR --seed S [--crlf-share F] [--bom-share F]
                                           [--inject-errors K] [--manifest] [--quiet]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout, for devkit

from devkit.corpus import main

if __name__ == "__main__":
    sys.exit(main())
