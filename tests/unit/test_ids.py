import time
import uuid

from logins_desktop.domain.ids import new_id


def test_new_ids_are_version_7_uuids_carrying_the_time():
    before = time.time_ns() // 1_000_000
    made = new_id()
    after = time.time_ns() // 1_000_000
    assert isinstance(made, uuid.UUID) and made.version == 7 and made.variant == uuid.RFC_4122
    assert before <= made.int >> 80 <= after + 1


def test_ids_made_in_a_row_sort_in_the_order_they_were_made_as_text_too():
    ids = [new_id() for _ in range(20_000)]  # many per millisecond: the counter orders them
    assert len(set(ids)) == len(ids)
    assert ids == sorted(ids) and [i.hex for i in ids] == sorted(i.hex for i in ids)  # SQLite stores hex


def test_bulk_ids_and_single_ids_keep_increasing_together():
    from logins_desktop.domain.ids import new_id_hexes

    made = [*new_id_hexes(5000), new_id().hex, *new_id_hexes(3), new_id().hex, *new_id_hexes(70_000)]
    assert made == sorted(made) and len(set(made)) == len(made)
    assert all(len(h) == 32 and uuid.UUID(hex=h).version == 7 and uuid.UUID(hex=h).variant == uuid.RFC_4122
               for h in made)
