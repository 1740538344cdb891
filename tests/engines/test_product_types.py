"""Product types: a vocabulary that fits the text, in the catalogs' languages, or `other`."""

from __future__ import annotations

import pytest

from pdfqueue.engines.catalog import products_from_layout
from pdfqueue.engines.layout import Block, DocumentLayout, PageLayout
from pdfqueue.engines.product_types import catalog_type, section_type
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
    assert product_type("Sancerre 'Les Baronnes'") == "food and drink"  # an appellation
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


def _menu(heading: str, *lines: str) -> DocumentLayout:
    page = PageLayout(1, 600, 800)
    page.blocks = [Block("heading", (60, 60, 540, 80), heading, lines=[heading])] + [
        Block("paragraph", (60, 100 + 30 * i, 540, 112 + 30 * i), line, lines=[line])
        for i, line in enumerate(lines)
    ]
    return DocumentLayout([page])


def test_a_heading_types_its_products_only_when_it_names_their_category() -> None:
    """A café's "From our oven" names where its pastries come from, not an appliance: a type
    word after a preposition or a possessive is the object of a phrase, not the category."""
    items = ("Serpme Platter 420 TL", "San Sebastian 180 TL", "Menemen Classic 150 TL")
    products = products_from_layout(_menu("FIRINDAN · From our oven", *items))
    assert len(products) == 3
    assert {p.product_type for p in products} == {"other"}
    # control: a heading that is the category's own name still types them
    products = products_from_layout(_menu("Kitchen appliances", *items))
    assert {p.product_type for p in products} == {"appliance"}


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("From our oven", "other"),
        ("Fresh from the oven", "other"),
        ("For your kitchen lamp", "other"),
        ("Aus unserem Backofen", "other"),
        ("Bakery & Oven", "food and drink"),  # food beats the oven it is baked in
        ("Win a sofa!", "other"),  # a sentence, not a title
        # controls: the category's own name, its head noun, a bilingual title
        ("Oven", "appliance"),
        ("Kitchen appliances", "appliance"),
        ("Office furniture", "furniture"),
        ("LIGHTING", "lighting"),
        ("Mobilier de bureau", "furniture"),
        ("Éclairage", "lighting"),
        ("KAHVE · Coffee", "food and drink"),
    ],
)
def test_section_type_reads_the_headings_head_noun(heading: str, kind: str) -> None:
    assert section_type(heading) == kind


def test_a_type_word_in_a_phrase_around_the_name_types_nothing() -> None:
    """ "baked in our oven", "price per cup": what a product is made in or sold by."""
    assert product_type("San Sebastian", "Baked daily in our oven") == "other"
    assert product_type("Filtre", "3,50 per cup") == "other"
    # control: the description's own word still types it
    assert product_type("Aurora 3", "Pendant lamp in brushed brass") == "lighting"
    assert product_type("Nimbus 60", "Built-in oven, 71 l") == "appliance"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # Finnish: compounds end in their head, lower case, with inflected endings
        ("Puuruuvi uppokanta, sinkitty 4,0 × 30", "tool and hardware"),
        ("Kiila-ankkuri M8 × 75", "tool and hardware"),
        ("Vesivaaka alumiini 60 cm", "tool and hardware"),
        ("Ruisleipä 500 g", "food and drink"),
        ("Kattovalaisin Kuu", "lighting"),
        # Estonian
        ("Suitsuvorst 300 g", "food and drink"),
        ("Vinüültapeet Kask", "wall covering"),
        ("Külmkapp Nord 300 l", "appliance"),
        # Hungarian
        ("Beltéri falfesték, matt", "building product"),
        ("Csavarhúzó készlet 6 db", "tool and hardware"),
        ("Trappista sajt 1 kg", "food and drink"),
        # Turkish
        ("Türk Kahvesi", "food and drink"),
        ("Ev Tipi Buzdolabı", "appliance"),
        ("Pamuklu Gömlek Mavi", "clothing"),
        ("Pamuk Poplin Beyaz", "textile"),  # a draper's fabric
        # Polish, Latvian, Slovak, Slovenian
        ("Ser Gouda w plastrach", "food and drink"),
        ("Pomidory malinowe", "food and drink"),
        ("Liepu medus", "food and drink"),
        ("Záhradná hadica 25 m", "tool and hardware"),
        ("Jedilna miza Sora", "furniture"),
        # English food
        ("Cherry Bakewell Cookie", "food and drink"),
        ("Flat White", "food and drink"),
    ],
)
def test_product_heads_of_more_languages(name: str, kind: str) -> None:
    assert product_type(name) == kind


@pytest.mark.parametrize(
    "name",
    [
        "Peninsula",  # not Latvian "sula" (juice)
        "Dossiers",  # not Latvian "siers" (cheese)
        "Sri Lanka",  # not Finnish "lanka" (yarn)
        "Bronwyn",
        "Mont Blanc",
        "Kestrel Studio",
        "Sofa Mocha",  # a colour
    ],
)
def test_the_new_words_do_not_match_inside_other_words(name: str) -> None:
    assert product_type(name) in ("other", "furniture")
    assert product_type(name) == ("furniture" if "Sofa" in name else "other")


def test_a_gemstone_is_never_lighting_in_any_language() -> None:
    assert product_type("Rubi Merah Delima Oval") == "gemstone"
    assert product_type("Safir Biru Bulat", "Batu permata · LED display") == "gemstone"
    assert product_type("Blue Sapphire Pendant") == "gemstone"


def test_words_that_title_a_section_type_its_products_but_name_no_product() -> None:
    assert section_type("Breakfast") == "food and drink"
    assert section_type("Bakery & Oven") == "food and drink"
    assert product_type("French Breakfast 3") == "other"  # a radish's cultivar, no breakfast
    assert section_type("Food Pans") == "kitchenware"  # "pan" is Spanish bread, not here


def test_a_fabric_types_a_name_only_when_nothing_around_it_does() -> None:
    """A draper's "Pamuk Poplin Beyaz" is a fabric; a "Trench long en denim" under a section
    of coats is a coat, and "Denim jacket" a jacket."""
    assert product_type("Ekose Flanel Kırmızı") == "textile"
    assert product_type("Trench long en denim", "Veste mi-saison") == "clothing"
    assert product_type("Denim jacket") == "clothing"
    assert product_type("Velvet Skin Tint SPF 20", "Tinted moisturiser") == "health and beauty"


def test_food_under_a_heading_of_food_beats_an_appliance_named_around_it() -> None:
    """A bakery's name ("Horno Aragonés") describing its cakes is no oven."""
    around = ["Horno Aragonés Formato: caja 10 × 350 g"]
    assert catalog_type("Magdalenas", around, "DESAYUNO Y DULCES") == "food and drink"
    # controls: no food heading, or the name's own head noun
    assert catalog_type("Magdalenas", around, "OFERTAS") == "appliance"
    assert catalog_type("Horno Nimbus 71 l", around, "DESAYUNO Y DULCES") == "appliance"
    assert catalog_type("Aurora 3", [], "Office furniture") == "furniture"
    assert catalog_type("Pamuk Poplin Beyaz", [], "") == "textile"
    assert catalog_type("Trench long en denim", [], "Vestes et manteaux") == "clothing"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Klassischer Bambusteppich", "textile"),  # German compounds end in their head
        ("Eleganter Eichenbecher", "kitchenware"),
        ("Praktischer Stahltisch", "furniture"),
        ("Installatieautomaten", "other"),  # control: no "tomaten" ending
        ("Grüner Veltliner Federspiel", "other"),  # a wine's style, no game
        ("Wand-WC Lino spülrandlos", "building product"),  # after a hyphen too
        ("Bluetooth-højttaler Bølge", "electronics"),
        ("Schweinenacken-Steaks", "food and drink"),
        ("Powerbank 10000 mAh", "electronics"),  # control: the whole word beats its ending
        ("Settee Oslo", "other"),  # control: no "tee" ending
    ],
)
def test_compound_heads_in_german_and_nordic_names(name: str, kind: str) -> None:
    assert product_type(name) == kind


def test_an_estonian_heading_in_the_plural_names_its_category() -> None:
    assert section_type("KAAMERAD") == "electronics"
    assert section_type("KOMPAKTKAAMERAD") == "electronics"
    assert section_type("OBJEKTIIVID") == "electronics"
    assert section_type("Ostame ja vahetame") == "other"  # "we buy and trade"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Terra GRX 600 Gravel Bike", "sports and outdoors"),
        ("Trekking Tent 3P", "sports and outdoors"),
        ("Stratocaster Electric Guitar", "musical instrument"),
        ("Chitarra classica", "musical instrument"),  # the head first in Italian
        ("Harvest Grain-Free Adult Dog Food", "pet supplies"),  # not food and drink
        ("Katzenfutter Lachs", "pet supplies"),  # German compounds end in their head
        ("Digitalpiano Kaya DP-330", "musical instrument"),
        ("Kölyök kutyatáp csirkével", "pet supplies"),  # Hungarian, inflected
        ("Sea bass fillet", "other"),  # control: a fish, no instrument
        ("Sleeping bag Arctic", "sports and outdoors"),  # the phrase, not any bag
        ("Tote bag Canvas", "accessory"),  # control
    ],
)
def test_bikes_instruments_and_pet_supplies_have_their_own_types(name: str, kind: str) -> None:
    assert kind in PRODUCT_TYPES
    assert product_type(name) == kind


def _price_list(*names: str) -> DocumentLayout:
    rows = [["Code", "Product", "Price"]]
    rows += [[f"AB-{100 + i}", name, f"${20 + i}.00"] for i, name in enumerate(names)]
    page = PageLayout(1, 600, 800)
    page.blocks = [Block("table", (50.0, 100.0, 550.0, 400.0), "", rows=rows)]
    return DocumentLayout([page])


def test_an_untyped_product_among_products_of_one_type_takes_theirs() -> None:
    """ "Aurora 40" names no type; among pendant lamps it is a lamp. Among lamps and chairs
    (no type prevails) it stays `other`, and a product its own name types keeps its type."""
    lamps = ["Pendant lamp Nova", "Floor lamp Arc", "Table lamp Dot", "Aurora 40"]
    products = products_from_layout(_price_list(*lamps))
    assert [p.product_type for p in products] == ["lighting"] * 4
    mixed = ["Pendant lamp Nova", "Floor lamp Arc", "Oak chair", "Ash table", "Aurora 40"]
    products = products_from_layout(_price_list(*mixed))
    assert {p.name: p.product_type for p in products}["Aurora 40"] == "other"
    grocer = ["Whole milk 1 l", "Cheddar cheese", "Orange juice", "Coffee mug Stone"]
    products = products_from_layout(_price_list(*grocer))
    assert {p.name: p.product_type for p in products}["Coffee mug Stone"] == "kitchenware"


def test_a_feature_word_types_no_product_unless_the_catalog_confirms_it() -> None:
    """Guitar strings "Extra Super Light" and "Medium" in a dealer's list are no lamps (nor
    spread a lamp type to their neighbours); a lamp shop's "Coastal Light" beside its pendant
    lamps is a lamp."""
    strings = ["Extra Super Light", "Super Light", "Regular Light", "Medium", "Heavy Bottom"]
    products = products_from_layout(_price_list(*strings))
    assert {p.product_type for p in products} == {"other"}
    lamps = ["Pendant lamp Nova", "Floor lamp Arc", "Table lamp Dot", "Coastal Light"]
    products = products_from_layout(_price_list(*lamps))
    assert [p.product_type for p in products] == ["lighting"] * 4
