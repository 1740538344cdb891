"""Business documents that name things next to amounts but offer nothing: a bank's schedule of
fees, a policy's schedule of premiums, an insurance claim's inventory of stolen things, a
household's inventory for its cover, a priced bill of quantities, an expense report, an
estimate, a utility's bill, an energy tariff priced per kilowatt-hour. And the look-alikes that
do offer: a price list, a workshop's services, home batteries by their kWh, concrete by the m³,
a course list's fees, a pack price list, an order form with blank totals."""

from __future__ import annotations

from pathlib import Path

import pytest
from catalog_blocks import a4_pdf, one_page, products_of_pdf, table

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.catalog.enquiries import presents_a_request_for_quotation
from pdfqueue.engines.catalog.product import Product
from pdfqueue.engines.catalog.unoffered import (
    account_service_tables,
    presents_fees,
    presents_metered_tariffs,
    presents_possessions,
)
from pdfqueue.engines.layout import Block


def _text(text: str, top: float, kind: str = "paragraph") -> Block:
    return Block(kind, (40.0, top, 555.0, top + 12.0), text)  # type: ignore[arg-type]


def _document(title: str, intro: str, rows: list[list[str]], *after: str) -> list[Product]:
    """The products of a page: a title, a paragraph, a table and lines under it."""
    blocks = [_text(title, 40.0, "heading"), _text(intro, 70.0), table(rows, 100.0)]
    top = 110.0 + 14.0 * len(rows)
    blocks += [_text(line, top + 16.0 * n) for n, line in enumerate(after)]
    return products_from_layout(one_page(*blocks))


FEE_SCHEDULES = {
    "en": (
        "Schedule of Fees and Charges",
        "This schedule lists the fees that apply to your current account from 1 April.",
        [
            ["Service", "Condition", "Fee"],
            ["Account maintenance", "per month", "£ 4.50"],
            ["Debit card replacement", "per card", "£ 10.00"],
            ["Paper statement", "per statement", "£ 2.00"],
            ["International transfer", "per transfer", "£ 25.00"],
            ["Cash withdrawal abroad", "per withdrawal", "£ 3.50"],
        ],
    ),
    "de": (
        "Preis- und Leistungsverzeichnis",
        "Gültig ab 1. April für Ihr Girokonto. Die Entgelte werden monatlich abgebucht.",
        [
            ["Leistung", "Bedingung", "Entgelt"],
            ["Kontoführung", "pro Monat", "2,50 €"],
            ["Girocard", "pro Jahr", "12,00 €"],
            ["Ersatzkarte", "pro Karte", "15,00 €"],
            ["Überweisung beleghaft", "pro Auftrag", "1,50 €"],
            ["Auslandsüberweisung", "pro Auftrag", "20,00 €"],
        ],
    ),
    "es": (
        "Tarifa de comisiones",
        "Comisiones aplicables a su cuenta corriente a partir del 1 de abril.",
        [
            ["Servicio", "Condición", "Comisión"],
            ["Mantenimiento de cuenta", "al mes", "3,00 €"],
            ["Tarjeta de débito", "al año", "20,00 €"],
            ["Transferencia SEPA", "por operación", "0,50 €"],
            ["Retirada en cajero ajeno", "por operación", "2,00 €"],
            ["Extracto en papel", "por envío", "1,20 €"],
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(FEE_SCHEDULES))
def test_a_bank_s_schedule_of_fees_on_the_reader_s_account_offers_nothing(language: str) -> None:
    title, intro, rows = FEE_SCHEDULES[language]
    assert presents_fees(table(rows), intro)
    assert _document(title, intro, rows, "Fees may change with two months' notice.") == []


def test_a_scanned_fee_schedule_s_blank_rows_and_lost_conditions_still_offer_nothing() -> None:
    # OCR split two rows into blank ones, lost a "per" and read the notice under the table
    rows = [
        ["Service", "Condition", "Fee"],
        ["Account maintenance", "per month", "£4.50"],
        ["Debit card replacement", "per card", "£10.00"],
        ["i Paper statement", "per statement", "£2.00"],
        ["", "", "£25.00"],
        ["Unarranged", "day", "£5.00"],
        ["", "", "£3.50"],
        ["Fees may change with two months' notice.", "", ""],
    ]
    intro = "This schedule lists the fees that apply to your current account from 1 April."
    assert presents_fees(table(rows), intro)
    assert _document("Schedule of Fees and Charges", intro, rows) == []


def test_a_policy_s_schedule_of_monthly_premiums_offers_nothing() -> None:
    intro = (
        "This schedule forms part of your home appliance insurance policy. The monthly premium "
        "covers repair or replacement of the appliances listed."
    )
    rows = [
        ["Appliance", "Make / model", "Monthly premium"],
        ["Washing machine", "Bosch Serie 6 WAU28", "£ 6.99"],
        ["Fridge freezer", "Samsung RB38", "£ 7.49"],
        ["Dishwasher", "Miele G 5210", "£ 5.99"],
        ["Oven", "Neff B57CR22", "£ 4.99"],
    ]
    assert _document("Schedule of Insured Appliances", intro, rows) == []


def test_a_course_list_s_one_off_fees_on_a_page_inviting_an_account_are_offers() -> None:
    intro = "Book online - create your account at our website. Concessions available."
    rows = [
        ["Course", "Tutor", "Fee"],
        ["Beginners Spanish", "Ana Ruiz", "£ 120.00"],
        ["Watercolour painting", "Tom Hale", "£ 96.00"],
        ["Pottery for all", "Jo Kent", "£ 150.00"],
        ["Digital photography", "Sam Lee", "£ 84.00"],
    ]
    assert not presents_fees(table(rows), intro)
    names = [p.name for p in _document("Evening Classes", intro, rows)]
    assert names == [r[0] for r in rows[1:]]


def test_a_hosting_price_list_per_month_on_a_page_naming_your_contract_offers() -> None:
    intro = "Webhosting für Privat- und Geschäftskunden. Ihr Vertrag läuft zwölf Monate."
    rows = [
        ["Paket", "Speicher", "Preis"],
        ["Hosting S", "10 GB", "2,99 €/Monat"],
        ["Hosting M", "50 GB", "5,99 €/Monat"],
        ["Hosting L", "200 GB", "9,99 €/Monat"],
        ["Hosting XL", "1 TB", "14,99 €/Monat"],
    ]
    assert not presents_fees(table(rows), intro)
    assert len(_document("Unsere Tarife", intro, rows)) == 4


CLAIMS = {
    "en": (
        "Insurance Claim - Inventory of Stolen Items",
        ["Item", "Date of purchase", "Price paid"],
        ["$ 749.00", "$ 1,099.00", "$ 679.00", "$ 329.00", "$ 620.00"],
    ),
    "de": (
        "Schadenmeldung - Aufstellung der gestohlenen Gegenstände",
        ["Gegenstand", "Kaufdatum", "Kaufpreis"],
        ["749,00 €", "1.099,00 €", "679,00 €", "329,00 €", "620,00 €"],
    ),
    "es": (
        "Parte de siniestro - Relación de objetos robados",
        ["Objeto", "Fecha de compra", "Precio pagado"],
        ["749,00 €", "1.099,00 €", "679,00 €", "329,00 €", "620,00 €"],
    ),
}
_STOLEN = [
    "Samsung 55 TV",
    "Lenovo ThinkPad T14",
    "Canon EOS R50",
    "Sony WH-1000XM5",
    "Trek Marlin 5",
]
_BOUGHT = ["03/2022", "11/2023", "06/2024", "12/2023", "04/2021"]


@pytest.mark.parametrize("language", sorted(CLAIMS))
def test_an_insurance_claim_s_stolen_items_with_dates_of_purchase_offer_nothing(
    language: str,
) -> None:
    title, head, paid = CLAIMS[language]
    rows = [head, *([n, d, p] for n, d, p in zip(_STOLEN, _BOUGHT, paid, strict=True))]
    assert presents_possessions(table(rows))
    assert _document(title, "Policy HC-448812. Date of loss: 14/03/2025.", rows) == []


def test_a_household_inventory_of_replacement_values_offers_nothing() -> None:
    rows = [
        ["Gegenstand", "Marke", "Neuwert"],
        ["Sofa Wohnzimmer", "IKEA", "899,00 €"],
        ["Fernseher 65 Zoll", "LG", "1.799,00 €"],
        ["Esstisch mit Stühlen", "Hülsta", "1.150,00 €"],
        ["Waschmaschine", "Miele", "649,00 €"],
    ]
    intro = "Bewahren Sie diese Liste bei Ihren Versicherungsunterlagen auf."
    assert _document("Hausratliste", intro, rows, "Summe Neuwert 4.497,00 €") == []


def test_a_second_hand_dealer_s_asking_prices_beside_the_year_bought_are_offers() -> None:
    rows = [
        ["Item", "Year bought", "Condition", "Price"],
        ["Washing machine Miele W1", "2021", "very good", "£ 349.00"],
        ["Fridge Bosch KGN", "2020", "good", "£ 229.00"],
        ["Dishwasher Siemens", "2022", "as new", "£ 289.00"],
        ["Tumble dryer AEG T8", "2019", "good", "£ 199.00"],
    ]
    assert not presents_possessions(table(rows))
    products = _document("Used appliances", "All checked, 12 months warranty.", rows)
    assert [p.prices for p in products] == [[r[3]] for r in rows[1:]]


PRICED_QUANTITIES = [
    ["Item", "Description", "Unit", "Qty", "Rate", "Amount"],
    ["3.1", "Blinding concrete C12/15, 50 mm", "m2", "420", "8.50", "3,570.00"],
    ["3.2", "Reinforced concrete C25/30", "m3", "185", "142.00", "26,270.00"],
    ["3.3", "Formwork to foundations", "m2", "260", "31.00", "8,060.00"],
    ["3.4", "Steel reinforcement", "t", "14.5", "1,150.00", "16,675.00"],
    ["3.5", "Concrete slab 150 mm", "m2", "610", "38.00", "23,180.00"],
]


def test_a_priced_bill_of_quantities_carried_to_its_summary_offers_nothing() -> None:
    title = "Bill of Quantities - Section 3: Concrete works"
    rows = PRICED_QUANTITIES
    assert _document(title, "Contractor: BuildCo Ltd.", rows, "Carried to summary 77,755.00") == []


def test_a_pack_price_list_and_an_order_form_with_blank_totals_offer_their_items() -> None:
    # amounts that are a count times a unit price, and a total column: still price lists
    packs = [
        ["Article", "Code", "Qty per box", "Unit price", "Box price"],
        ["Wood screw 4 x 40", "WS-440", "200", "£ 0.05", "£ 10.00"],
        ["Wood screw 5 x 60", "WS-560", "100", "£ 0.09", "£ 9.00"],
        ["Wall plug 6 mm", "WP-600", "100", "£ 0.04", "£ 4.00"],
        ["Washer M6", "WA-006", "500", "£ 0.01", "£ 5.00"],
    ]
    assert len(_document("Fixings", "Trade prices.", packs)) == 4
    form = [
        ["Product", "Code", "Price", "Qty", "Total"],
        ["Garden hose 25 m", "GH-25", "£ 19.99", "", ""],
        ["Hose reel", "HR-01", "£ 32.99", "", ""],
        ["Spray nozzle", "SN-07", "£ 6.99", "", ""],
        ["Watering can 10 l", "WC-10", "£ 9.99", "", ""],
    ]
    assert len(_document("Order form", "Fill in the quantities you want.", form)) == 4


def test_an_expense_report_offers_nothing() -> None:
    rows = [
        ["Date", "Description", "Category", "Amount"],
        ["03/03/2025", "Flight London - Munich", "Travel", "£ 214.00"],
        ["03/03/2025", "Hotel Bayerischer Hof, 2 nights", "Lodging", "£ 380.00"],
        ["04/03/2025", "Dinner with client", "Meals", "£ 96.40"],
        ["05/03/2025", "Taxi to airport", "Travel", "£ 42.00"],
    ]
    intro = "Employee: Mark Davies. Period: March 2025."
    assert _document("Expense Report", intro, rows, "Total expenses £ 732.40") == []


def test_an_estimate_and_a_bill_for_a_billing_period_offer_nothing() -> None:
    rows = [
        ["Position", "Menge", "Preis"],
        ["Bremsscheiben vorne (Satz)", "1", "129,00 €"],
        ["Bremsbeläge vorne", "1", "59,00 €"],
        ["Arbeitszeit", "2,5 Std", "212,50 €"],
        ["Bremsflüssigkeit", "1 l", "14,90 €"],
    ]
    intro = "Für die Reparatur Ihres Fahrzeugs veranschlagen wir:"
    assert _document("Kostenvoranschlag", intro, rows, "Gesamtbetrag 415,40 €") == []
    usage = [
        ["Charge", "Usage", "Rate", "Amount"],
        ["Day units", "812 kWh", "24.50p", "£ 198.94"],
        ["Night units", "340 kWh", "13.20p", "£ 44.88"],
        ["Standing charge", "90 days", "53.35p", "£ 48.02"],
    ]
    intro = "Account 8812 3341. Billing period 1 Jan - 31 Mar 2025."
    assert _document("Your electricity bill", intro, usage, "Total amount due £ 291.84") == []


def test_a_workshop_s_service_price_list_offering_estimates_still_offers() -> None:
    rows = [
        ["Leistung", "Dauer", "Preis"],
        ["Inspektion Basis", "45 min", "49,00 €"],
        ["Inspektion Premium", "90 min", "89,00 €"],
        ["Schlauch wechseln", "15 min", "12,00 €"],
        ["Bremsen einstellen", "20 min", "15,00 €"],
    ]
    intro = "Unsere Leistungen für Ihr Fahrrad. Kostenvoranschlag gratis."
    names = [p.name for p in _document("Preisliste Werkstatt", intro, rows)]
    assert names == [r[0] for r in rows[1:]]


TARIFFS = {
    "de": [
        ["Tarif", "Arbeitspreis", "Grundpreis"],
        ["Grundversorgung", "38,95 ct/kWh", "14,50 €/Monat"],
        ["Ökostrom Plus", "36,20 ct/kWh", "12,90 €/Monat"],
        ["Nachtstrom", "28,10 ct/kWh", "9,90 €/Monat"],
        ["Wärmepumpe", "27,40 ct/kWh", "11,50 €/Monat"],
    ],
    "en": [
        ["Tariff", "Unit rate", "Standing charge"],
        ["Standard Variable", "24.50p per kWh", "53.35p per day"],
        ["Fixed 12M", "22.90p per kWh", "49.80p per day"],
        ["Green Fix", "23.70p per kWh", "51.00p per day"],
        ["Economy 7 night", "13.20p per kWh", "53.35p per day"],
    ],
    "es": [
        ["Tarifa", "Término de energía", "Término de potencia"],
        ["Tarifa Luz Fija", "0,1520 €/kWh", "0,1042 €/kW día"],
        ["Tarifa Noche", "0,1190 €/kWh", "0,1042 €/kW día"],
        ["Tarifa Verde", "0,1480 €/kWh", "0,1042 €/kW día"],
        ["Tarifa Empresa", "0,1405 €/kWh", "0,0981 €/kW día"],
    ],
}


@pytest.mark.parametrize("language", sorted(TARIFFS))
def test_an_energy_tariff_priced_per_kilowatt_hour_offers_nothing(language: str) -> None:
    rows = TARIFFS[language]
    assert presents_metered_tariffs(table(rows))
    assert _document("Preisblatt Strom", "Gültig ab 01.01.2025.", rows) == []


def test_a_scanned_tariff_that_lost_its_units_is_known_by_its_titles() -> None:
    rows = [
        ["Tarif", "Arbeitspreis", "Grundpreis"],
        ["Grundversorgung", "38,95 ctkwh", "14,50 €/Monat"],
        ["k Okostrom", "", "12,90 €/Monat"],
        ["Nachtstrom", "28,10", "9,90 €/Monat"],
        ["Warmepumpe", "27,40", "11,50 €/Monat"],
    ]
    assert presents_metered_tariffs(table(rows))
    assert _document("Preisblatt Strom", "Giiltig ab 01.01.2025.", rows) == []


def test_a_tariff_sheet_titling_its_rates_per_kilowatt_hour_offers_nothing() -> None:
    # the unit set once over the column ("lei/kWh"), the rates bare, the tariffs coded
    rows = [
        ["Cod tarif", "Tip tarif", "Interval orar", "lei/kWh"],
        ["CR-M", "Monom simplu", "00-24", "0,8934"],
        ["CR-2Z", "Diferențiat zi", "07-22", "0,9821"],
        ["CR-2N", "Diferențiat noapte", "22-07", "0,6315"],
        ["CS-V", "Social, consum sub 900 kWh/an", "00-24", "0,6802"],
    ]
    assert presents_metered_tariffs(table(rows))
    assert _document("Prețuri pentru clienții casnici", "În vigoare din 2026.", rows) == []


def test_batteries_priced_beside_their_cost_per_kilowatt_hour_are_offers() -> None:
    # the control: a price per kWh of capacity worked out beside each battery's own price
    rows = [
        ["Art.-Nr.", "Speicher", "€/kWh", "Preis"],
        ["BX-05", "PowerBox 5", "499,80", "2.499,00 €"],
        ["BX-10", "PowerBox 10", "429,90", "4.299,00 €"],
        ["BX-15", "PowerBox 15", "399,93", "5.999,00 €"],
    ]
    assert not presents_metered_tariffs(table(rows))
    names = [p.name for p in _document("Heimspeicher", "Preise inkl. Montage.", rows)]
    assert names == [r[1] for r in rows[1:]]


def test_home_batteries_by_capacity_and_concrete_by_the_cubic_metre_are_offers() -> None:
    batteries = [
        ["Battery", "Capacity", "Price"],
        ["PowerWall Mini", "5 kWh", "£ 2,499.00"],
        ["PowerWall 10", "10 kWh", "£ 4,299.00"],
        ["PowerWall 15", "15 kWh", "£ 5,999.00"],
        ["PowerWall Max", "20 kWh", "£ 7,499.00"],
    ]
    assert not presents_metered_tariffs(table(batteries))
    names = [p.name for p in _document("Home batteries", "Installed prices.", batteries)]
    assert names == [r[0] for r in batteries[1:]]
    concrete = [
        ["Sorte", "Festigkeitsklasse", "Preis"],
        ["Magerbeton", "C8/10", "118,00 €/m³"],
        ["Fundamentbeton", "C20/25", "132,00 €/m³"],
        ["Bodenplatte", "C25/30", "139,00 €/m³"],
        ["Sichtbeton", "C30/37", "151,00 €/m³"],
    ]
    assert not presents_metered_tariffs(table(concrete))
    names = [p.name for p in _document("Transportbeton", "Ab Werk, zzgl. Fracht.", concrete)]
    assert names == [r[0] for r in concrete[1:]]


def test_a_printed_fee_schedule_offers_nothing_and_a_price_list_still_offers(
    tmp_path: Path,
) -> None:
    def page(title: str, intro: str, rows: list[list[str]]) -> list[Product]:
        pdf = a4_pdf(windows_1252=True)
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 18)
        pdf.text(50, 70, title)
        pdf.set_font("Helvetica", "", 10)
        pdf.text(50, 95, intro)
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                pdf.rect(50 + 165 * c, 120 + 18 * r, 165, 18)
                pdf.text(54 + 165 * c, 132 + 18 * r, cell)
        return products_of_pdf(pdf, tmp_path)

    title, intro, rows = FEE_SCHEDULES["de"]
    assert page(title, intro, rows) == []
    prices = [["Bezeichnung", "Art.-Nr.", "Preis"]] + [
        [name, f"GK-{n}", price]
        for n, (name, price) in enumerate(
            (
                ("Aktenordner A4", "2,49 €"),
                ("Locher", "8,90 €"),
                ("Tacker", "12,50 €"),
                ("Schreibtischlampe", "24,90 €"),
                ("Papierkorb", "6,50 €"),
            ),
            10,
        )
    ]
    names = [p.name for p in page("Preisliste", "Gültig ab 1. April.", prices)]
    assert names == [r[0] for r in prices[1:]]


# a bank's schedule of prices and services, its amounts titled as prices: known by what its
# rows charge for (an account, its cards, transfers, statements, cash), not by the title
PRICED_BANK_SCHEDULES = {
    "de": (
        "Preis- und Leistungsverzeichnis",
        "Gültig ab 1. Januar für Privatkunden.",
        [
            ["Leistung", "Preis"],
            ["Kontoführung Girokonto, monatlich", "4,90 €"],
            ["girocard (Debitkarte), jährlich", "12,00 €"],
            ["SEPA-Überweisung beleghaft", "2,50 €"],
            ["Kontoauszug am Schalter", "1,00 €"],
            ["Bargeld an fremden Geldautomaten", "5,00 €"],
        ],
    ),
    "en": (
        "Price list for personal banking",
        "Valid from 1 January.",
        [
            ["Service", "Price"],
            ["Account maintenance, monthly", "£ 4.50"],
            ["Replacement debit card", "£ 10.00"],
            ["International transfer", "£ 25.00"],
            ["Paper statement", "£ 2.00"],
            ["Cash withdrawal abroad", "£ 3.50"],
        ],
    ),
    "es": (
        "Lista de precios de servicios bancarios",
        "Vigente desde el 1 de enero.",
        [
            ["Servicio", "Precio"],
            ["Mantenimiento de cuenta, al mes", "3,00 €"],
            ["Tarjeta de débito, al año", "20,00 €"],
            ["Transferencia SEPA", "0,50 €"],
            ["Retirada en cajero ajeno", "2,00 €"],
            ["Extracto en papel", "1,20 €"],
        ],
    ),
    "fr": (
        "Tarifs des services bancaires",
        "Applicables au 1er janvier.",
        [
            ["Service", "Tarif"],
            ["Tenue de compte, par mois", "2,00 €"],
            ["Carte bancaire Visa, par an", "45,00 €"],
            ["Virement SEPA occasionnel", "0,00 €"],
            ["Retrait au distributeur d'une autre banque", "1,00 €"],
            ["Relevé de compte papier", "1,50 €"],
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(PRICED_BANK_SCHEDULES))
def test_a_bank_s_services_under_a_price_column_offer_nothing(language: str) -> None:
    title, intro, rows = PRICED_BANK_SCHEDULES[language]
    assert account_service_tables(one_page(table(rows)).pages[0]) == {0}
    assert _document(title, intro, rows) == []


def test_a_bank_s_account_models_and_untitled_sections_offer_nothing() -> None:
    # a table of account models titled "Grundpreis / Monat", then sections without titles
    models = [
        ["Kontomodell", "Grundpreis / Monat", "Enthaltene Leistungen"],
        ["GiroBasis", "4,90 €", "Online-Banking, girocard 12,00 € p. a."],
        ["GiroKomfort", "9,90 €", "girocard inklusive, Bargeld an 1.200 Automaten"],
        ["GiroPremium", "14,90 €", "Kreditkarte Classic und Reiseversicherung"],
    ]
    cards = [
        ["girocard (Debitkarte)", "12,00 € p. a."],
        ["Ersatzkarte bei Verlust", "15,00 €"],
        ["Kreditkarte Gold", "89,00 € p. a."],
    ]
    transfers = [
        ["SEPA-Überweisung online", "0,00 €"],
        ["Dauerauftrag einrichten", "0,00 €"],
        ["Rückgabe einer Lastschrift", "3,00 €"],
    ]
    page = one_page(
        _text("Preis- und Leistungsverzeichnis (Auszug)", 40.0, "heading"),
        table(models, 80.0),
        _text("2. Karten", 160.0, "list_item"),
        table(cards, 180.0),
        _text("3. Überweisungen", 240.0, "list_item"),
        table(transfers, 260.0),
    )
    assert account_service_tables(page.pages[0]) == {1, 3, 5}
    assert products_from_layout(page) == []


NOT_BANK_SERVICES = {
    "print shop": (
        "Copy & Print - Preise",
        [
            ["Leistung", "Preis"],
            ["Kopie A4 s/w, je Seite", "0,10 €"],
            ["Kopie A4 farbig, je Seite", "0,50 €"],
            ["Visitenkarten, 250 Stück", "29,00 €"],
            ["Spiralbindung bis 100 Blatt", "3,50 €"],
            ["Scan auf USB-Stick, je Seite", "0,20 €"],
        ],
    ),
    "bank shop": (
        "Sparkassen-Shop",
        [
            ["Artikel", "Preis"],
            ["Sparschwein Keramik", "9,90 €"],
            ["Regenschirm mit Logo", "14,90 €"],
            ["Kreditkartenetui Leder", "12,50 €"],
            ["EC-Karten Hülle, 5 Stück", "3,90 €"],
            ["Thermobecher", "11,00 €"],
        ],
    ),
    "locksmith": (
        "Schlüsseldienst - Preisliste",
        [
            ["Leistung", "Preis"],
            ["Türöffnung werktags", "89,00 €"],
            ["Schlüssel nachmachen, je Schlüssel", "6,50 €"],
            ["Schließzylinder wechseln", "45,00 €"],
            ["Tresoröffnung", "190,00 €"],
            ["Briefkastenschloss", "24,00 €"],
        ],
    ),
    "leather goods": (
        "Small leather goods",
        [
            ["Article", "Price"],
            ["Credit card holder", "£ 19.00"],
            ["Cheque book cover", "£ 24.00"],
            ["Coin purse", "£ 15.00"],
            ["Travel wallet", "£ 39.00"],
            ["Key case", "£ 17.00"],
        ],
    ),
}


@pytest.mark.parametrize("kind", sorted(NOT_BANK_SERVICES))
def test_service_and_merchandise_price_lists_keep_their_products(kind: str) -> None:
    title, rows = NOT_BANK_SERVICES[kind]
    assert account_service_tables(one_page(table(rows)).pages[0]) == set()
    names = [p.name for p in _document(title, "Alle Preise inkl. MwSt.", rows)]
    assert names == [r[0] for r in rows[1:]]


REQUESTS_FOR_QUOTATION = {
    "en": (
        "REQUEST FOR QUOTATION",
        "Please quote your best price and delivery for the items below. Quotes due 26 January.",
        [
            ["#", "Item", "Specification", "Qty", "Unit", "Unit price"],
            ["1", "Hydraulic hose assembly", "2SN, JIC female both ends", "40", "pcs", "£ ____"],
            ["2", "Ball valve DN25 stainless", "PN63, full bore", "12", "pcs", "£ ____"],
            ["3", "Pressure gauge 0-250 bar", "100 mm dial", "8", "pcs", "£ ____"],
            ["4", "Return filter element", "10 µm, to fit RF-160", "30", "pcs", "£ ____"],
        ],
    ),
    "de": (
        "Angebotsanfrage Nr. 2026-014",
        "Wir bitten um Ihr Angebot für folgende Positionen, Liefertermin KW 12.",
        [
            ["Pos.", "Bezeichnung", "Menge", "Einheit", "Einzelpreis", "Gesamtpreis"],
            ["1", "Sechskantschraube M10x50 verzinkt", "2000", "Stk", "_____ €", "_____ €"],
            ["2", "Scheibe DIN 125 M10", "2000", "Stk", "_____ €", "_____ €"],
            ["3", "Sicherungsmutter M10", "1500", "Stk", "_____ €", "_____ €"],
            ["4", "Gewindestange M10 1 m", "200", "Stk", "_____ €", "_____ €"],
        ],
    ),
    "fr": (
        "Demande de prix",
        "Merci de nous faire parvenir votre meilleure offre avant le 15 mars.",
        [
            ["Réf.", "Désignation", "Quantité", "Prix unitaire HT"],
            ["1", "Gants de protection nitrile, taille 9", "500 paires", "........"],
            ["2", "Lunettes de sécurité incolores", "120", "........"],
            ["3", "Casque antibruit 30 dB", "60", "........"],
            ["4", "Chaussures de sécurité S3, pointures 40-46", "80 paires", "........"],
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(REQUESTS_FOR_QUOTATION))
def test_a_request_for_quotation_with_blank_prices_offers_nothing(language: str) -> None:
    title, intro, rows = REQUESTS_FOR_QUOTATION[language]
    assert _document(title, intro, rows, "Signed: ________  Date: ________") == []


TENDERS = {
    "nl": (
        "Europese openbare aanbesteding 2026-017 - Inschrijvingsstaat",
        "De opdracht is verdeeld in twee percelen. De geraamde opdrachtwaarde bedraagt"
        " € 640.000,00 exclusief btw voor de looptijd van vier jaar.",
        [
            ["Nr.", "Omschrijving", "Aantal", "Eenheid", "Eenheidsprijs €"],
            ["1.1", "Bureaustoel ergonomisch, armleuningen verstelbaar", "40", "stuk", "........"],
            ["1.2", "Zit-sta bureau 160 × 80 cm, elektrisch", "60", "stuk", "........"],
            ["1.3", "Ladeblok verrijdbaar, 3 laden", "270", "stuk", "........"],
            ["1.4", "Montage en plaatsing op locatie", "49", "uur", "........"],
        ],
    ),
    "de": (
        "Öffentliche Ausschreibung - Leistungsverzeichnis",
        "Der geschätzte Auftragswert beträgt 250.000,00 € netto; die Bieter tragen ihre"
        " Einheitspreise in das Leistungsverzeichnis ein.",
        [
            ["Pos.", "Leistung", "Menge", "Einheit", "Einheitspreis €"],
            ["01.01", "Bürodrehstuhl nach DIN EN 1335", "40", "Stk", ""],
            ["01.02", "Schreibtisch höhenverstellbar 160 x 80 cm", "60", "Stk", ""],
            ["01.03", "Rollcontainer mit drei Schubladen", "270", "Stk", ""],
            ["01.04", "Montage vor Ort", "49", "h", ""],
        ],
    ),
    "en": (
        "Tender No. 2026/17 - Pricing schedule",
        "The estimated value of the contract is £480,000.00 excluding VAT over four years,"
        " and bidders enter a unit rate against every item.",
        [
            ["Item", "Description", "Quantity", "Unit", "Unit rate £"],
            ["1", "Task chair, adjustable arms", "40", "nr", "________"],
            ["2", "Sit-stand desk 1600 x 800", "60", "nr", "________"],
            ["3", "Mobile pedestal, 3 drawers", "270", "nr", "________"],
            ["4", "Installation on site", "49", "hr", "________"],
        ],
    ),
    "es": (
        "Licitación pública - Anexo II: presupuesto por unidades",
        "El valor estimado del contrato asciende a 120.000,00 € IVA excluido y los licitadores"
        " indicarán un precio unitario para cada partida.",
        [
            ["Nº", "Descripción", "Cantidad", "Unidad", "Precio unitario €"],
            ["1", "Silla de oficina ergonómica", "40", "ud", "........"],
            ["2", "Mesa regulable en altura 160 x 80 cm", "60", "ud", "........"],
            ["3", "Cajonera con ruedas, 3 cajones", "270", "ud", "........"],
            ["4", "Montaje en obra", "49", "h", "........"],
        ],
    ),
}


@pytest.mark.parametrize("language", sorted(TENDERS))
def test_a_tender_s_bill_of_quantities_with_an_estimated_value_offers_nothing(
    language: str,
) -> None:
    # the estimated value is named in a sentence; the unit prices are left for the bidders
    title, intro, rows = TENDERS[language]
    page = one_page(_text(title, 40.0, "heading"), _text(intro, 70.0), table(rows, 100.0))
    assert presents_a_request_for_quotation(page.pages[0])
    assert _document(title, intro, rows, "Inschrijvingen uiterlijk 14 oktober 2026.") == []


def test_a_price_list_for_public_buyers_with_a_quantity_column_keeps_its_products() -> None:
    # a supplier's price list naming tenders in its text: its prices printed beside its packs
    rows = [
        ["Art.-Nr.", "Bezeichnung", "Menge", "Einheit", "Einheitspreis €"],
        ["BS-1335", "Bürodrehstuhl nach DIN EN 1335", "1", "Stk", "289,00"],
        ["ST-1680", "Schreibtisch höhenverstellbar 160 x 80 cm", "1", "Stk", "649,00"],
        ["RC-0003", "Rollcontainer mit drei Schubladen", "1", "Stk", "179,00"],
        ["KS-0100", "Kabelkanal 100 cm", "10", "Stk", "39,90"],
    ]
    intro = (
        "Für öffentliche Auftraggeber: wir beteiligen uns an jeder Ausschreibung und liefern"
        " frei Haus ab 500,00 € Bestellwert."
    )
    names = [p.name for p in _document("Preisliste Büromöbel 2026", intro, rows)]
    assert names == [r[1] for r in rows[1:]]


def test_an_order_form_inviting_a_request_for_quotation_keeps_its_products() -> None:
    # an order form: its prices printed, its quantity column blank; bigger orders are quoted
    rows = [
        ["Art.-Nr.", "Bezeichnung", "Einzelpreis", "Menge"],
        ["SK-1050", "Sechskantschraube M10x50, 100 Stk", "12,90 €", ""],
        ["SC-0010", "Scheibe DIN 125 M10, 100 Stk", "3,40 €", ""],
        ["SM-0010", "Sicherungsmutter M10, 100 Stk", "8,60 €", ""],
        ["GS-1000", "Gewindestange M10 1 m", "2,95 €", ""],
    ]
    intro = "Bestellformular. Für größere Mengen senden Sie uns bitte eine Preisanfrage."
    names = [p.name for p in _document("Bestellformular Befestigungstechnik", intro, rows)]
    assert names == [r[1] for r in rows[1:]]
