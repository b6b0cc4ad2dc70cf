from logins_desktop.messages import msg
from logins_desktop.services.demo import demo_gtin
from logins_desktop.services.receiving import CountSession, ReceivingSession
from logins_desktop.services.stock import StockService

MIST = demo_gtin(15)  # not in the demo's announced delivery: plain receipts (test_expected_receipts)
SOAP = demo_gtin(14)


def test_receiving_by_scan(demo_db):
    stock = StockService(demo_db)
    r = ReceivingSession(demo_db, "logistique")
    assert r.scan(MIST).message == msg("receiving.scan_location_first")
    assert r.scan("RECEPTION").message == msg("receiving.receiving_at", location="RECEPTION")
    out = r.scan(f"02{MIST.rjust(14, '0')}\x1d3724\x1d10L2611", "]C1")  # a supplier's GS1-128
    # Not in the demo's announced delivery: received all the same, and said so.
    assert out.ok and out.message.id == "receiving.not_announced"
    assert out.message.args["received"] == msg("receiving.received_batch", quantity=24,
                                               product="Brume d'oreiller 100 ml", location="RECEPTION", batch="L2611")
    assert r.scan(MIST, "]E0").message.args["received"] == msg("receiving.received", quantity=1,
                                                               product="Brume d'oreiller 100 ml", location="RECEPTION")
    r.scan("CMD-QTE-5")
    r.scan(MIST)
    assert stock.on_hand("BRUME-100", "RECEPTION") == 30
    bad = r.scan(MIST[:-1] + str((int(MIST[-1]) + 1) % 10))  # a wrong check digit
    assert not bad.ok and bad.message.id.startswith("scan.")
    assert stock.consistency_problems() == []


def test_cycle_count_turns_differences_into_adjustments(demo_db):
    stock = StockService(demo_db)
    c = CountSession(demo_db, "logistique")
    start = c.scan("ATELIER-2")
    assert start.ok and start.message == msg("receiving.count_at", location="ATELIER-2", n=5)
    c.scan("CMD-QTE-58")
    c.scan(SOAP)  # 58 soaps where the books say 60
    c.scan("CMD-QTE-60")
    c.scan(demo_gtin(13))  # creams: as expected
    c.scan(demo_gtin(2))  # a trade-in box that should not be there at all
    assert c.scan("ATELIER-1").message == msg("receiving.finish_count_first", location="ATELIER-2")
    differing = c.close("inventaire tournant")
    assert {(line.sku, line.difference) for line in differing} == {
        ("SAVON-100", -2), ("BOITE-REPRISE", 1), ("BRUME-100", -60), ("ETUI-COFFRET", -60), ("CARTE-VOEUX", -80)}
    assert stock.on_hand("SAVON-100", "ATELIER-2") == 58 and stock.on_hand("BOITE-REPRISE", "ATELIER-2") == 1
    assert stock.consistency_problems() == [] and stock.negative_stock() == []
