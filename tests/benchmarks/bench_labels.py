"""Labels: 1,000 labels to one PDF and 10,000 to ZPL, each next to a bare reportlab canvas drawing
the same barcodes (no layout, no text, no checks) in the same run."""

from __future__ import annotations

import time
from io import BytesIO

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from logins_desktop.domain.gs1 import make_sscc
from logins_desktop.labels import pdf, zpl
from logins_desktop.labels.model import demo_label
from tests.benchmarks.common import print_table

PDF_LABELS, ZPL_LABELS = 1_000, 10_000


def bare_reportlab(labels) -> bytes:
    buffer = BytesIO()
    c = Canvas(buffer, pagesize=(100 * mm, 150 * mm))
    for label in labels:
        y = 60 * mm
        for barcode in label.barcodes():
            Code128(barcode.data, barWidth=0.375 * mm, barHeight=13 * mm, humanReadable=False).drawOn(c, 5 * mm, y)
            y -= 18 * mm
        c.showPage()
    c.save()
    return buffer.getvalue()


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return (time.perf_counter() - start) * 1000, result


def main() -> None:
    pdf_labels = [demo_label(make_sscc(0, "3760000", n)) for n in range(1, PDF_LABELS + 1)]
    zpl_labels = [demo_label(make_sscc(0, "3760000", n)) for n in range(1, ZPL_LABELS + 1)]
    ours_pdf, document = timed(lambda: pdf.render(pdf_labels))
    bare_pdf, _ = timed(lambda: bare_reportlab(pdf_labels))
    ours_zpl, text = timed(lambda: "".join(zpl.render(label, 203) for label in zpl_labels))
    bare_zpl, _ = timed(lambda: bare_reportlab(zpl_labels))
    print(f"PDF : {len(document) / 1e6:.1f} Mo pour {PDF_LABELS:,} étiquettes ; ZPL : {len(text) / 1e6:.1f} Mo "
          f"pour {ZPL_LABELS:,} étiquettes")
    print_table(
        "Étiquettes logistiques GS1 (4 codes-barres chacune)",
        [
            (f"{PDF_LABELS:,} étiquettes → un PDF", ours_pdf, bare_pdf),
            (f"{ZPL_LABELS:,} étiquettes → ZPL", ours_zpl, bare_zpl),
        ],
        baseline="reportlab nu",
    )
    print(f"par étiquette : PDF {ours_pdf / PDF_LABELS:.2f} ms, ZPL {ours_zpl / ZPL_LABELS:.3f} ms "
          f"(référence : canevas reportlab nu des mêmes codes-barres)")


if __name__ == "__main__":
    main()
