import re
from io import BytesIO

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from logins_desktop.labels.product import ProductLabel, pdf, preview_png, zpl


def decode(pdf_bytes, page=0):
    image = pdfium.PdfDocument(pdf_bytes)[page].render(scale=300 / 72).to_pil()
    return [(r.format.name, r.text) for r in zxingcpp.read_barcodes(image)]


def test_ean13_product_label_scans():
    label = ProductLabel("SAVON-100", "Savon lavande 100 g", "3760000000147", "LAVANDE")
    assert decode(pdf([label])) == [("EAN13", "3760000000147")]
    text = zpl(label)
    assert re.search(r"\^BEN,\d+,Y,N\^FH_\^FD376000000014\^FS", text)  # 12 digits: the printer adds the check digit
    preview = zxingcpp.read_barcodes(Image.open(BytesIO(preview_png(label))))
    assert [(r.format.name, r.text) for r in preview] == [("EAN13", "3760000000147")]


def test_kit_without_gtin_gets_a_code128_of_its_sku():
    label = ProductLabel("KIT-BOX-FIBRA", "Kit box internet Fibra")
    assert decode(pdf([label])) == [("Code128", "KIT-BOX-FIBRA")]
    assert "^BCN" in zpl(label) and ">:KIT-BOX-FIBRA" in zpl(label)
    assert zxingcpp.read_barcodes(Image.open(BytesIO(preview_png(label))))[0].text == "KIT-BOX-FIBRA"


def test_wrong_gtin_is_refused():
    from logins_desktop.domain.errors import DomainError

    with pytest.raises(DomainError):
        ProductLabel("X", "X", "3760000000148")
