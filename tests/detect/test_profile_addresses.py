"""The address figures of the profile (profile._addresses), counted on integer codes: the
shares through datacenter and proxy ranges and the distinct addresses and networks per
account, including rows without an address, addresses outside the feed and accounts with
no address rows at all."""

from __future__ import annotations

import numpy as np
import pandas as pd

from consentry.detect.profile import _addresses


def test_shares_and_distinct_counts_per_account() -> None:
    ips = pd.DataFrame(
        {
            "account_id": ["a", "a", "a", "b", "b", "c", "x"],
            "ip": ["1.1.1.1", "1.1.1.2", None, "2.2.2.2", "1.1.1.1", None, "9.9.9.9"],
            "n": [6, 2, 2, 3, 1, 4, 5],
        }
    )
    addr = pd.DataFrame(
        {
            "ip": ["1.1.1.1", "1.1.1.2", "2.2.2.2", "9.9.9.9"],
            "kind": ["proxy", "datacenter", None, "proxy"],
            "network": ["1.1.1.0/24", "1.1.1.0/24", "2.2.2.0/24", "9.9.9.0/24"],
        }
    )
    index = pd.Index(["a", "b", "c", "d"])  # "x" is not in the profile; "d" has no rows
    out = _addresses(ips, addr, index)
    np.testing.assert_allclose(out["egress_share"], [8 / 10, 1 / 4, 0.0, 0.0])
    np.testing.assert_allclose(out["proxy_share"], [6 / 10, 1 / 4, 0.0, 0.0])
    np.testing.assert_array_equal(out["n_ips"], [2, 2, 0, np.nan])
    np.testing.assert_array_equal(out["n_networks"], [1, 2, 0, np.nan])
