"""The printed command sheet scans: render the PDF, decode it with a standard reader (zxing-cpp)."""

import pypdfium2 as pdfium
import zxingcpp

from logins_desktop.domain.barcodes import CodeKind, read_code
from logins_desktop.services.commands_sheet import SHEET, write_commands_sheet


def test_every_command_on_the_sheet_decodes_to_its_command(tmp_path):
    path = tmp_path / "commandes.pdf"
    write_commands_sheet(path)
    image = pdfium.PdfDocument(str(path))[0].render(scale=200 / 72).to_pil()  # a 200 dpi print
    decoded = sorted(r.text for r in zxingcpp.read_barcodes(image))
    assert len(decoded) == len(SHEET)
    codes = [read_code(text) for text in decoded]
    assert all(code.kind is CodeKind.COMMAND for code in codes)
    assert {(c.command, c.quantity or c.option) for c in codes} == {(name, extra) for name, extra, *_ in SHEET}
