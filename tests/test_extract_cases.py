"""Every kind of figure the finder reads, on sentences written for the purpose (bench/finder_cases.py)."""

from __future__ import annotations

import pytest

from airwars import extract
from bench.finder_cases import CASES


@pytest.mark.parametrize("case", list(CASES))
def test_case(case):
    sentence, expected = CASES[case]
    found = extract.find(sentence)
    got = [(f.value, f.value_max, f.unit, f.qualifier, f.status) for f in found]
    assert got == [
        (None if v is None else pytest.approx(v), None if h is None else pytest.approx(h), u, q, s)
        for v, h, u, q, s in expected
    ]
    for figure in found:
        assert sentence[figure.start : figure.end] == figure.phrase
        assert (figure.value is None) == (figure.status != "figure")
        assert figure.status != "unread" or figure.reason
