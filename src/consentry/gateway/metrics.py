"""The gateway's /metrics, in Prometheus text format: requests by route and status, a latency
histogram, refusals by reason, the capture queue and the rate limiter's backend.

Counters are per process (with --workers N each worker answers for itself; the `pid` label
tells them apart). Labels are route names and reason codes only, never request content."""

from __future__ import annotations

import os
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable

BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    def __init__(self) -> None:
        self.requests: Counter[tuple[str, int]] = Counter()
        self.refusals: Counter[str] = Counter()
        self.buckets: dict[str, list[int]] = {}
        self.sums: Counter[str] = Counter()

    def observe(self, route: str, status: int, seconds: float) -> None:
        self.requests[(route, status)] += 1
        counts = self.buckets.get(route)
        if counts is None:
            counts = self.buckets[route] = [0] * (len(BUCKETS) + 1)
        counts[bisect_left(BUCKETS, seconds)] += 1
        self.sums[route] += seconds

    def refuse(self, reason: str) -> None:
        self.refusals[reason] += 1

    def render(self, gauges: dict[str, tuple[str, float]], info: Callable[[], str]) -> str:
        pid = f'pid="{os.getpid()}"'
        out = [
            "# HELP consentry_gateway_requests_total Requests answered, by route and status.",
            "# TYPE consentry_gateway_requests_total counter",
        ]
        for (route, status), n in sorted(self.requests.items()):
            out.append(
                f'consentry_gateway_requests_total{{{pid},route="{route}",status="{status}"}} {n}'
            )
        out += [
            "# HELP consentry_gateway_request_seconds Time from request to answer (for a stream:"
            " to its headers).",
            "# TYPE consentry_gateway_request_seconds histogram",
        ]
        for route, counts in sorted(self.buckets.items()):
            total = 0
            for le, n in zip((*map(str, BUCKETS), "+Inf"), counts, strict=True):
                total += n
                out.append(
                    f'consentry_gateway_request_seconds_bucket{{{pid},route="{route}",le="{le}"}} {total}'
                )
            out.append(
                f'consentry_gateway_request_seconds_sum{{{pid},route="{route}"}} {self.sums[route]:.6f}'
            )
            out.append(f'consentry_gateway_request_seconds_count{{{pid},route="{route}"}} {total}')
        out += [
            "# HELP consentry_gateway_refusals_total Requests refused by the gateway, by reason.",
            "# TYPE consentry_gateway_refusals_total counter",
        ]
        for reason, n in sorted(self.refusals.items()):
            out.append(f'consentry_gateway_refusals_total{{{pid},reason="{reason}"}} {n}')
        for name, (help_text, value) in gauges.items():
            out += [
                f"# HELP {name} {help_text}",
                f"# TYPE {name} gauge",
                f"{name}{{{pid}}} {value:g}",
            ]
        out.append(info())
        return "\n".join(out) + "\n"
