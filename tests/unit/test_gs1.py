import pytest

from logins_desktop.domain.errors import DomainError
from logins_desktop.domain.gs1 import gs1_check_digit, gtin14, is_valid_gtin, validate_gtin, with_check_digit


@pytest.mark.parametrize(
    "code",
    ["4006381333931", "5901234123457", "96385074", "036000291452", "10614141000415", "3760000000017"],
)
def test_valid_gtins(code):
    assert is_valid_gtin(code)
    assert validate_gtin(code) == code


@pytest.mark.parametrize("code", ["4006381333932", "96385075", "036000291453", "10614141000416"])
def test_wrong_check_digit_is_refused_with_expected_digit(code):
    assert not is_valid_gtin(code)
    with pytest.raises(DomainError) as refused:
        validate_gtin(code)
    assert refused.value.message.id == "gs1.gtin_check"


@pytest.mark.parametrize("code, reason", [("12345", "5 chiffres"), ("40063813339A1", "seuls des chiffres"), ("", "seuls des chiffres")])
def test_malformed_gtins(code, reason):
    with pytest.raises(DomainError, match=reason):
        validate_gtin(code)


def test_check_digit_of_sscc_body():
    # The GS1 example SSCC (00)106141411234567897: extension 1, prefix 0614141, serial 123456789, check 7
    assert gs1_check_digit("10614141123456789") == 7
    assert with_check_digit("400638133393") == "4006381333931"


def test_gtin14_pads_with_zeros():
    assert gtin14("96385074") == "00000096385074"


def test_a_product_cannot_be_given_a_wrong_gtin():
    from logins_desktop.store.models import Product

    assert Product(sku="A", name="A", gtin="4006381333931").gtin == "4006381333931"
    with pytest.raises(DomainError) as refused:
        Product(sku="B", name="B", gtin="4006381333932")
    assert refused.value.message.id == "gs1.gtin_check"
