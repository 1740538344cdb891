"""Product types: a vocabulary that fits the text, in the catalogs' languages, or `other`."""

from __future__ import annotations

import pytest

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout
from pdfqueue.engines.products import PRODUCT_TYPES, product_type


def _lines(*lines: str) -> DocumentLayout:
    page = PageLayout(1, 600, 800)
    page.blocks = [
        Block("paragraph", (60, 100 + 30 * i, 540, 112 + 30 * i), line, lines=[line])
        for i, line in enumerate(lines)
    ]
    return DocumentLayout([page])


def test_french_office_furniture_is_furniture_and_its_desk_lamp_a_lamp() -> None:
    """French puts the head noun first: "Lampe de bureau" is a lamp, not a desk."""
    products = products_from_layout(
        _lines(
            "Armoire haute Axis 199 €",
            "Chaise visiteur Nova 89 €",
            "Bureau droit Sillon 349 €",
            "Lampe de bureau Sillon 59 €",
            "Table de réunion ronde 459 €",
        )
    )
    assert [(p.name, p.product_type) for p in products] == [
        ("Armoire haute Axis", "furniture"),
        ("Chaise visiteur Nova", "furniture"),
        ("Bureau droit Sillon", "furniture"),
        ("Lampe de bureau Sillon", "lighting"),
        ("Table de réunion ronde", "furniture"),
    ]


def test_the_head_noun_is_first_in_romance_names_and_last_in_english_ones() -> None:
    assert product_type("Cuchillo mesa Toledo") == "kitchenware"  # a table knife
    assert product_type("Tenedor postre Toledo") == "kitchenware"  # a dessert fork
    assert product_type("Cucharilla café Toledo") == "kitchenware"
    # controls: English and German names keep the head last
    assert product_type("Desk Lamp") == "lighting"
    assert product_type("Lamp Table") == "furniture"
    assert product_type("Bread Knife 22 cm") == "kitchenware"
    # what follows a comma or "for" / "with" qualifies the head
    assert product_type("Meta bench desk for 2, light grey / black") == "furniture"
    assert product_type("Soy sauce, light") == "food and drink"


def test_a_word_spelt_alike_in_two_languages_means_what_the_names_language_means() -> None:
    assert product_type("Frying pan 28 cm") == "kitchenware"
    assert product_type("Steam table pan, full size") == "kitchenware"
    assert product_type("Pan de masa madre") == "food and drink"  # Spanish bread
    assert product_type("Pasta do zębów Total Whitening") == "health and beauty"  # toothpaste
    assert product_type("Pasta penne rigate") == "food and drink"


def test_a_feature_or_a_shape_types_only_a_name_with_no_other_type_word() -> None:
    """A gemstone is not lighting; a "LED" feature does not make a lamp."""
    assert product_type("Sapphire drop pendant") == "gemstone"
    assert product_type("Aurora pendant") == "lighting"
    assert product_type("LED Panel 60x60") == "lighting"
    assert product_type("Wireless speaker with LED display") == "electronics"
    assert product_type("Manhole Chamber Ring DN 1200") == "building product"
    assert product_type("Solitaire engagement ring") == "jewellery and watches"
    assert product_type("Vitamin C tablets 1000 mg") == "health and beauty"
    assert product_type("Polaris One 14", "Compare tablets") == "other"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Schreibtischleuchte Mira", "lighting"),  # a German compound ends in its head
        ("Pendellampa Lykta 60", "lighting"),
        ("Taklampa Hylla 40", "lighting"),  # a compound label first, a model name after
        ("Kühlschrank KG 366 NoFrost", "appliance"),
        ("Kleiderschrank Nora", "furniture"),
        ("Bib and Brace Overalls", "clothing"),
        ("Veste courte en maille", "clothing"),
        ("18V Cordless Combi Drill", "tool and hardware"),
        ('Zestaw kluczy nasadowych 1/2" 24 el.', "tool and hardware"),
        ("Hexagon head screw DIN 933 M4 × 6", "tool and hardware"),
        ("Ballpoint Pen Medium", "stationery"),
        ("Krem do twarzy nawilżający", "health and beauty"),
        ("Overnight Repair Cream", "health and beauty"),
        ("Wooden teddy bear", "toy"),
        ("Tulipa 'Queen of Night'", "plant"),
        ("Crocus 'Ruby Giant'", "plant"),  # a cultivar's name is no gemstone
        ("Montre automatique Lac Léman", "jewellery and watches"),
        ("Máquina de café expresso Arvo", "appliance"),
        ("Gel Ink Rollerball 0.5mm", "stationery"),
        ("Cast Iron Skillet 26 cm", "kitchenware"),
        ("Dobradiça inox 80 mm", "tool and hardware"),
        ("Lund trojsedák", "furniture"),
        ("Ledgerly Standard Subscription 1 year", "service"),
        ("Vinho tinto Douro 2020", "food and drink"),
    ],
)
def test_the_kinds_catalogs_hold_in_their_languages(name: str, kind: str) -> None:
    assert kind in PRODUCT_TYPES
    assert product_type(name) == kind


def test_a_wine_named_in_quotes_is_no_plant_and_a_model_name_no_type() -> None:
    assert product_type("Sancerre 'Les Baronnes'") == "other"
    assert product_type("Verdia 42 P") == "other"
    assert product_type("Kestrel Studio") == "other"


def test_around_the_name_one_word_types_a_short_text_or_a_lead_but_not_prose() -> None:
    prose = (
        "Reliable even in a cool summer, with long straight pods that stay tender and keep "
        "their flavour; a phone call away from our growers, early and uniform."
    )
    assert product_type("Kelvedon Wonder", prose) == "other"
    assert product_type("Aurora 3", "Pendant lamp in brushed brass") == "lighting"
    assert product_type("Maresia", "Eau de Toilette masculino · aquático " + prose) == (
        "health and beauty"
    )
    assert product_type("Sól i popiół", prose + " ISBN 978-83-21-69498-6") == "book"
    assert product_type("Kiwi", "Fruit") == "food and drink"
    lead = "Ada Corner Sofa Code: MB-4123 G 280 × D 180 × Y 84 cm Kumaş: bukle, krem"
    assert product_type("Ada Köşe Koltuk", lead + " Fabric: bouclé, cream") == "furniture"


def test_a_novel_gives_no_products_whatever_its_words() -> None:
    """No products exist in prose, so its lamps and tables type nothing."""
    products = products_from_layout(
        _lines(
            "She set the lamp on the oak table and looked at the chair by the window, where",
            "the old coat still hung; the wine had gone sour in its glass, and the book she",
            "had promised to read lay open at the chapter about the garden and its roses.",
        )
    )
    assert products == []


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("LIGHTING", "lighting"),
        ("Furniture", "furniture"),
        ("Accessories", "accessory"),
        ("Electronics", "electronics"),
        ("Appliances", "appliance"),
        ("Éclairage", "lighting"),
        ("Beleuchtung", "lighting"),
        ("Mobilier de bureau", "furniture"),
    ],
)
def test_a_section_titled_by_its_category_types_the_products_under_it(
    heading: str, kind: str
) -> None:
    """A catalog's sections are titled by the category's own name ("LIGHTING"): a product
    whose name names no type takes it from there."""
    assert product_type("Aurora 3", heading) == kind
