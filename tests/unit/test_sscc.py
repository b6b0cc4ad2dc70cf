import pytest

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.gs1 import (
    FNC1,
    barcode_data,
    element,
    human_readable,
    make_sscc,
    net_weight_kg_3103,
    validate_sscc,
)


def test_sscc_from_prefix_and_serial():
    assert make_sscc(1, "0614141", 123456789) == "106141411234567897"  # the GS1 example
    assert make_sscc(0, "3760000", 1) == "037600000000000017"
    assert validate_sscc(make_sscc(3, "376000012345", 42)).startswith("3376000012345")


def test_sscc_limits():
    with pytest.raises(DomainError) as refused:
        make_sscc(0, "3760000", 10**9)
    assert refused.value.message.id == "gs1.sscc_exhausted"
    with pytest.raises(DomainError) as refused:
        validate_sscc("106141411234567890")
    assert refused.value.message.id == "gs1.sscc_check"


def test_element_strings_and_fnc1_only_after_variable_fields():
    els = [element("02", "03760000000017"), element("37", "48"), element("10", "LOT42"), element("15", "271231")]
    assert barcode_data(els) == FNC1 + "0203760000000017" + "3748" + FNC1 + "10LOT42" + FNC1 + "15271231"
    assert barcode_data([element("00", "106141411234567897")]) == FNC1 + "00106141411234567897"
    assert human_readable(els[:2]) == "(02) 03760000000017 (37) 48"


def test_bad_elements():
    with pytest.raises(DomainError) as refused:
        element("02", "03760000000018")
    assert refused.value.message.id == "gs1.gtin_check"
    with pytest.raises(DomainError) as caught:
        element("10", "X" * 21)
    assert caught.value.message.id == "labels.ai_length" and caught.value.message.args["most"] == 20
    for value, wrong in (("CMD 12", " "), ("CMD^12", "^"), ("CMD#12", "#"), ("CMDé", "é")):
        with pytest.raises(DomainError) as caught:
            element("400", value)
        assert caught.value.message.id == "labels.ai_charset" and caught.value.message.args["char"] == wrong
    with pytest.raises(DomainError):
        element("15", "２７１２３１")  # full-width digits are digits to str.isdigit, not to a scanner
    assert net_weight_kg_3103(12.5) == "012500"
