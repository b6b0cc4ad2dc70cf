from logins_desktop.devices.scanners.framing import FrameDecoder, suffix_bytes

GS = b"\x1d"


def texts(frames):
    return [(f.symbology, f.text, f.error.id if f.error else "") for f in frames]


def test_split_frame_and_two_frames_in_one_read():
    d = FrameDecoder()
    assert d.feed(b"]E0376000") == []
    assert texts(d.feed(b"0000017\r]C10203760000000017" + GS + b"3712\rB10")) == [
        ("]E0", "3760000000017", ""),
        ("]C1", "0203760000000017\x1d3712", ""),
    ]
    assert texts(d.feed(b"01\r")) == [(None, "B1001", "")]


def test_raw_bytes_are_kept_as_received():
    d = FrameDecoder()
    (frame,) = d.feed(b"\x00\xffB10\x0701\r")
    assert frame.raw == b"\x00\xffB10\x0701" and frame.text == "B1001"


def test_suffixes_and_prefix():
    for name, sep in (("LF", b"\n"), ("CRLF", b"\r\n"), ("TAB", b"\t")):
        assert texts(FrameDecoder(suffix_bytes(name)).feed(b"ABC" + sep + b"DEF" + sep)) == [(None, "ABC", ""), (None, "DEF", "")]
    d = FrameDecoder(prefix=b"\x02")
    assert texts(d.feed(b"\x02]E03760000000017\r")) == [("]E0", "3760000000017", "")]


def test_crlf_from_a_scanner_set_to_cr_does_not_make_an_empty_scan():
    assert texts(FrameDecoder().feed(b"ABC\r\nDEF\r\n")) == [(None, "ABC", ""), (None, "DEF", "")]


def test_noise_only_lines_are_not_scans():
    assert FrameDecoder().feed(b"\r\r\x00\x00\r") == []


def test_overlong_line_is_rejected_whole_and_the_next_frame_survives():
    d = FrameDecoder()
    frames = d.feed(b"9" * 600)
    frames += d.feed(b"9" * 100 + b"\r3760000000017\r")
    assert len(frames) == 2
    assert frames[0].error.to_json() == {"id": "scan.too_long", "args": {"length": 700, "max": 512}}
    assert frames[1].text == "3760000000017"
    one_read = FrameDecoder().feed(b"X" * 513 + b"\rOK\r")
    assert one_read[0].error.args["length"] == 513 and one_read[1].text == "OK"
