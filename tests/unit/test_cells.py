"""The strict cell parsers of every import kind (domain/cells.py): examples, then properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from logins_desktop.domain import cells
from logins_desktop.domain.cells import CellError, find_cycle, neutralise_formula


def refused(parse, *args) -> CellError:
    with pytest.raises(CellError) as err:
        parse(*args)
    return err.value


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "Infinity", "1e400", "1e3", "1_000", "0x10", "½",
                                   "1 000", "٣", "+5", "5.", ".5", "1,2,3", "5 kg"])
def test_decimal_takes_plain_digits_only(value):
    assert refused(cells.decimal, value, "max_load_kg", cells.LOAD_KG_MAX).reason.id == "import.not_number"


@pytest.mark.parametrize("value, expected", [("95,5", 95.5), ("95.5", 95.5), ("0", 0.0), ("1000000", 1e6), ("", None)])
def test_decimal_with_a_comma_or_a_point(value, expected):
    assert cells.decimal(value, "weight_g", cells.WEIGHT_G_MAX) == expected


def test_decimal_bounds_name_the_limits():
    err = refused(cells.decimal, "1000000,5", "weight_g", cells.WEIGHT_G_MAX)
    assert (err.column, err.reason.id, err.reason.args["maximum"]) == ("weight_g", "import.out_of_range", 1e6)
    assert refused(cells.decimal, "-1", "weight_g", cells.WEIGHT_G_MAX).reason.id == "import.out_of_range"


@pytest.mark.parametrize("value, why", [("1e20", "import.not_integer"), ("100000000000000000000", "import.not_integer"),
                                        ("1000000001", "import.out_of_range"), ("0", "import.out_of_range"),
                                        ("-3", "import.out_of_range"), ("1_000", "import.not_integer"),
                                        ("1,5", "import.not_integer"), ("", "import.required"),
                                        (None, "import.missing_cell")])
def test_quantities_are_integers_from_1_to_a_billion(value, why):
    assert refused(cells.integer, value, "quantity", cells.QUANTITY).reason.id == why


def test_quantity_limits_are_inclusive():
    assert cells.integer("1", "quantity") == 1
    assert cells.integer("1000000000", "quantity") == 1_000_000_000
    assert cells.integer("007", "quantity") == 7


@pytest.mark.parametrize("char", ["\x00", "\n", "\r", "\t", "\x1b", "\x7f", "\x85", "\u2028", "\u2029"])
def test_text_refuses_control_characters_and_line_breaks(char):
    err = refused(cells.text, f"AB{char}C", "sku", cells.CODE_LENGTH)
    assert (err.reason.id, err.reason.args["position"]) == ("import.control_character", 3)


def test_text_fits_the_schema_length():
    assert cells.text("S" * 64, "sku", cells.CODE_LENGTH) == "S" * 64
    err = refused(cells.text, "S" * 200, "sku", cells.CODE_LENGTH)
    assert (err.reason.id, err.reason.args) == ("import.too_long", {"length": 200, "maximum": 64})


def test_text_keeps_accents_and_french_punctuation():
    assert cells.text("Boîte « reprise » – œuf", "name", cells.NAME_LENGTH) == "Boîte « reprise » – œuf"


@pytest.mark.parametrize("value", ["2026-02-30", "15/12/2026", "20261215", "2026-W50-1"])
def test_dates_are_real_iso_calendar_days(value):
    assert refused(cells.iso_date, value, "due_date").reason.id == "import.bad_date"


def test_days_are_french_or_iso():
    from datetime import date

    assert cells.day("15/12/2026", "start") == cells.day("2026-12-15", "start") == date(2026, 12, 15)
    assert cells.day("1/2/2027", "start") == date(2027, 2, 1)
    assert cells.day("", "end", required=False) is None
    for value in ("31/02/2026", "2026-02-30", "12/2026", "15-12-2026", "20261215", "15/12/26"):
        assert refused(cells.day, value, "start").reason.id == "import.bad_day"
    assert refused(cells.day, "", "start").reason.id == "import.required"


def test_formula_cells_are_neutralised_and_read_back_as_they_were():
    for value in ("=1+1", "+33 6", "-5", "@SUM(A1)", "\tx", "\rx"):
        assert neutralise_formula(value) == "'" + value
        if value[0] not in "\t\r":
            assert cells.text(neutralise_formula(value), "sku", cells.CODE_LENGTH) == value
    assert neutralise_formula("BOITE") == "BOITE"
    assert cells.text("'quote", "name", cells.NAME_LENGTH) == "'quote"  # a leading ' before plain text stays


def test_find_cycle_through_other_kits():
    assert find_cycle({"A": {"B"}, "B": {"C"}, "C": set()}) is None
    assert find_cycle({"A": {"B"}, "B": {"C"}, "C": {"A"}}) == ["A", "B", "C", "A"]
    assert find_cycle({"A": {"X"}, "K": {"L"}, "L": {"K"}}) == ["K", "L", "K"]


def test_find_cycle_on_a_very_deep_chain_does_not_recurse():
    chain = {f"K{i}": {f"K{i + 1}"} for i in range(50_000)}
    assert find_cycle(chain) is None
    chain["K50000"] = {"K0"}
    assert len(find_cycle(chain)) == 50_002


# Properties: for any text, a parser gives a value within the contract or CellError, nothing else.

@given(st.text())
def test_integer_property(value):
    try:
        number = cells.integer(value, "quantity", cells.QUANTITY)
    except CellError as err:
        assert err.column == "quantity" and err.reason.id.startswith("import.")
    else:
        assert type(number) is int and 1 <= number <= 1_000_000_000


@given(st.one_of(st.text(), st.floats().map(repr), st.integers().map(str)))
def test_decimal_property(value):
    try:
        number = cells.decimal(value, "weight_g", cells.WEIGHT_G_MAX)
    except CellError as err:
        assert err.column == "weight_g"
    else:
        assert number is None or (math.isfinite(number) and 0 <= number <= cells.WEIGHT_G_MAX)


@given(st.text(), st.integers(min_value=1, max_value=300))
def test_text_property(value, length):
    try:
        out = cells.text(value, "name", length)
    except CellError as err:
        assert err.column == "name"
    else:
        assert 0 < len(out) <= length
        assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F or c in "\u2028\u2029" for c in out)


@given(st.text())
def test_neutralised_cells_never_start_with_a_formula_character(value):
    assert not neutralise_formula(value).startswith(cells.FORMULA_LEADS)


@given(st.dictionaries(st.sampled_from("ABCDEFG"), st.sets(st.sampled_from("ABCDEFG"), max_size=3), max_size=7))
def test_find_cycle_property(graph):
    cycle = find_cycle(graph)
    if cycle is None:
        # No cycle: a topological order exists (Kahn's algorithm empties the graph).
        remaining = {k: set(v) & set(graph) for k, v in graph.items()}
        while remaining:
            leaves = [k for k, v in remaining.items() if not v]
            assert leaves, f"cycle missed in {graph}"
            for leaf in leaves:
                del remaining[leaf]
            for v in remaining.values():
                v.difference_update(leaves)
    else:
        assert cycle[0] == cycle[-1] and len(cycle) >= 2
        assert all(b in graph[a] for a, b in zip(cycle, cycle[1:], strict=False))


def test_the_forbidden_characters_are_exactly_the_unicode_control_and_separator_categories():
    import unicodedata

    from logins_desktop.domain.cells import _FORBIDDEN

    forbidden = {"Cc", "Cs", "Zl", "Zp"}
    assert [c for c in map(chr, range(0x110000))
            if (unicodedata.category(c) in forbidden) != bool(_FORBIDDEN.fullmatch(c))] == []
