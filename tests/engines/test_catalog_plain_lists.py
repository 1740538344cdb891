"""Plain price lists a shop prints as one simple table give their products: a name column
titled "Model" / "Item" / "Artikel", an offer's "Was | Now" prices, a used-car list's whole
amounts; look-alike tables (statistics, invoices, model years, budgets) still give none."""

from __future__ import annotations

from catalog_blocks import one_page, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.layout import Block


def _products(heading: str, sentence: str, rows: list[list[str]]) -> list[Product]:
    return products_from_layout(
        one_page(
            Block("heading", (40, 40, 555, 60), heading, font_size=18),
            Block("text", (40, 65, 555, 90), sentence),
            table(rows),
        )
    )


def test_model_column_names_the_bikes() -> None:
    rows = [
        ["Modell", "Rahmen", "Preis"],
        ["City Comfort 7", "Alu 50 cm", "699,00 €"],
        ["Trekking Pro 27", "Alu 54 cm", "999,00 €"],
        ["E-Bike Urban", "Alu 52 cm", "2.499,00 €"],
        ['Kinderrad 20"', "Stahl", "299,00 €"],
    ]
    products = _products("Fahrräder 2025", "Alle Preise inkl. MwSt.", rows)
    assert [(p.name, p.prices) for p in products] == [
        ("City Comfort 7", ["699,00 €"]),
        ("Trekking Pro 27", ["999,00 €"]),
        ("E-Bike Urban", ["2.499,00 €"]),
        ('Kinderrad 20"', ["299,00 €"]),
    ]


def test_artikel_column_names_and_its_number_column_codes() -> None:
    rows = [
        ["Artikel", "Art.-Nr.", "Preis"],
        ["Gartenschlauch 25 m", "GS-25", "24,99 €"],
        ["Schlauchwagen", "SW-10", "39,99 €"],
        ["Sprühdüse", "SD-02", "9,99 €"],
    ]
    products = _products("Preisliste 2025", "Alle Preise inkl. MwSt.", rows)
    assert [p.name for p in products] == ["Gartenschlauch 25 m", "Schlauchwagen", "Sprühdüse"]
    assert products[0].codes == ["GS-25"]


def test_item_column_of_codes_stays_codes() -> None:
    rows = [
        ["Item", "Description", "Price"],
        ["AB-1234", "Garden hose 25 m", "£ 24.99"],
        ["AB-1235", "Hose reel", "£ 39.99"],
        ["AB-1236", "Spray nozzle", "£ 9.99"],
    ]
    products = _products("Spring Offers", "While stocks last.", rows)
    assert [(p.name, p.codes) for p in products[:1]] == [("Garden hose 25 m", ["AB-1234"])]


def test_was_now_offer_gives_both_prices_in_order() -> None:
    rows = [
        ["Item", "Pack", "Was", "Now"],
        ["Garden hose 25 m", "1", "£ 24.99", "£ 19.99"],
        ["Hose reel", "1", "£ 39.99", "£ 29.99"],
        ["Spray nozzle", "2", "£ 9.99", "£ 6.99"],
        ["Watering can 10 l", "1", "£ 12.99", "£ 9.99"],
    ]
    products = _products("Spring Offers", "While stocks last.", rows)
    assert [(p.name, p.prices) for p in products] == [
        ("Garden hose 25 m", ["£ 24.99", "£ 19.99"]),
        ("Hose reel", ["£ 39.99", "£ 29.99"]),
        ("Spray nozzle", ["£ 9.99", "£ 6.99"]),
        ("Watering can 10 l", ["£ 12.99", "£ 9.99"]),
    ]


def test_used_cars_with_whole_prices() -> None:
    rows = [
        ["Vehicle", "Year", "Mileage", "Price"],
        ["Ford Focus 1.0 Titanium", "2018", "42,000", "£ 8,995"],
        ["VW Golf 1.5 TSI", "2019", "35,500", "£ 12,495"],
        ["Toyota Yaris Hybrid", "2020", "21,000", "£ 11,750"],
        ["Vauxhall Corsa SE", "2017", "55,200", "£ 6,495"],
    ]
    products = _products("Used Cars", "All cars come with 12 months MOT.", rows)
    assert [(p.name, p.prices) for p in products] == [
        ("Ford Focus 1.0 Titanium", ["£ 8,995"]),
        ("VW Golf 1.5 TSI", ["£ 12,495"]),
        ("Toyota Yaris Hybrid", ["£ 11,750"]),
        ("Vauxhall Corsa SE", ["£ 6,495"]),
    ]


def test_gebrauchtwagen_in_euros() -> None:
    rows = [
        ["Fahrzeug", "Baujahr", "km", "Preis"],
        ["VW Golf 1.5 TSI", "2019", "35.500", "12.500 €"],
        ["Opel Corsa", "2018", "48.000", "8.900 €"],
        ["Skoda Fabia", "2017", "61.000", "6.990 €"],
    ]
    products = _products("Gebrauchtwagen", "Alle Fahrzeuge mit HU neu.", rows)
    assert [p.prices for p in products] == [["12.500 €"], ["8.900 €"], ["6.990 €"]]


def test_statistics_by_year_with_currency_in_title_gives_none() -> None:
    rows = [
        ["Revenue (£)", "2022", "2023", "2024"],
        ["Retail sales", "12,400", "13,100", "14,050"],
        ["Online sales", "4,200", "5,900", "7,300"],
        ["Wholesale", "8,100", "7,800", "7,950"],
    ]
    assert _products("Annual report", "Figures in £ thousands.", rows) == []


def test_sales_by_product_without_price_column_gives_none() -> None:
    rows = [
        ["Product", "Units sold", "Revenue"],
        ["Garden hose 25 m", "1,240", "£ 24,790"],
        ["Hose reel", "830", "£ 24,890"],
        ["Spray nozzle", "2,100", "£ 14,680"],
    ]
    assert _products("Sales 2024", "Units and revenue by product.", rows) == []


def test_invoice_gives_none() -> None:
    rows = [
        ["Item", "Qty", "Price"],
        ["Garden hose 25 m", "2", "£ 49.98"],
        ["Hose reel", "1", "£ 39.99"],
        ["Total", "", "£ 89.97"],
    ]
    assert _products("Invoice", "Invoice no. 2025-114, due in 30 days.", rows) == []


def test_model_years_without_prices_give_none() -> None:
    rows = [
        ["Model", "Year", "Engine"],
        ["City Comfort", "2019", "none"],
        ["Trekking Pro", "2021", "none"],
        ["E-Bike Urban", "2023", "250 W"],
    ]
    assert _products("Our models", "The models we have built.", rows) == []


def test_vehicle_column_of_parts_list_with_codes_does_not_name() -> None:
    rows = [
        ["Part No.", "Vehicle", "Price"],
        ["AB-1234", "VW Golf VII", "€ 24,99"],
        ["AB-1235", "Opel Astra K", "€ 29,99"],
        ["AB-1236", "Ford Focus III", "€ 19,99"],
    ]
    names = [p.name for p in _products("Brake pads", "Front axle.", rows)]
    assert "VW Golf VII" not in names


def test_budget_gives_none() -> None:
    rows = [
        ["Item", "Cost"],
        ["Venue hire", "£ 1,200"],
        ["Catering", "£ 850"],
        ["Printing", "£ 150"],
        ["Total", "£ 2,200"],
    ]
    assert _products("Event budget", "Our budget for the spring fair.", rows) == []


def test_price_change_notice_old_and_new_prices_gives_none() -> None:
    rows = [
        ["Product", "Old price", "New price"],
        ["Garden hose 25 m", "£ 19.99", "£ 24.99"],
        ["Hose reel", "£ 29.99", "£ 39.99"],
        ["Spray nozzle", "£ 6.99", "£ 9.99"],
    ]
    assert _products("Price changes from 1 April", "These prices change.", rows) == []
