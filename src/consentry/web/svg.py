"""Charts and the campaign graph as inline SVG, drawn on the server: nothing to fetch, nothing
to run in the browser, readable by a screen reader through each figure's title and the data
table printed beside it."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from html import escape

from markupsafe import Markup

PALETTE = ("#2f6db5", "#d9822b", "#3a9d5d", "#b04a7a", "#7a5cc4", "#8c6d31", "#4b9fb5", "#c23b3b")
FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def _svg(width: int, height: int, title: str, body: list[str]) -> Markup:
    t = escape(title)
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{t}" class="chart" preserveAspectRatio="xMinYMin meet">'
        f"<title>{t}</title>{''.join(body)}</svg>"
    )


def _nice_max(v: int) -> int:
    if v <= 5:
        return max(v, 1)
    mag = 10 ** int(math.log10(v))
    for step in (1, 1.2, 1.6, 2, 2.4, 3, 4, 5, 6, 8, 10):
        if v <= step * mag:
            return int(step * mag)
    return v


def _legend(names: Sequence[str], top: float, width: int, left: int) -> tuple[list[str], float]:
    """Legend entries laid out in rows that fit the width; returns (elements, height used)."""
    body, x, y = [], float(left), top
    for j, name in enumerate(names):
        w = 26 + 7.2 * len(name)
        if x + w > width and x > left:
            x, y = float(left), y + 18
        body.append(
            f'<rect x="{x:.0f}" y="{y:.0f}" width="10" height="10" fill="{PALETTE[j % len(PALETTE)]}"/>'
        )
        body.append(f'<text x="{x + 14:.0f}" y="{y + 9:.0f}" {FONT}>{escape(name)}</text>')
        x += w
    return body, y + 18 - top


def stacked_bars(
    title: str, categories: Sequence[str], series: Mapping[str, Sequence[int]]
) -> Markup:
    """Vertical bars, one per category, stacked by series, with a legend."""
    width, plot_h, left, right, top = 720, 230, 52, 36, 16
    legend, legend_h = _legend(list(series), plot_h + 8, width - right, left)
    height = int(plot_h + 8 + legend_h)
    inner_w, inner_h = width - left - right, plot_h - top - 28
    totals = [sum(s[i] for s in series.values()) for i in range(len(categories))]
    peak = _nice_max(max(totals, default=0))
    body = []
    for k in range(5):
        y = top + inner_h - inner_h * k / 4
        body.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
        )
        body.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" {FONT}>{peak * k // 4:,}</text>'
        )
    n = max(len(categories), 1)
    slot = inner_w / n
    bar = min(slot * 0.7, 48)
    every = math.ceil(n / 10)
    for i, cat in enumerate(categories):
        x = left + slot * i + (slot - bar) / 2
        y = top + inner_h
        for j, (name, values) in enumerate(series.items()):
            h = inner_h * values[i] / peak if peak else 0
            if h <= 0:
                continue
            y -= h
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" '
                f'fill="{PALETTE[j % len(PALETTE)]}"><title>{escape(cat)}, {escape(name)}: '
                f"{values[i]:,}</title></rect>"
            )
        if i % every == 0:
            body.append(
                f'<text x="{x + bar / 2:.1f}" y="{top + inner_h + 16}" text-anchor="middle" '
                f"{FONT}>{escape(cat)}</text>"
            )
    body.extend(legend)
    if not categories:
        body.append(
            f'<text x="{width / 2}" y="{top + inner_h / 2}" text-anchor="middle" {FONT}>'
            "nothing recorded yet</text>"
        )
    return _svg(width, height, title, body)


def hbars(title: str, items: Sequence[tuple[str, int]]) -> Markup:
    """Horizontal bars, largest first: for counts by reason."""
    items = sorted(items, key=lambda kv: -kv[1])
    row, left, width = 22, 190, 640
    height = 16 + row * max(len(items), 1)
    peak = max((v for _, v in items), default=0) or 1
    body = []
    for i, (name, v) in enumerate(items):
        y = 8 + row * i
        w = (width - left - 70) * v / peak
        body.append(
            f'<text x="{left - 8}" y="{y + 14}" text-anchor="end" {FONT}>{escape(name)}</text>'
        )
        body.append(
            f'<rect x="{left}" y="{y + 3}" width="{max(w, 1):.1f}" height="15" fill="{PALETTE[0]}"/>'
        )
        body.append(f'<text x="{left + w + 6:.1f}" y="{y + 14}" {FONT}>{v:,}</text>')
    if not items:
        body.append(f'<text x="{width / 2}" y="28" text-anchor="middle" {FONT}>none yet</text>')
    return _svg(width, height, title, body)


def bipartite(
    title: str,
    accounts: Sequence[tuple[str, bool]],
    things: Sequence[tuple[str, str]],
    edges: Sequence[tuple[int, int]],
) -> Markup:
    """Accounts (outer ring; filled when blocked) linked to the things they share (inner
    ring, coloured by kind): the campaign's account graph."""
    size = 560
    cx = cy = size / 2
    kinds = sorted({k for k, _ in things})
    colour = {k: PALETTE[(i + 1) % len(PALETTE)] for i, k in enumerate(kinds)}

    def ring(count: int, radius: float, i: int) -> tuple[float, float]:
        angle = 2 * math.pi * i / max(count, 1) - math.pi / 2
        return cx + radius * math.cos(angle), cy + radius * math.sin(angle)

    tpos = [ring(len(things), 120, i) for i in range(len(things))]
    # Each account sits on the outer ring near the things it shares (the mean direction of
    # its links), so lines stay short and a campaign's sub-groups show as arcs.
    pull = [[0.0, 0.0] for _ in accounts]
    for a, t in edges:
        pull[a][0] += tpos[t][0] - cx
        pull[a][1] += tpos[t][1] - cy
    order = sorted(
        range(len(accounts)),
        key=lambda a: (
            (math.atan2(pull[a][1], pull[a][0]) + math.pi / 2) % (2 * math.pi)
            if any(pull[a])
            else 9.0,
            a,
        ),
    )
    slot = {a: i for i, a in enumerate(order)}
    apos = [ring(len(accounts), 230, slot[a]) for a in range(len(accounts))]
    body = []
    for a, t in edges:
        (x1, y1), (x2, y2) = apos[a], tpos[t]
        body.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{colour[things[t][0]]}" stroke-opacity="0.45"/>'
        )
    for (kind, label), (x, y) in zip(things, tpos, strict=True):
        body.append(
            f'<rect x="{x - 6:.1f}" y="{y - 6:.1f}" width="12" height="12" fill="{colour[kind]}">'
            f"<title>{escape(kind)}: {escape(label)}</title></rect>"
        )
    for (acct, blocked), (x, y) in zip(accounts, apos, strict=True):
        fill = "#222" if blocked else "#fff"
        body.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="{fill}" stroke="#222">'
            f"<title>{escape(acct)}{' (blocked)' if blocked else ''}</title></circle>"
        )
    ly = 14
    for k in kinds:
        body.append(f'<rect x="8" y="{ly - 9}" width="10" height="10" fill="{colour[k]}"/>')
        body.append(f'<text x="22" y="{ly}" {FONT}>{escape(k)}</text>')
        ly += 16
    body.append(f'<circle cx="13" cy="{ly - 4}" r="5" fill="#fff" stroke="#222"/>')
    body.append(f'<text x="22" y="{ly}" {FONT}>account (filled: blocked)</text>')
    return _svg(size, size, title, body)
