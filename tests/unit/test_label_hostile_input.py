"""Hostile and damaged data on labels (issue #26, labels; issue #22, label fonts): nothing in a field
becomes a printer command, a barcode says exactly its data or the data is refused, long GS1 data
is split across symbols rather than failing, and label text uses only what the printer's font prints."""

from __future__ import annotations

import re
from datetime import date

import biip
import pypdfium2 as pdfium
import pytest
import zxingcpp
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.gs1 import FNC1, GS1_CHARSET, make_sscc
from logins_desktop.labels import pdf, zpl
from logins_desktop.labels.check import check_printable
from logins_desktop.labels.code128 import decode_zpl_field
from logins_desktop.labels.model import LogisticLabel, Party, demo_label
from logins_desktop.labels.product import ProductLabel
from logins_desktop.labels.product import pdf as product_pdf
from logins_desktop.labels.product import zpl as product_zpl

SSCC = make_sscc(0, "3760000", 4711)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Any text, with the characters a printer or a barcode chokes on made likely.
HOSTILE = st.text(st.one_of(st.sampled_from(list("^~_>XZA,\\\n\t…—éÉœ€€\x00\x7f")), st.characters()), max_size=40)


def unhex(field: str) -> str:
    """What a printer makes of ^FH_ field data: each `_XX` is the byte XX (UTF-8 under ^CI28)."""
    return re.sub(rb"_([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), field.encode()).decode()


def assert_one_safe_format(text: str) -> None:
    """Exactly one label format, no `~` command anywhere, and every field closed before the next command."""
    assert text.count("^XA") == 1 and text.count("^XZ") == 1
    assert text.startswith("^XA") and text.rstrip().endswith("^XZ")
    assert "~" not in text
    for field in re.findall(r"\^FD(.*?)\^FS", text, flags=re.S):
        assert "^" not in field and "~" not in field


def barcode_fields(text: str) -> list[str]:
    return [decode_zpl_field(unhex(f)) for f in re.findall(r"\^BCN,[^\^]*\^FH_\^FD(.*?)\^FS", text)]


def gs1_ais(data: list[str]) -> dict[str, str]:
    ais: dict[str, str] = {}
    for d in data:
        assert d.startswith(FNC1)
        parsed = biip.parse("]C1" + d[1:].replace(FNC1, "\x1d"))
        assert parsed.gs1_message is not None, parsed.gs1_message_error
        for e in parsed.gs1_message.element_strings:
            assert e.ai.ai not in ais
            ais[e.ai.ai] = e.value
    return ais


def pdf_ais(document: bytes) -> dict[str, str]:
    image = pdfium.PdfDocument(document)[0].render(scale=300 / 72).to_pil()
    return gs1_ais([FNC1 + r.bytes.decode("latin-1") for r in
                    zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)])


def in_font(text: str) -> bool:
    return all(0x20 <= ord(c) <= 0x7E or 0xA0 <= ord(c) <= 0xFF or c == "\n" for c in text)


# ------------------------------------------------------------------ ZPL writer, any text

@FAST
@given(name=HOSTILE, line=HOSTILE, product=HOSTILE, carrier=HOSTILE)
def test_any_text_on_a_logistic_label_stays_text(name, line, product, carrier):
    label = LogisticLabel(Party(name, (line,)), Party(line, (name,)), sscc=SSCC, product_name=product, carrier=carrier)
    text = zpl.render(label)
    assert_one_safe_format(text)
    assert in_font(unhex(text))
    assert barcode_fields(text)[-1] == FNC1 + "00" + SSCC


@FAST
@given(batch=HOSTILE, order=HOSTILE)
def test_any_batch_or_order_is_printed_exactly_or_refused(batch, order):
    label = LogisticLabel(Party("a"), Party("b"), sscc=SSCC, gtin="3760000000017", count=12, batch=batch or None,
                          order_ref=order or None, net_weight_kg=8.64)
    try:
        check_printable(label)
    except DomainError as exc:
        assert exc.message is not None and exc.message.id.startswith("labels.")
        with pytest.raises(DomainError):
            zpl.render(label, 300)
        return
    for dpi in (203, 300):
        text = zpl.render(label, dpi)
        assert_one_safe_format(text)
        ais = gs1_ais(barcode_fields(text))
        assert ais.get("10") == (batch or None) and ais.get("400") == (order or None) and ais["00"] == SSCC


@FAST
@given(sku=HOSTILE, name=HOSTILE, customer=HOSTILE)
def test_any_sku_on_a_product_label_is_its_barcode_or_refused(sku, name, customer):
    try:
        label = ProductLabel(sku, name, None, customer)
    except DomainError as exc:
        if exc.message.id == "labels.symbol_too_wide":  # bars that would run off the label
            assert len(sku) > 15 and all(32 <= ord(c) <= 126 for c in sku)
        else:
            assert exc.message.id in ("labels.code128_charset", "labels.code128_empty")
            assert not sku or any(not 32 <= ord(c) <= 126 for c in sku)
        return
    text = product_zpl(label)
    assert_one_safe_format(text)
    assert in_font(unhex(text))
    assert barcode_fields(text) == [sku]


# ------------------------------------------------------------------ the cases of the issue

@pytest.mark.parametrize("batch", ["^XZ^XA^FDx^FS^XZ", "L1~JR", "LOT 7", "LOTÉ", "L#1", "L{1}"])
def test_a_batch_outside_the_gs1_set_is_refused_with_the_character(batch):
    label = LogisticLabel(Party("a"), Party("b"), sscc=SSCC, batch=batch)
    with pytest.raises(DomainError) as caught:
        label.elements()
    assert caught.value.message.id == "labels.ai_charset"
    assert caught.value.message.args["ai"] == "10" and caught.value.message.args["char"] not in GS1_CHARSET


def test_every_gs1_character_is_accepted_and_printed_back():
    every = "".join(sorted(GS1_CHARSET))
    for start in range(0, len(every), 20):
        batch, order = every[start:start + 20], every[start:start + 10][::-1]
        label = LogisticLabel(Party("a"), Party("b"), sscc=SSCC, batch=batch, order_ref=order)
        check_printable(label)
        ais = gs1_ais(barcode_fields(zpl.render(label)))  # "_" went through ^FH as _5F
        assert (ais["10"], ais["400"]) == (batch, order)
        ais = pdf_ais(pdf.render([label]))
        assert (ais["10"], ais["400"]) == (batch, order)


def test_product_sku_with_printer_commands_prints_as_data_in_zpl_and_pdf():
    sku = "AB^XZ^XA~JR_1>2"
    label = ProductLabel(sku, "Kit ~JR ^XZ")
    text = product_zpl(label)
    assert_one_safe_format(text)
    assert barcode_fields(text) == [sku]
    image = pdfium.PdfDocument(product_pdf([label]))[0].render(scale=300 / 72).to_pil()
    assert [r.text for r in zxingcpp.read_barcodes(image)] == [sku]


@pytest.mark.parametrize("sku", ["CAFÉ-1", "KIT–2", "箱-3", "A\tB"])
def test_a_sku_code128_cannot_carry_is_refused_not_printed_without_its_letters(sku):
    with pytest.raises(DomainError) as caught:
        ProductLabel(sku, "Article")
    assert caught.value.message.id == "labels.code128_charset"
    assert caught.value.message.args["char"] in sku


def test_a_group_too_wide_at_the_gs1_x_dimension_is_split_into_two_symbols():
    # (02)+(15)+(37) in one symbol needs a 0.375 mm X; split in two, every symbol keeps 0.5 mm.
    label = LogisticLabel(Party("a"), Party("b"), sscc=SSCC, gtin="3760000000017", count=48,
                          best_before=date(2027, 12, 31))
    text = zpl.render(label, 203)
    modules = re.findall(r"\^BY(\d),3\^BCN", text)
    assert modules == ["4", "4", "4"]  # 4 dots at 203 dpi: 0.5 mm
    fields = barcode_fields(text)
    assert fields[:2] == [FNC1 + "02037600000000171527123" + "1", FNC1 + "3748"]
    assert gs1_ais(fields) == {"00": SSCC, "02": "03760000000017", "15": "271231", "37": "48"}
    assert pdf_ais(pdf.render([label])) == gs1_ais(fields)


def test_a_sku_too_long_for_the_product_label_is_refused_not_cut_off():
    ProductLabel("KIT-BOX-FIBRA-2026", "Kit")
    with pytest.raises(DomainError) as caught:
        ProductLabel("KIT-BOX-FIBRA-2026-EDITION-SPECIALE", "Kit")
    assert caught.value.message.id == "labels.symbol_too_wide"


def test_a_gtin_in_other_digits_is_refused():
    with pytest.raises(DomainError):
        ProductLabel("SAVON-100", "Savon", "３７６００００００００１４７")


def test_gs1_data_at_the_longest_the_ais_allow_scans_whole():
    # AI 10 at its 20-character maximum and AI 400 at its 30 (the case that used to fail with
    # "code-barres trop long"): accepted, and every renderer prints it whole.
    batch, order = "L2611-07-ABCDEFGHIJK", "CMD-2026-11-0123456789012345-A"
    assert (len(batch), len(order)) == (20, 30)
    label = LogisticLabel(Party("a"), Party("b"), sscc=SSCC, gtin="3760000000017", count=48, batch=batch,
                          best_before=date(2027, 12, 31), net_weight_kg=8.64, order_ref=order)
    check_printable(label)
    expected = {"00": SSCC, "02": "03760000000017", "37": "48", "10": batch, "15": "271231", "3103": "008640",
                "400": order}
    for dpi in (203, 300):
        for size in ("100x150", "4x6"):
            text = zpl.render(label, dpi, size)
            assert 2 <= len(barcode_fields(text)) <= 4
            assert gs1_ais(barcode_fields(text)) == expected
    assert pdf_ais(pdf.render([label])) == expected


def test_gs1_data_too_long_for_any_symbol_is_refused_in_words():
    order = "ABCDEFGHIJKLMNOPQRSTUVWXYZABCD"  # 30 letters: no X-dimension a scanner reads fits 100 mm
    label = LogisticLabel(Party("a"), Party("b"), sscc=SSCC, order_ref=order)
    label.elements()  # a valid AI 400 …
    with pytest.raises(DomainError) as caught:
        check_printable(label)  # … that no label can carry: refused, never cut
    assert caught.value.message.id == "labels.symbol_too_wide" and order in caught.value.message.args["text"]


# ------------------------------------------------------------------ fonts (issue #22), every label kind

def test_elision_is_three_dots_and_text_outside_the_font_is_transliterated():
    long_name = "Kit de reprise smartphone — édition œcuménique “spéciale” " * 3
    label = LogisticLabel(Party(long_name, ("Quai 4 → nord",)), Party("ReCo", ("Œuvre — entrepôt",)), sscc=SSCC,
                          product_name=long_name, carrier="Transports €uro")
    text = unhex(zpl.render(label))
    assert "…" not in text and "..." in text
    # Known characters as a person types them, accents of Latin-1 kept, the rest marked, never dropped.
    assert "OEuvre - entrepôt" in text and "Transports EURuro" in text and "Quai 4 ? nord" in text
    assert in_font(text)
    product = unhex(product_zpl(ProductLabel("KIT-1", long_name, None, "CLIENT — «A»")))
    assert "…" not in product and "..." in product and in_font(product) and "CLIENT - «A»" in product


def test_the_demo_label_text_is_all_in_font():
    for dpi in (203, 300):
        assert in_font(unhex(zpl.render(demo_label(SSCC), dpi)))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_sscc_label_titles_follow_its_language_and_stay_in_font(language):
    text = unhex(zpl.render(demo_label(SSCC, language)))
    assert in_font(text) and "…" not in text
    titles = ("FROM", "TO", "BATCH (10)", "NET WEIGHT kg (3103)") if language == "en" else ("DE", "À", "LOT (10)",
                                                                                              "POIDS NET kg (3103)")
    assert all(title in text for title in titles)
    assert ("8.640" if language == "en" else "8,640") in text  # the net weight, written the language's way


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_commands_sheet_prints_only_what_its_font_encodes(language, tmp_path):
    """The sheet is drawn in Helvetica (standard encoding, WinAnsi): a character outside it would print as a
    box. Every text it draws, in each language, encodes in cp1252 and elides with three dots."""
    from logins_desktop.messages import msg, render
    from logins_desktop.services.commands_sheet import SHEET, write_commands_sheet

    drawn = [render(msg(i), language) for i in ("commands_sheet.title", "commands_sheet.heading")]
    drawn += [render(text, language) for *_, label, explanation, _color in SHEET for text in (label, explanation)]
    for text in drawn:
        text.encode("cp1252")  # raises on a character the font has not
        assert "…" not in text
    path = tmp_path / "sheet.pdf"
    write_commands_sheet(path, language)
    page = pdfium.PdfDocument(str(path))[0].get_textpage().get_text_range()
    assert render(msg("commands_sheet.heading"), language) in page
    assert ("SIGN OUT" in page) is (language == "en") and ("DÉCONNEXION" in page) is (language == "fr")
