"""Labels checked the way a warehouse checks them: render, rasterise, decode with zxing-cpp,
parse the GS1 data (biip), compare every AI with the handling unit."""

from __future__ import annotations

import re
from datetime import date

import biip
import pypdfium2 as pdfium
import pytest
import zxingcpp

from logins_desktop.domain.gs1 import make_sscc
from logins_desktop.labels import pdf, zpl
from logins_desktop.labels.code128 import decode_zpl_field
from logins_desktop.labels.model import LogisticLabel, Party, demo_label

SSCC = make_sscc(0, "3760000", 4711)


def unhex(field: str) -> str:
    """What a printer makes of ^FH_ field data: each `_XX` is the byte XX (UTF-8 under ^CI28)."""
    return re.sub(rb"_([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), field.encode()).decode()


def decoded_ais(pdf_bytes: bytes, dpi: int = 300) -> dict[str, str]:
    image = pdfium.PdfDocument(pdf_bytes)[0].render(scale=dpi / 72).to_pil()
    ais = {}
    for result in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128):
        assert result.symbology_identifier == "]C1", result.text  # FNC1 first: GS1-128
        parsed = biip.parse("]C1" + result.bytes.decode("latin-1"))
        assert parsed.gs1_message is not None, (result.text, parsed.gs1_message_error)
        for e in parsed.gs1_message.element_strings:
            assert e.ai.ai not in ais
            ais[e.ai.ai] = e.value
    return ais


@pytest.mark.parametrize("size", ["100x150", "4x6"])
def test_pdf_label_round_trip(size):
    label = demo_label(SSCC)
    ais = decoded_ais(pdf.render([label], size))
    assert ais == {"00": SSCC, "02": "03760000000017", "37": "48", "10": "L2611-07", "15": "271231",
                   "3103": "008640", "400": "CMD-2026-1101"}
    assert ais["00"][-1] == SSCC[-1]  # the check digit read back is the one computed


def test_pdf_label_decodes_at_a_203_dpi_print_too():
    assert decoded_ais(pdf.render([demo_label(SSCC)]), dpi=203)["00"] == SSCC


def test_a4_sheet_holds_two_labels_per_page():
    labels = [demo_label(make_sscc(0, "3760000", n)) for n in (1, 2, 3)]
    document = pdfium.PdfDocument(pdf.render_a4_sheet(labels))
    assert len(document) == 2
    image = document[0].render(scale=300 / 72).to_pil()
    texts = " ".join(r.text for r in zxingcpp.read_barcodes(image))
    assert make_sscc(0, "3760000", 1) in texts and make_sscc(0, "3760000", 2) in texts


@pytest.mark.parametrize("dpi, width_dots, module_for_sscc", [(203, 799, 4), (300, 1181, 6)])
def test_zpl_structure(dpi, width_dots, module_for_sscc):
    text = zpl.render(demo_label(SSCC), dpi=dpi)
    assert text.startswith("^XA\n^CI28\n") and text.rstrip().endswith("^XZ")
    assert f"^PW{width_dots}" in text
    fields = re.findall(r"\^BY(\d),3\^BCN,\d+,N,N,N,N\^FH_\^FD(.*?)\^FS", text)
    assert len(fields) == 4
    data = [decode_zpl_field(unhex(f)) for _, f in fields]
    assert all(d.startswith("\xf1") for d in data)  # FNC1 first: GS1-128
    assert data[-1] == "\xf100" + SSCC  # the SSCC, lowest
    assert int(fields[-1][0]) == module_for_sscc  # 0.5 mm: the GS1 minimum X for logistic labels
    assert "(00) " + SSCC in text and "(400) CMD-2026-1101" in text


def test_zpl_field_data_cannot_inject_commands():
    label = LogisticLabel(
        sender=Party("Atelier ^XZ~JR", ("rue _du_ ^FO0,0",)),
        receiver=Party("Client", ()),
        sscc=SSCC,
    )
    text = zpl.render(label)
    assert "^XZ~JR" not in text and "Atelier _5EXZ_7EJR" in text
    assert "rue _5Fdu_5F _5EFO0,0" in text
    assert text.count("^XA") == 1 and text.count("^XZ") == 1


def test_label_refuses_bad_data():
    from logins_desktop.domain.errors import DomainError

    with pytest.raises(DomainError) as refused:
        LogisticLabel(Party("a"), Party("b"), sscc=SSCC[:-1] + "0")
    assert refused.value.message.id == "gs1.sscc_check"
    with pytest.raises(DomainError):
        LogisticLabel(Party("a"), Party("b"), sscc=SSCC, gtin="3760000000017", count=2, batch="LOT avec espace").elements()
    label = LogisticLabel(Party("a"), Party("b"), sscc=SSCC, best_before=date(2027, 1, 31))
    assert [b.text for b in label.barcodes()] == ["(15) 270131", f"(00) {SSCC}"]
