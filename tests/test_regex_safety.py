"""Every regular expression that can see profile or user text runs in linear time.

Python's ``re`` is a backtracking engine: a pattern whose NFA is *polynomially* or
*exponentially ambiguous* takes super-linear time on some input (issue 13, item 6: a run of
20,000 digits under "Number of employees" took 77 s). The checker below is a static
proof of the absence of that ambiguity, after Weideman et al., "Analyzing matching time
behavior of backtracking regular expression matchers by using ambiguity of NFA" (2016):

* The pattern becomes a Glushkov NFA (one state per character position). Bounded repeats
  up to ``_EXPAND_LIMIT`` are unrolled; larger ones are treated as unbounded (more paths,
  so a pattern that passes is safe either way). Lookarounds, ``^``, ``$`` and ``\\b`` are
  treated as always true (more paths again); a lookaround's body is checked as a pattern
  of its own, because it runs at every position the match reaches.
* ``search``, ``finditer``, ``sub`` and ``split`` retry at every start position, which is
  a lazy ``[\\s\\S]*?`` in front of the pattern: the checker adds that state unless the
  pattern is anchored with ``^`` or ``\\A``.
* A state after which the rest of the pattern can match empty, without any assertion, ends
  the search with a match, so it has no way out (backtracking never goes past it).
* Character classes are compared on a sample alphabet: ASCII, the pattern's own literals
  and range ends, and representatives of Unicode spaces, letters, digits and punctuation;
  membership is decided by ``re`` itself, so ``\\w``, ``\\s`` and IGNORECASE mean exactly
  what they mean at run time.

The proof obligation is: no state pair ``p != q`` with ``(p,p) ->+ (p,q) ->+ (q,q)`` in the
product NFA (implied by polynomial ambiguity, IDA) and no strongly connected component of
the product holding both ``(p,p)`` and some ``(p',q')`` with ``p' != q'`` (exponential
ambiguity, EDA). Without either, the backtracking matcher explores a bounded number of paths
per start position, and the start positions are linear in the input.

Patterns are found automatically: every ``re.Pattern`` module attribute of every ``orgkg``
module (also inside tuples, lists and dict values), and every pattern written inline in a
``re.search(...)``-style call (string literal, or an f-string over module constants).
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
import pkgutil
import re
import re._compiler as sre_compile  # type: ignore[import-not-found]
import re._constants as sre  # type: ignore[import-not-found]
import re._parser as sre_parse  # type: ignore[import-not-found]
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

import orgkg

# Bounded repeats are unrolled (exact) while the NFA stays under this many states; beyond
# that they count as unbounded (more paths: a pattern that passes is safe either way).
_EXPAND_LIMIT = 150
# The modules whose patterns see profile text (and the extract package's submodules). The
# others read our own files, file names we wrote, or SPARQL the user runs on their own
# machine (see docs/security-regex.md).
_TEXT_MODULES = (
    "orgkg.parse",
    "orgkg.wikitext",
    "orgkg.extract",
    "orgkg.resolve",
    "orgkg.iri",
    "orgkg.map",
    "orgkg.plausibility",
)
# A module that compiles patterns at run time (from lexicon tables, inside cached functions)
# exposes them through a function of this name, which the test calls.
_BUILT = "built_patterns"

_REPRESENTATIVES = (
    "\t\n\x0b\x0c\r\x1c\x1f\x00\x7f\x85\xa0\u1680\u2000\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"
    "éÉßàÿÀÞþſİıKÅΩøØ字ー\u0660\u0966²½ⅷ"
    "’‘“”„«»–—‐−•·…↑^¦│€£¥©®°§¶\ud800\U0001f600"
)


# --- discovery --------------------------------------------------------------------------


@dataclass(frozen=True)
class Found:
    where: str
    pattern: str
    flags: int
    mode: str = "search"  # search (also finditer, sub, split, findall), match or fullmatch


def _modules() -> Iterator[object]:
    for info in pkgutil.walk_packages(orgkg.__path__, "orgkg."):
        if info.name.startswith(_TEXT_MODULES):
            yield importlib.import_module(info.name)


def _patterns_in(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif depth < 3 and isinstance(value, (tuple, list, frozenset, set)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


_RE_FUNCTIONS = {"search": 2, "match": 2, "fullmatch": 2, "sub": 5, "subn": 5, "split": 3}
_RE_FUNCTIONS |= {"findall": 2, "finditer": 2}


def _source_tree(module: object) -> ast.Module | None:
    try:
        return ast.parse(inspect.getsource(module))  # type: ignore[arg-type]
    except (OSError, TypeError):
        return None


def _enclosing_functions(tree: ast.Module) -> dict[ast.AST, str]:
    """Each node inside a module-level function (or method) → that function's name."""
    owner: dict[ast.AST, str] = {}
    for top in tree.body:
        bodies = [top] if isinstance(top, (ast.FunctionDef, ast.AsyncFunctionDef)) else []
        if isinstance(top, ast.ClassDef):
            bodies = [f for f in top.body if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))]
        for function in bodies:
            for node in ast.walk(function):
                owner[node] = function.name
    return owner


def _is_re_call(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "re"
        and (node.func.attr in _RE_FUNCTIONS or node.func.attr == "compile")
        and bool(node.args)
    )


def _inline_patterns(module: object) -> Iterator[Found]:
    """Patterns passed straight to ``re.<function>`` in the module's source, and patterns
    compiled inside functions from constants (a module-level compile is an attribute)."""
    tree = _source_tree(module)
    if tree is None:
        return
    owner = _enclosing_functions(tree)
    chained = {
        id(n.value): n.attr  # re.compile(...).search(...)
        for n in ast.walk(tree)
        if isinstance(n, ast.Attribute) and isinstance(n.value, ast.Call)
    }
    namespace = dict(vars(module))
    name = module.__name__  # type: ignore[attr-defined]
    for node in ast.walk(tree):
        if not _is_re_call(node):
            continue
        assert isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
        method = node.func.attr
        if method == "compile" and node not in owner:
            continue  # module level: checked as an attribute
        try:
            pattern = eval(compile(ast.Expression(node.args[0]), name, "eval"), namespace)
            flags = 0
            flag_nodes = [k.value for k in node.keywords if k.arg == "flags"]
            position = 1 if method == "compile" else _RE_FUNCTIONS[method]
            if len(node.args) > position:
                flag_nodes.append(node.args[position])
            for flag_node in flag_nodes:
                flags |= int(eval(compile(ast.Expression(flag_node), name, "eval"), namespace))
        except Exception:  # a pattern built at run time from local values
            pattern, flags = None, 0
        where = f"{name}:{node.lineno}"
        if not isinstance(pattern, str):
            if method == "compile" and owner[node] in _reached_from_built(tree):
                continue  # built at run time and exposed: checked through the module's built_patterns()
            # Not provable here: a module-level pattern, or exposed through built_patterns().
            yield Found(f"{where} (not a constant)", "", -1)
            continue
        if method == "compile":
            # Compiled in a function: checked as it is called right there, else in every mode.
            modes = [_mode(chained[id(node)])] if chained.get(id(node)) in _USE_METHODS else ["search", "fullmatch"]
            for mode in modes:
                yield Found(where, pattern, flags, mode)
        else:
            yield Found(where, pattern, flags, _mode(method))


def _reached_from_built(tree: ast.Module) -> set[str]:
    """The module's functions whose patterns the test sees: those its built_patterns() calls,
    directly or through others, and those only module-level code calls, directly or through
    others (what they build at import is a module attribute)."""
    mentions: dict[str, set[str]] = {}
    top_level: set[str] = set()
    for top in tree.body:
        names = {n.id for n in ast.walk(top) if isinstance(n, ast.Name)}
        if isinstance(top, (ast.FunctionDef, ast.AsyncFunctionDef)):
            mentions[top.name] = names
        elif not isinstance(top, ast.ClassDef):
            top_level |= names
    callers = {f: {g for g, names in mentions.items() if f in names and g != f} for f in mentions}
    seen: set[str] = set()
    todo = [_BUILT] if _BUILT in mentions else []
    while todo:
        function = todo.pop()
        if function not in seen:
            seen.add(function)
            todo.extend(mentions[function] & mentions.keys())
    changed = True
    while changed:
        changed = False
        for function in mentions.keys() - seen:
            if (function in top_level or callers[function]) and callers[function] <= seen:
                seen.add(function)
                changed = True
    return seen


def _built_patterns(module: object) -> Iterator[Found]:
    """What the module's built_patterns() returns, each checked under search and fullmatch."""
    builder = getattr(module, _BUILT, None)
    if builder is None:
        return
    name = module.__name__  # type: ignore[attr-defined]
    for index, pattern in enumerate(_patterns_in(tuple(builder()))):
        for mode in ("search", "fullmatch"):
            yield Found(f"{name}.{_BUILT}()[{index}]", pattern.pattern, pattern.flags & ~re.UNICODE, mode)


def _mode(method: str) -> str:
    return method if method in ("match", "fullmatch") else "search"


_USE_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


@dataclass(frozen=True)
class _Imports:
    names: dict[str, tuple[str, str]]  # local name → (module, attribute): from .x import NAME
    modules: dict[str, str]  # local name → module: import x, from . import x


def _imports(tree: ast.Module, here: str, is_package: bool) -> _Imports:
    package = here if is_package else here.rpartition(".")[0]
    names: dict[str, tuple[str, str]] = {}
    modules: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parents = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parents, *filter(None, [base])])
            for alias in node.names:
                names[alias.asname or alias.name] = (base, alias.name)
                modules[alias.asname or alias.name] = f"{base}.{alias.name}"
        elif isinstance(node, ast.Import):
            for alias in node.names:
                modules[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0]
                )
    return _Imports(names, modules)


@functools.cache
def _sources() -> dict[str, tuple[ast.Module, _Imports]]:
    """Every orgkg module's syntax tree and imports, by module name."""
    root = Path(orgkg.__file__).parent
    found: dict[str, tuple[ast.Module, _Imports]] = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        is_package = parts[-1] == "__init__"
        here = ".".join(parts[:-1] if is_package else parts)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found[here] = (tree, _imports(tree, here, is_package))
    return found


@functools.cache
def _uses() -> dict[tuple[str, str], set[str]]:
    """How each module-level pattern is called anywhere in orgkg: (module, NAME) → modes.

    ``NAME.search(`` counts for the module that defines NAME or imports it by name
    (``from .x import NAME``), ``x.NAME.search(`` for the module ``x`` stands for: two
    modules' ``_NAME`` are two patterns."""
    uses: dict[tuple[str, str], set[str]] = {}
    for here, (tree, imports) in _sources().items():
        for node in ast.walk(tree):
            if not (
                isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _USE_METHODS
            ):
                continue
            target = node.func.value
            if isinstance(target, ast.Name):
                key = imports.names.get(target.id, (here, target.id))
            elif (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id in imports.modules
            ):
                key = (imports.modules[target.value.id], target.attr)
            else:
                continue
            uses.setdefault(key, set()).add(_mode(node.func.attr))
    return uses


@functools.cache
def discovered() -> tuple[Found, ...]:
    found: dict[tuple[str, int, str], Found] = {}
    for module in _modules():
        imported = _sources()[module.__name__][1].names
        for attr, value in sorted(vars(module).items()):
            if getattr(value, "__module__", module.__name__) != module.__name__ and not isinstance(
                value, (re.Pattern, tuple, list, dict, frozenset, set)
            ):
                continue
            # An imported pattern is the defining module's: named and used as there.
            home = imported.get(attr, (module.__name__, attr))
            # A pattern passed around (in a table, to a helper) counts as searched.
            modes = _uses().get(home, {"search"}) if isinstance(value, re.Pattern) else {"search"}
            for pattern in _patterns_in(value):
                for mode in sorted(modes):
                    key = (pattern.pattern, pattern.flags & ~re.UNICODE, mode)
                    if key not in found or home[0] != module.__name__:
                        found[key] = Found(".".join(home), *key)
        for inline in (*_inline_patterns(module), *_built_patterns(module)):
            # a pattern the test cannot see is reported at each place it is built
            key = (inline.where, -1, "") if inline.flags == -1 else (inline.pattern, inline.flags, inline.mode)
            found.setdefault(key, inline)
    return tuple(found.values())


# --- the ambiguity checker --------------------------------------------------------------


@dataclass
class _Nfa:
    classes: list[int] = field(default_factory=list)  # per position: bitmask over the alphabet
    follow: list[set[int]] = field(default_factory=list)
    lookarounds: list[tuple[list, int]] = field(default_factory=list)  # bodies to check on their own


@dataclass(frozen=True)
class _Frag:
    nullable: bool  # can match empty (assertions count as empty)
    clean: bool  # can match empty without passing an assertion
    first: frozenset[int]
    last: frozenset[int]
    last_clean: frozenset[int]  # last positions after which the rest can be empty without assertions


_EMPTY = _Frag(True, True, frozenset(), frozenset(), frozenset())
_ASSERTION = _Frag(True, False, frozenset(), frozenset(), frozenset())


class _Builder:
    def __init__(self, state: sre_parse.State, alphabet: str) -> None:
        self.state = state
        self.alphabet = alphabet
        self.nfa = _Nfa()

    def mask(self, op: tuple, flags: int) -> int:
        compiled = sre_compile.compile(sre_parse.SubPattern(self.state, [op]), flags)
        return sum(1 << i for i, ch in enumerate(self.alphabet) if compiled.fullmatch(ch))

    def position(self, mask: int) -> _Frag:
        self.nfa.classes.append(mask)
        self.nfa.follow.append(set())
        one = frozenset({len(self.nfa.classes) - 1})
        return _Frag(False, False, one, one, one)

    def link(self, lasts: frozenset[int], firsts: frozenset[int]) -> None:
        for p in lasts:
            self.nfa.follow[p] |= firsts

    def seq(self, items: list, flags: int) -> _Frag:
        frag = _EMPTY
        for item in items:
            frag = self.concat(frag, self.op(item, flags))
        return frag

    def concat(self, a: _Frag, b: _Frag) -> _Frag:
        self.link(a.last, b.first)
        return _Frag(
            a.nullable and b.nullable,
            a.clean and b.clean,
            a.first | (b.first if a.nullable else frozenset()),
            b.last | (a.last if b.nullable else frozenset()),
            b.last_clean | (a.last_clean if b.clean else frozenset()),
        )

    def alternatives(self, frags: list[_Frag]) -> _Frag:
        return _Frag(
            any(f.nullable for f in frags),
            any(f.clean for f in frags),
            frozenset().union(*(f.first for f in frags)),
            frozenset().union(*(f.last for f in frags)),
            frozenset().union(*(f.last_clean for f in frags)),
        )

    def op(self, item: tuple, flags: int) -> _Frag:
        kind, value = item
        if kind in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            return self.position(self.mask(item, flags))
        if kind is sre.SUBPATTERN:
            _group, add, remove, body = value
            return self.seq(list(body), (flags | add) & ~remove)
        if kind is sre.ATOMIC_GROUP:
            return self.seq(list(value), flags)
        if kind is sre.BRANCH:
            return self.alternatives([self.seq(list(b), flags) for b in value[1]])
        if kind in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = value
            size = _size(body)
            if high is sre.MAXREPEAT or len(self.nfa.classes) + high * size > _EXPAND_LIMIT:
                return self.star(list(body), low, flags)
            # x{2,4} is x x (x (x)?)? : nested, as sre counts, not the ambiguous x x x? x?.
            tail = _EMPTY
            for _ in range(high - low):
                tail = self.alternatives([self.concat(self.seq(list(body), flags), tail), _EMPTY])
            frag = _EMPTY
            for _ in range(low):
                frag = self.concat(frag, self.seq(list(body), flags))
            return self.concat(frag, tail)
        if kind is sre.AT:
            return _ASSERTION
        if kind in (sre.ASSERT, sre.ASSERT_NOT):
            _direction, body = value
            self.nfa.lookarounds.append((list(body), flags))
            return _ASSERTION
        raise NotImplementedError(f"cannot prove a pattern using {kind}")  # GROUPREF and friends

    def star(self, body: list, low: int, flags: int) -> _Frag:
        frag = _EMPTY
        for _ in range(min(low, 1)):
            frag = self.concat(frag, self.seq(body, flags))
        loop = self.seq(body, flags)
        self.link(loop.last, loop.first)
        loop = _Frag(True, True, loop.first, loop.last, loop.last_clean)
        if low:  # x+ : the first copy, then x*
            return self.concat(frag, loop)
        return loop


def _size(items: object) -> int:
    """How many positions a parsed (sub)pattern unrolls to."""
    total = 0
    for kind, value in items:  # type: ignore[attr-defined]
        if kind in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            total += 1
        elif kind is sre.SUBPATTERN:
            total += _size(value[3])
        elif kind is sre.ATOMIC_GROUP:
            total += _size(value)
        elif kind is sre.BRANCH:
            total += sum(_size(b) for b in value[1])
        elif kind in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, body = value
            total += _size(body) * (max(low, 1) if high is sre.MAXREPEAT else high)
    return total


def _alphabet(parsed: sre_parse.SubPattern) -> str:
    chars = set(map(chr, range(32, 127))) | set(_REPRESENTATIVES)

    def walk(items: object) -> None:
        if isinstance(items, (list, tuple, sre_parse.SubPattern)):
            for item in items:
                if isinstance(item, tuple) and len(item) == 2 and item[0] in (sre.LITERAL, sre.NOT_LITERAL):
                    chars.add(chr(item[1]))
                    chars.update((chr(item[1]).upper(), chr(item[1]).lower()))
                elif isinstance(item, tuple) and len(item) == 2 and item[0] is sre.RANGE:
                    low, high = item[1]
                    chars.update(chr(c) for c in (low, high, min(low + 1, high), max(high - 1, low)))
                else:
                    walk(item)

    walk(parsed)
    return "".join(sorted(chars))


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str = ""


def _ambiguity(classes: list[int], follow: list[set[int]], sinks: frozenset[int]) -> str:
    """'' when the NFA has neither IDA nor EDA, else which, with the witnessing states."""
    edges = [set() if p in sinks else follow[p] for p in range(len(classes))]

    def successors(pair: tuple[int, int]) -> Iterator[tuple[int, int]]:
        p, q = pair
        for a in edges[p]:
            for b in edges[q]:
                if classes[a] & classes[b]:
                    yield (a, b) if a <= b else (b, a)

    # Pairs are unordered (p, q) and (q, p) are the same ambiguity.
    diagonal = [(p, p) for p in range(len(classes)) if edges[p]]
    reach_back: dict[int, set[tuple[int, int]]] = {}
    predecessors: dict[tuple[int, int], set[tuple[int, int]]] = {}
    seen: set[tuple[int, int]] = set(diagonal)
    todo = list(diagonal)
    while todo:
        pair = todo.pop()
        for nxt in successors(pair):
            predecessors.setdefault(nxt, set()).add(pair)
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)

    def backward(target: tuple[int, int]) -> set[tuple[int, int]]:
        found: set[tuple[int, int]] = set()
        stack = [target]
        while stack:
            for prev in predecessors.get(stack.pop(), ()):
                if prev not in found:
                    found.add(prev)
                    stack.append(prev)
        return found

    for p, _ in diagonal:
        into_p = reach_back.setdefault(p, backward((p, p)))
        if (p, p) not in into_p:
            continue  # p is on no cycle
        forward: set[tuple[int, int]] = set()
        stack = [(p, p)]
        while stack:
            for nxt in successors(stack.pop()):
                if nxt not in forward:
                    forward.add(nxt)
                    stack.append(nxt)
        for a, b in forward:
            if a == b:
                continue
            if (a, b) in into_p:
                return f"exponential: ({a},{b}) lies on a cycle through ({p},{p})"
            if p in (a, b):
                q = b if a == p else a
                if (a, b) in reach_back.setdefault(q, backward((q, q))):
                    return f"polynomial: ({p},{p}) -> ({a},{b}) -> ({q},{q})"
    return ""


def _leading_guard(items: list, flags: int, builder: _Builder, frag: _Frag) -> int | None:
    """The characters that may precede a match start, when the pattern's first item says so."""
    if not items:
        return None
    kind, value = items[0]
    everything = (1 << len(builder.alphabet)) - 1
    if kind in (sre.ASSERT, sre.ASSERT_NOT) and value[0] == -1 and len(value[1]) == 1:
        op = value[1][0]
        if op[0] in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            mask = builder.mask(op, flags)
            return mask if kind is sre.ASSERT else everything & ~mask
    if (kind, value) == (sre.AT, sre.AT_BOUNDARY):
        word = builder.mask((sre.IN, [(sre.CATEGORY, sre.CATEGORY_WORD)]), flags)  # \\w under the same flags
        first = 0
        for p in frag.first:
            first |= builder.nfa.classes[p]
        if first and not first & ~word:
            return everything & ~word
        if first and not first & word:
            return word
    return None


def _check_parsed(items: list, flags: int, state: sre_parse.State, alphabet: str, mode: str) -> str:
    builder = _Builder(state, alphabet)
    frag = builder.seq(items, flags)
    nfa = builder.nfa
    starts_anchored = bool(items) and items[0] in ((sre.AT, sre.AT_BEGINNING), (sre.AT, sre.AT_BEGINNING_STRING))
    anchored = mode != "search" or (starts_anchored and not flags & re.MULTILINE)
    if not anchored:
        # The retry at every start position: a state that loops on any character, then (when
        # the pattern opens with a one-character lookbehind or a \b) the character the
        # guard lets through before the first position.
        any_char = (1 << len(alphabet)) - 1
        nfa.classes.append(any_char)
        start = len(nfa.classes) - 1
        nfa.follow.append({start})
        guard = _leading_guard(items, flags, builder, frag)
        if guard is None:
            nfa.follow[start] |= frag.first
        else:
            nfa.classes.append(guard)
            nfa.follow.append(set(frag.first))
            nfa.follow[start].add(len(nfa.classes) - 1)
    # fullmatch must still reach the end of the text: nothing ends the search early.
    sinks = frozenset() if mode == "fullmatch" else frag.last_clean
    reason = _ambiguity(nfa.classes, nfa.follow, sinks)
    if reason:
        return reason
    for body, body_flags in nfa.lookarounds:
        reason = _check_parsed(body, body_flags, state, alphabet, "search")
        if reason:
            return f"in a lookaround: {reason}"
    return ""


@functools.cache
def check(pattern: str, flags: int = 0, mode: str = "search") -> Verdict:
    """Whether Python's backtracking ``re`` matches ``pattern`` in linear time (see module doc)."""
    parsed = sre_parse.parse(pattern, flags)
    try:
        reason = _check_parsed(list(parsed), parsed.state.flags, parsed.state, _alphabet(parsed), mode)
    except NotImplementedError as error:
        return Verdict(False, str(error))
    return Verdict(not reason, reason)


# --- the checker itself -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "linear"),
    [
        (r"\d+", True),
        (r"[\s|¦│]+", True),
        (r"\d{1,9}(?:,\d{1,9})*", True),
        (r"^(?:a|b)*c", True),
        (r"(?<![\d])x\d+y", True),
        (r"\d+x", False),  # search retries at every digit: quadratic
        (r"^\d*\d*x", False),  # two loops share the digits: quadratic even when anchored
        (r"^(a+)+$", False),  # exponential
        (r"^(a|aa)*$", False),  # exponential
        (r"^\s+\S+\s*,", True),
        (r"^(?=\w*[A-Z])x", False),  # a lookaround body runs at many positions
        (r"(a)\1", False),  # backreferences are beyond the proof
        (r"(?i)K+\u212a+x", False),  # IGNORECASE: K and KELVIN SIGN are one letter
        # alternations of literal words (lexicon tables): linear when the words are literals
        (r"(?<![\w/])not\s+applicable(?![\w/])|(?<![\w/])n/a(?![\w/])|(?<![\w/])none(?![\w/])", True),
        (r"\b(?:agenc\w*|bureau|office|offices)\b", True),
        (r"(?:Fonds|Fondation|Fondazione)\s+(?:de|di)\s+", True),
        (r"(?:x|y)\w*(?:x|y)\w*z", False),  # two loops over the same letters
        # Before the fixes of extract/budget.py and extract/identity.py:
        (r"\b(?:comes?|derived|drawn)\s+from\s+(?P<rest>.+)$", False),
        (r"\s*\([^()]*\)\s*$", False),
        # The three patterns of issue 13 item 6, before the fix:
        (
            r"(?:about|approximately|over|more than|nearly|around|roughly|some|circa|~|c\.|ca\.)?\s*"
            r"(?P<num>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)(?!\s*[-/]\d)"
            r"(?:\s+(?P<unit>[a-z][a-z -]*?))?(?=\s*(?:\(|plus\b|\band\b|as of\b|in \d{4}|[,;.]|$))",
            False,
        ),
        (
            r"(?P<pre>[^\d\s(]{1,4}|[A-Z]{3})?\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s*"
            r"(?P<mult>thousand|million|billion|trillion|mn|bn|tn|mio|[kmb])?\b\.?\s*"
            r"(?P<post>[A-Z]{3}\b|dollars|euros?|pounds|yen|yuan|francs|rupees)?",
            False,
        ),
    ],
)
def test_checker_knows_linear_from_superlinear(pattern: str, linear: bool) -> None:
    verdict = check(pattern, re.IGNORECASE if "num" in pattern else 0)
    assert verdict.ok is linear, verdict.reason


def test_discovery_finds_the_patterns_of_every_text_module() -> None:
    places = {f.where.split(":")[0] for f in discovered()} | {f.where.rsplit(".", 1)[0] for f in discovered()}
    for module in ("orgkg.parse", "orgkg.iri", "orgkg.resolve", "orgkg.plausibility"):
        assert module in places
    assert any(p.startswith("orgkg.extract") for p in places)
    assert len(discovered()) > 100


def test_a_pattern_is_checked_as_its_own_module_calls_it() -> None:
    # parent._NAME is matched; sparql._NAME (another pattern) is fullmatched
    modes = {f.mode for f in discovered() if f.where == "orgkg.extract.parent._NAME"}
    assert modes == {"match"}
    # an imported pattern keeps the name of the module that defines it
    assert not any(f.where.startswith("orgkg.extract.diagnostics.LEGAL_INSTRUMENT") for f in discovered())
    assert any(f.where == "orgkg.extract.founding.LEGAL_INSTRUMENT" for f in discovered())


def test_patterns_built_at_run_time_are_checked() -> None:
    from orgkg.extract import address, numbers, status

    found = {(f.pattern, f.mode) for f in discovered()}
    for module in (status, numbers, address):
        built = module.built_patterns()
        assert built
        for pattern in built:
            assert (pattern.pattern, "search") in found and (pattern.pattern, "fullmatch") in found


_BUILDERS = """
import re
from functools import cache

WORDS = ("a", "b")


@cache
def _exposed():
    return re.compile("|".join(WORDS))


@cache
def _hidden(word):
    return re.compile(word + "+")


def _at_import(words):
    return re.compile("|".join(words))


def _constant_inside():
    return re.compile(r"\\d+x").search("1x")


LOADED = _at_import(WORDS)


def built_patterns():
    return (_exposed(),)
"""


def test_a_pattern_built_at_run_time_must_be_exposed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "builders_example.py").write_text(_BUILDERS, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    module = importlib.import_module("builders_example")
    monkeypatch.setitem(sys.modules, "builders_example", module)  # forgotten again after the test
    inline = list(_inline_patterns(module))
    # _hidden is reported; _exposed (built_patterns) and _at_import (a module attribute) are not
    hidden = _BUILDERS.splitlines().index('    return re.compile(word + "+")') + 1
    assert [f.where for f in inline if f.flags == -1] == [f"builders_example:{hidden} (not a constant)"]
    # a pattern compiled inside a function from constants is checked as it is called there,
    # in every mode when it is not called right away
    checked = sorted((f.pattern, f.mode) for f in inline if f.flags != -1)
    assert checked == [(r"\d+x", "search"), ("a|b", "fullmatch"), ("a|b", "search")]
    assert [f.pattern for f in _built_patterns(module)] == ["a|b", "a|b"]


# --- the proof over orgkg's own patterns ------------------------------------------------


def _cases(items: tuple[Found, ...]) -> list[object]:
    return [pytest.param(f, id=f"{f.where}:{f.mode}") for f in items]


@pytest.mark.parametrize("found", _cases(discovered()))
def test_pattern_is_linear(found: Found) -> None:
    assert found.flags != -1, f"{found.where}: build the pattern at module level so it can be checked"
    verdict = check(found.pattern, found.flags, found.mode)
    assert verdict.ok, f"{found.where}: {found.pattern!r} is not linear under {found.mode} ({verdict.reason})"


# --- the empirical guard ----------------------------------------------------------------

# Runs of each character class, separators and nestings; a few of them end in a character
# that makes the match fail, so backtracking is forced.
_RUNS = ("1", "a", "A", "Ab ", " ", ",", ".", " and ", "-", "|", "(", "[1]", "é", "1,", "a.", "A-")
_ENDINGS = ("", "!")
_SMALL, _LARGE = 1_000, 8_000
# Linear is 8x for 8x the size; quadratic is 64x. Times under the floor are noise.
_MAX_GROWTH = 24.0
_FLOOR_SECONDS = 0.02
_DEADLINE_SECONDS = 5.0


def _cost(pattern: re.Pattern[str], mode: str, text: str) -> float:
    begin = time.process_time()
    if mode == "search":
        for _ in pattern.finditer(text):
            pass
    else:
        getattr(pattern, mode)(text)
    return time.process_time() - begin


def _inputs(size: int) -> Iterator[str]:
    for run in _RUNS:
        for ending in _ENDINGS:
            yield (run * (size // len(run) + 1))[:size] + ending


@pytest.mark.parametrize("found", _cases(tuple(f for f in discovered() if f.flags != -1)))
def test_pattern_does_not_grow_super_linearly(found: Found) -> None:
    pattern = re.compile(found.pattern, found.flags)
    small = list(_inputs(_SMALL))
    for small_text, large_text in zip(small, _inputs(_LARGE), strict=True):
        small_cost = min(_cost(pattern, found.mode, small_text) for _ in range(2))
        assert small_cost < _DEADLINE_SECONDS, f"{found.where} on {small_text[:12]!r}…: {small_cost:.1f} s"
        if small_cost * 64 < _FLOOR_SECONDS and _cost(pattern, found.mode, small_text * 4) < _FLOOR_SECONDS:
            continue  # too fast to measure, and 4x the input is still fast: not quadratic
        large_cost = _cost(pattern, found.mode, large_text)
        growth = large_cost / max(small_cost, 1e-6)
        assert large_cost < _FLOOR_SECONDS or growth < _MAX_GROWTH, (
            f"{found.where} on {large_text[:12]!r}…: {small_cost * 1000:.1f} ms for {_SMALL:,} chars, "
            f"{large_cost * 1000:.1f} ms for {_LARGE:,} ({growth:.0f}x)"
        )
