"""Addresses matched to an IP-intelligence feed by sorted search (IPv4, IPv6, nesting)."""

from __future__ import annotations

import pandas as pd

from consentry.detect.netinfo import match, network

FEED = pd.DataFrame(
    {
        "cidr": ["10.0.0.0/8", "10.1.0.0/16", "192.168.1.0/24", "2001:db8::/32", "bad"],
        "kind": ["corporate", "datacenter", "residential", "mobile", "proxy"],
        "asn": [1, 2, 3, 4, 5],
        "country": ["US", "DE", "FR", "JP", None],
    }
)


def test_most_specific_range_wins_and_unknowns_stay_empty() -> None:
    ips = pd.Series(["10.2.3.4", "10.1.2.3", "192.168.1.77", "2001:db8::1", "8.8.8.8", "nope"])
    m = match(ips, FEED).set_index("ip")
    assert m.kind["10.2.3.4"] == "corporate"
    assert m.kind["10.1.2.3"] == "datacenter" and m.net_country["10.1.2.3"] == "DE"
    assert m.kind["192.168.1.77"] == "residential"
    assert m.kind["2001:db8::1"] == "mobile"
    assert pd.isna(m.kind["8.8.8.8"]) and pd.isna(m.kind["nope"])


def test_networks_are_slash_24_and_slash_48() -> None:
    assert network("203.0.113.9") == "203.0.113.0/24"
    assert network("2001:db8:1:2::5") == "2001:db8:1::/48"


def test_no_feed_means_no_kinds() -> None:
    m = match(pd.Series(["1.2.3.4"]), None)
    assert m.kind.isna().all() and m.network[0] == "1.2.3.0/24"
