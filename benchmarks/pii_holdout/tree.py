"""Nested records whose leaves may be secrets or look-alikes, rendered as JSON or YAML with
the labelled leaves' offsets recorded as they are written."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

from pii_holdout.builder import Doc


@dataclass(frozen=True)
class S:
    """A leaf that must be redacted."""

    kind: str
    value: str


@dataclass(frozen=True)
class K:
    """A leaf that must be kept."""

    kind: str
    value: str


Node = S | K | str | int | float | bool | None | dict | list


def _scalar(doc: Doc, node: Node, quote: str = '"') -> None:
    if isinstance(node, S | K):
        inner = json.dumps(node.value, ensure_ascii=False)[1:-1] if quote else node.value
        doc.add(quote)
        (doc.secret if isinstance(node, S) else doc.keep)(node.kind, inner)
        doc.add(quote)
    else:
        doc.add(json.dumps(node, ensure_ascii=False))


def to_json(doc: Doc, node: Node, indent: int | None = 2, level: int = 0) -> None:
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if isinstance(node, dict):
        doc.add("{")
        for i, (k, v) in enumerate(node.items()):
            doc.add((sep if i else "") + pad + json.dumps(k, ensure_ascii=False) + ": ")
            to_json(doc, v, indent, level + 1)
        doc.add(end + "}")
    elif isinstance(node, list):
        doc.add("[")
        for i, v in enumerate(node):
            doc.add((sep if i else "") + pad)
            to_json(doc, v, indent, level + 1)
        doc.add(end + "]")
    else:
        _scalar(doc, node)


_PLAIN = re.compile(r"^[\w.@+/-][\w .@+/,'()º-]*$")


def _yaml_scalar(doc: Doc, node: Node, level: int = 0) -> None:
    if isinstance(node, S | K):
        v = node.value
        needs = (
            "\n" in v
            or not _PLAIN.match(v)
            or v.endswith(" ")
            or ": " in v
            or v[:1].isdigit()
            and "-" in v[:5]
        )
        if "\n" in v:
            ind = "\n" + "  " * (level + 1)
            doc.add("|" + ind)
            # the span runs from the block's first character to its last, indentation included
            (doc.secret if isinstance(node, S) else doc.keep)(node.kind, v.replace("\n", ind))
            return
        _scalar(doc, node, quote='"' if needs else "")
    elif node is None:
        doc.add("null")
    else:
        doc.add(
            json.dumps(node, ensure_ascii=False)
            if isinstance(node, str) and not _PLAIN.match(node)
            else str(node).lower()
            if isinstance(node, bool)
            else str(node)
        )


def to_yaml(doc: Doc, node: Node, level: int = 0) -> None:
    pad = "  " * level
    if isinstance(node, dict):
        for k, v in node.items():
            doc.add(f"{pad}{k}:")
            if isinstance(v, dict | list) and v:
                doc.add("\n")
                to_yaml(doc, v, level + 1)
            else:
                doc.add(" ")
                _yaml_scalar(doc, v, level)
                doc.add("\n")
    elif isinstance(node, list):
        for v in node:
            if isinstance(v, dict):
                items = list(v.items())
                doc.add(f"{pad}- ")
                first = True
                for k, val in items:
                    doc.add(("" if first else f"{pad}  ") + f"{k}: ")
                    _yaml_scalar(doc, val, level + 1)
                    doc.add("\n")
                    first = False
            else:
                doc.add(f"{pad}- ")
                _yaml_scalar(doc, v, level + 1)
                doc.add("\n")


def _xml_escape(v: str) -> str:
    return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_xml(doc: Doc, tag: str, node: Node, level: int = 0) -> None:
    """Element per key, list items as repeated <item>; labelled leaves are escaped as written."""
    pad = "  " * level
    if isinstance(node, dict):
        doc.add(f"{pad}<{tag}>\n")
        for k, v in node.items():
            to_xml(doc, k, v, level + 1)
        doc.add(f"{pad}</{tag}>\n")
    elif isinstance(node, list):
        doc.add(f"{pad}<{tag}>\n")
        for v in node:
            to_xml(doc, "item", v, level + 1)
        doc.add(f"{pad}</{tag}>\n")
    else:
        doc.add(f"{pad}<{tag}>")
        if isinstance(node, S | K):
            (doc.secret if isinstance(node, S) else doc.keep)(node.kind, _xml_escape(node.value))
        elif node is not None:
            doc.add(_xml_escape(str(node)))
        doc.add(f"</{tag}>\n")
