from logins_desktop.devices.scanners.hid import BurstDetector

SCANNER_GAP = 0.005  # 5 ms between a scanner's keys
PERSON_GAP = 0.2


def type_keys(detector, text, gap, t=0.0):
    decisions = []
    for ch in text:
        t += gap
        decisions.append(detector.key(ch, t))
    return decisions, t


def test_a_fast_burst_ended_by_the_suffix_is_a_scan_and_is_swallowed():
    d = BurstDetector()
    decisions, _ = type_keys(d, "]E03760000000017\r", SCANNER_GAP)
    assert all(x.swallow for x in decisions)
    frame = decisions[-1].frame
    assert (frame.symbology, frame.text) == ("]E0", "3760000000017")


def test_a_person_typing_gets_every_key_back():
    d = BurstDetector()
    decisions, t = type_keys(d, "abc", PERSON_GAP)
    given_back = "".join(x.replay for x in decisions) + d.timeout(t + 1)
    assert given_back == "abc"
    assert all(x.frame is None for x in decisions)


def test_enter_after_typing_is_not_a_scan():
    d = BurstDetector()
    decisions, t = type_keys(d, "ab\r", PERSON_GAP)
    assert decisions[-1].frame is None and not decisions[-1].swallow


def test_us_scanner_on_azerty_is_mapped_back():
    d = BurstDetector()
    typed = '&é"\'(-è_çà'  # what "1234567890" looks like
    decisions, _ = type_keys(d, typed + "\r", SCANNER_GAP)
    assert decisions[-1].frame.text == "1234567890"
    d = BurstDetector(layout="us-on-azerty")
    decisions, _ = type_keys(d, "BQDGE&&&&\r", SCANNER_GAP)  # a US badge "BADGE1111"
    assert decisions[-1].frame.text == "BADGE1111"


def test_gs_survives():
    d = BurstDetector()
    decisions, _ = type_keys(d, "]C10203760000000017\x1d3712\r", SCANNER_GAP)
    assert decisions[-1].frame.text == "0203760000000017\x1d3712"


def test_overlong_burst_is_rejected():
    d = BurstDetector(max_length=20)
    decisions, _ = type_keys(d, "9" * 25, SCANNER_GAP)
    assert any(x.frame and x.frame.error is not None and x.frame.error.id == "scan.too_long" for x in decisions)
