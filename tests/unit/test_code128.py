"""Code 128 subsets as written to ZPL: checked by reading the field back, and by drawing the very
code values a printer would draw and decoding them with zxing-cpp."""

from __future__ import annotations

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from reportlab.graphics.barcode.code128 import _patterns

from logins_desktop.domain.gs1 import FNC1
from logins_desktop.labels.code128 import decode_zpl_field, plan, values, zpl_field


def draw(codes: list[int], module: int = 3, height: int = 60) -> Image.Image:
    """Bars from the standard Code 128 width patterns (upper case: bar, lower case: space)."""
    widths = []
    for v in codes:
        widths += [(ch.isupper(), "abcd".index(ch.lower()) + 1) for ch in _patterns[v]]
    total = sum(w for _, w in widths) + 20
    img = Image.new("L", (total * module, height), 255)
    x = 10 * module
    for bar, w in widths:
        if bar:
            img.paste(0, (x, 0, x + w * module, height))
        x += w * module
    return img


def zxing(codes):
    results = zxingcpp.read_barcodes(draw(codes), formats=zxingcpp.BarcodeFormat.Code128)
    assert len(results) == 1
    return results[0]


@pytest.mark.parametrize(
    "data, expected_field",
    [
        ("ABC", ">:ABC"),
        ("123456", ">;123456"),
        ("12345", ">:1>52345"),
        ("LOT12345678X", ">:LOT>512345678>6X"),
        ("AB12C", ">:AB12C"),
        (FNC1 + "00106141411234567897", ">;>800106141411234567897"),
        (FNC1 + "0203760000000017" + "3748" + FNC1 + "10LOT-42A", ">;>802037600000000173748>8>610LOT-42A"),
        ("A>B", ">:A><B"),
    ],
)
def test_subsets_and_fnc1(data, expected_field):
    assert zpl_field(data) == expected_field
    assert decode_zpl_field(zpl_field(data)) == data


def test_letters_after_a_numeric_run_survive_a_real_decoder():
    data = FNC1 + "10" + "ABC123456789XYZ" + FNC1 + "37" + "12"
    result = zxing(values(data))
    assert result.symbology_identifier == "]C1"  # FNC1 first: GS1-128
    assert result.text.replace("\x1d", "|") in ("10ABC123456789XYZ|3712", "(10)ABC123456789XYZ(37)12")


gs1_chars = st.sampled_from("0123456789" * 4 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ-./:;<=>?_abcdefghij")


@settings(max_examples=150, deadline=None)
@given(st.text(gs1_chars, min_size=1, max_size=40))
def test_any_mix_of_digits_and_letters_round_trips_through_a_decoder(data):
    assert decode_zpl_field(zpl_field(data)) == data
    pieces = plan(data)
    assert "".join(chunk for _, chunk in pieces) == data
    assert all(chunk.isdigit() and len(chunk) % 2 == 0 for s, chunk in pieces if s == "C")
    assert zxing(values(data)).text == data
