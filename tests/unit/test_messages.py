"""The message catalogue: every id translated in every shipped language, every rendering complete."""

from __future__ import annotations

import pytest

from logins_desktop.messages import LANGUAGES, Message, known_ids, msg, render
from logins_desktop.messages.core import parameters, template


def samples(message_id: str, count: int) -> dict:
    return {name: (count if kind == "plural" else f"<{name}>")
            for name, kind in parameters(template(message_id, "fr")).items()}


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang != "fr"])
def test_every_id_has_a_translation_with_the_same_parameters(language):
    from logins_desktop.messages.core import _translations

    translated = _translations(language)
    missing = [i for i in known_ids() if i not in translated]
    assert missing == [], f"no {language} translation for {missing}"
    for message_id in known_ids():
        assert parameters(translated[message_id]).keys() == parameters(template(message_id, "fr")).keys(), message_id


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_id_renders_without_a_leftover_placeholder(language):
    assert len(known_ids()) > 80
    for message_id in known_ids():
        for count in (0, 1, 2, 15000):
            text = render(msg(message_id, **samples(message_id, count)), language)
            assert text.strip() and "{" not in text and "}" not in text, (message_id, text)


def test_plurals_and_numbers_follow_each_language():
    one = msg("station.pick_list_next", lines=1)
    many = msg("station.pick_list_next", lines=2)
    assert render(one, "fr").endswith("1 ligne") and render(many, "fr").endswith("2 lignes")
    assert render(one, "en").endswith("1 line") and render(many, "en").endswith("2 lines")
    assert render(msg("station.view.progress", done=1, ordered=15000), "fr") == "1 / 15\u202f000 kits"
    assert render(msg("station.view.progress", done=1, ordered=15000), "en") == "1 / 15,000 kits"
    zero = msg("station.view.covers", covers=0, remaining=3)
    assert "0 kit" in render(zero, "fr") and "0 kits" in render(zero, "en")  # CLDR: French 0 is singular


def test_messages_inside_messages_render_in_the_same_language():
    reason = msg("station.short_reason.ABIME")
    outer = msg("station.short_recorded", item="Guide", quantity=3, location="A-01", reason=reason)
    assert render(outer, "en").endswith("(damaged item)") and render(outer, "fr").endswith("(article abîmé)")
    assert outer.to_json()["args"]["reason"] == {"id": "station.short_reason.ABIME", "args": {}}


def test_an_unknown_id_or_a_missing_parameter_is_a_programming_error():
    with pytest.raises(KeyError):
        msg("station.no_such_message")
    with pytest.raises(KeyError):
        render(Message("station.kit_done", {"done": 1}), "fr")
