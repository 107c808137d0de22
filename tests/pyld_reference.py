"""PyLD as the reference for orgkg's own JSON-LD framing (tests only: PyLD is a test dependency)."""

from __future__ import annotations

from pyld import jsonld

from orgkg import serialization as ser


def refuse_remote(url, options=None):
    """PyLD's document loader in the tests: the context is inline, so any fetch is a failure."""
    raise AssertionError(f"JSON-LD processing tried to load {url}")


def pyld_frame(triples, org: str) -> bytes:
    """PyLD's framing of N-Triples-term triples with orgkg's frame, as orgkg writes JSON."""
    nodes: dict[str, dict] = {}
    for s, p, o in triples:
        node = nodes.setdefault(s, {"@id": s[1:-1]})
        if p[1:-1] == ser.RDF_TYPE:
            node.setdefault("@type", []).append(o[1:-1])
            continue
        if o[0] == "<":
            value = {"@id": o[1:-1]}
        else:
            parts = ser.split_literal(o)
            value = {"@value": parts.lexical}
            if parts.language:
                value["@language"] = parts.language
            elif parts.datatype:
                value["@type"] = parts.datatype
        node.setdefault(p[1:-1], []).append(value)
    options = {"documentLoader": refuse_remote, "omitGraph": True, "processingMode": "json-ld-1.1"}
    framed = jsonld.frame(list(nodes.values()), ser.organization_frame(org), options)
    framed["@context"] = ser.jsonld_context()
    return ser.dump_json(ser.canonical_json(framed))
