"""Developer tools that both ``tests/`` and ``benchmarks/`` use, so neither imports the other.

* :mod:`devkit.corpus` — the deterministic synthetic corpus generator
  (``python benchmarks/make_corpus.py N DIR --seed S``);
* :mod:`devkit.oxigraph_server` — a real Oxigraph server on 127.0.0.1 for integration tests
  and the load benchmark.

Not part of the installed ``orgkg`` package: it is imported from a checkout (pytest puts the
repository root on ``sys.path``; the benchmark scripts insert it themselves).
"""
