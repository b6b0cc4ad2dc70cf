import pytest

from logins_desktop.domain.barcodes import CodeKind, CommandName, command_code, read_code

GS = "\x1d"


def test_ean13_with_and_without_symbology():
    code = read_code("3760000000017", "]E0")
    assert code.kind is CodeKind.GTIN and code.gtin == "03760000000017" and code.symbology == "]E0"
    assert read_code("3760000000017").gtin == "03760000000017"


@pytest.mark.parametrize("text", ["3760000000018", "96385075", "036000291453"])
def test_wrong_check_digit_is_code_errone(text):
    code = read_code(text, "]E0")
    assert code.kind is CodeKind.INVALID and code.error.id.startswith("scan.")


def test_gs1_128_with_gs_separator():
    code = read_code(f"0203760000000017{GS}3712{GS}10LOT-42", "]C1")
    assert code.kind is CodeKind.GS1
    assert code.gtin == "03760000000017"
    assert code.ais == {"02": "03760000000017", "37": "12", "10": "LOT-42"}


def test_gs1_datamatrix_and_qr_and_no_symbology():
    for sym in ("]d2", "]Q3"):
        code = read_code(f"0103760000000017{GS}21SERIAL9", sym)
        assert code.kind is CodeKind.GS1 and code.ais["21"] == "SERIAL9"
    assert read_code("0103760000000017").gtin == "03760000000017"  # GS1-128 without AIM id


def test_gs1_with_wrong_gtin_check_digit():
    code = read_code("0103760000000018", "]C1")
    assert code.kind is CodeKind.INVALID and code.error.id in ("scan.check_digit", "scan.gs1_check_digit")


def test_commands():
    assert read_code(command_code(CommandName.VALIDATE)).command is CommandName.VALIDATE
    q = read_code(command_code(CommandName.QUANTITY, 5))
    assert (q.kind, q.command, q.quantity) == (CodeKind.COMMAND, CommandName.QUANTITY, 5)
    assert read_code("CMD-DANSER").error.to_json() == {"id": "scan.unknown_command", "args": {"command": "DANSER"}}
    assert read_code("CMD-QTE").kind is CodeKind.INVALID


def test_text_codes_and_garbage():
    assert read_code("B1001").kind is CodeKind.TEXT
    assert read_code("A-01-02").kind is CodeKind.TEXT
    assert read_code("  ").error.id == "scan.empty"
    assert read_code("AB\x07CD").kind is CodeKind.INVALID
