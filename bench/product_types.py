"""Product types on the generated catalogs: how many products are `other`, and how many typed right.

The generators' truth names each product but not its kind, so the expected type of a layout is
a HAND-MADE ESTIMATE kept below (`EXPECTED`: one type per layout, by reading its products; a
layout whose products are of mixed kinds, like the random "Ergonomic Granite Chair" names of the
`generate.py` layouts, has none and counts for the `other` share only). Text layers only:

    PYTHONPATH=src .venv/bin/python bench/product_types.py [--dir DIR] [--sample 4] [--json OUT]

Without --dir it writes `generate.py`'s layouts and blind batches 3 to 24 into a temporary
directory (never a newer batch: the newest is kept blind).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "quality"))

LAST_BATCH = 24  # batches 3..LAST_BATCH; the newest batch stays blind

# HAND-MADE ESTIMATE, not truth: the type each generated layout's products should get.
EXPECTED: dict[str, str] = {
    "b10-cyklar": "sports and outdoors",  # bicycles
    "b10-diy": "tool and hardware",
    "b10-drogist": "health and beauty",
    "b10-jewellery": "jewellery and watches",
    "b10-pastelaria": "food and drink",
    "b10-stationery": "stationery",
    "b10-toys": "toy",
    "b10-weekly": "food and drink",
    "b11-cables": "building product",
    "b11-colourcard": "building product",  # paint
    "b11-configurator": "furniture",
    "b11-fittings": "building product",  # plumbing fittings
    "b11-luminaire": "lighting",
    "b11-pneus": "auto part",
    "b11-sanitary": "building product",
    "b11-trilingual": "other",  # a mower's spare parts
    "b12-caraccess": "auto part",
    "b12-distributor": "electronics",
    "b12-editorial": "clothing",
    "b12-ksiegarnia": "book",
    "b12-minibar": "food and drink",
    "b12-mowers": "tool and hardware",  # lawn mowers
    "b12-vinos": "food and drink",
    "b13-bakery": "food and drink",
    "b13-etichete": "food and drink",
    "b13-gifts": "other",  # mixed gifts
    "b13-instrumenter": "musical instrument",
    "b13-krmivo": "pet supplies",  # pet food
    "b13-licences": "service",
    "b13-loja": "appliance",
    "b13-montres": "jewellery and watches",
    "b13-sedacky": "furniture",
    "b14-apotheke": "health and beauty",
    "b14-dienthoai": "electronics",
    "b14-groothandel": "building product",  # wiring accessories
    "b14-listino": "building product",  # bathroom accessories
    "b14-ploscice": "flooring",
    "b14-tapeedid": "wall covering",
    "b14-vozidla": "other",  # cars
    "b15-designbutik": "other",  # mixed homeware
    "b15-fahrradteile": "sports and outdoors",  # bicycle parts
    "b15-ferragens": "tool and hardware",
    "b15-foodservice": "kitchenware",
    "b15-inmobiliaria": "other",  # real estate
    "b15-medelynas": "plant",
    "b15-thes": "food and drink",
    "b15-toner": "stationery",
    "b16-drzwi": "building product",  # doors
    "b16-imballaggi": "other",  # packaging
    "b16-kaashandel": "food and drink",
    "b16-kumas": "textile",
    "b16-modelbahn": "toy",
    "b16-perfumaria": "health and beauty",
    "b16-spotrebice": "appliance",
    "b17-dnevna": "furniture",
    "b17-eshop": "tool and hardware",  # garden hoses and sprinklers
    "b17-floristeria": "plant",
    "b17-grossist": "food and drink",
    "b17-hagesenter": "plant",
    "b17-looks": "clothing",
    "b17-mailshot": "textile",
    "b17-majas": "food and drink",
    "b17-rautakauppa": "tool and hardware",
    "b18-cenovnik": "building product",
    "b18-gjafir": "other",  # mixed gifts
    "b18-grillfolder": "food and drink",
    "b18-julekalender": "other",  # mixed gifts
    "b18-kasutatud": "electronics",  # cameras
    "b18-narzedzia": "tool and hardware",
    "b18-presentazione": "appliance",
    "b18-rakke": "food and drink",
    "b19-drogeria": "health and beauty",
    "b19-enoteca": "food and drink",
    "b19-festek": "building product",  # paint
    "b19-gaveguide": "other",  # mixed gifts
    "b19-onderdelen": "other",  # a mower's spare parts
    "b19-plytki": "flooring",
    "b19-rea": "furniture",
    "b19-velkoobchod": "other",  # packaging
    "b20-backlist": "book",
    "b20-belysning": "lighting",
    "b20-bollen": "plant",
    "b20-bureau": "furniture",
    "b20-cuberteria": "kitchenware",
    "b20-school": "stationery",  # classroom supplies
    "b20-workwear": "clothing",
    "b20-yarn": "textile",
    "b21-betong": "building product",
    "b21-gazetka": "food and drink",
    "b21-kafe": "food and drink",
    "b21-mayorista": "food and drink",
    "b21-permata": "gemstone",
    "b21-ricambi": "auto part",
    "b22-agora": "food and drink",
    "b22-beton": "building product",
    "b22-jumla": "food and drink",
    "b22-kopitiam": "food and drink",
    "b22-piese": "auto part",
    "b22-tekhnosvit": "electronics",
    "b22-zlatarna": "jewellery and watches",
    "b23-cabinet": "tool and hardware",  # cabinet handles, hinges, slides
    "b23-cookware": "kitchenware",
    "b23-hampers": "food and drink",
    "b23-priceupdate": "building product",  # plumbing and heating
    "b23-roastery": "food and drink",
    "b23-trvalky": "plant",
    "b23-tuinlook": "furniture",  # garden furniture
    "b24-bikes": "sports and outdoors",
    "b24-components": "electronics",
    "b24-officegrid": "stationery",
    "b24-petshop": "pet supplies",
    "b24-seedtext": "plant",
    "b24-spa": "health and beauty",  # the retail products of a spa
    "b24-usato": "musical instrument",
    "b3-cosmetics": "health and beauty",
    "b3-fasteners": "tool and hardware",
    "b3-lookbook": "clothing",
    "b3-tiered": "tool and hardware",
    "b3-winelist": "food and drink",
    "b5-books": "book",
    "b5-fashion": "clothing",
    "b5-offers": "food and drink",
    "b5-pharmacy": "health and beauty",
    "b5-toolspec": "tool and hardware",
    "b6-batu": "gemstone",
    "b6-carta": "food and drink",
    "b6-gadgets": "electronics",
    "b6-leaflet": "food and drink",
    "b6-mobili": "furniture",
    "b6-partsru": "auto part",
    "b6-precast": "building product",
    "b6-wholesale": "food and drink",
    "b7-edelsteine": "gemstone",
    "b7-hurt": "food and drink",
    "b7-partsgr": "auto part",
    "b7-phones": "electronics",
    "b7-plants": "plant",
    "b7-promo": "food and drink",
    "b7-skincare": "health and beauty",
    "b7-tapas": "food and drink",
    "b8-dotparts": "auto part",
    "b8-gemstone": "gemstone",
    "b8-grocer": "food and drink",
    "b8-menucaps": "food and drink",
    "b8-modeltable": "electronics",
    "b8-splittable": "tool and hardware",
    "b8-twoup": "kitchenware",
    "b9-bearings": "auto part",
    "b9-binlist": "food and drink",
    "b9-crossref": "auto part",
    "b9-eyewear": "accessory",
    "b9-linesheet": "clothing",
    "b9-matrix": "tool and hardware",
    "b9-mobilya": "furniture",
    "b9-orderform": "book",
    "b9-seedtables": "plant",
    "q-menu": "food and drink",
    "q-teile": "auto part",
}


def write_generated(out: Path) -> None:
    """`generate.py`'s layouts and blind batches 3..LAST_BATCH, text layers only."""
    import generate
    import generate_blind
    from blind_batches import BATCHES, write_batch

    generate.generate(out, scanned=False, layouts=generate.LAYOUTS)
    generate_blind.generate(out, scanned=False, layouts=generate_blind.LAYOUTS)
    for number in BATCHES:
        if number != "3" and int(number) <= LAST_BATCH:
            write_batch(out, number, scanned=False)


def measure(directory: Path, sample: int) -> dict[str, Any]:
    """Per document: products, `other` share, accuracy against EXPECTED, a sample."""
    from pdfqueue.engines.catalog import extract_products

    documents: dict[str, Any] = {}
    for pdf in sorted(directory.glob("*.pdf")):
        truth = json.loads(pdf.with_suffix(".truth.json").read_text())
        if not truth["presents_products"] or truth.get("scanned"):
            continue
        products = extract_products(pdf)
        types = [p.product_type for p in products]
        expected = EXPECTED.get(truth["name"])
        documents[truth["name"]] = {
            "language": truth.get("language", ""),
            "products": len(types),
            "other": sum(t == "other" for t in types),
            "expected": expected,
            "right": None if expected is None else sum(t == expected for t in types),
            "types": dict(Counter(types).most_common()),
            "sample": [(p.name, p.product_type) for p in products[:sample]],
        }
    return documents


def summary(documents: dict[str, Any]) -> dict[str, Any]:
    """Totals: `other` share over all products, accuracy over the mapped layouts."""
    products = sum(d["products"] for d in documents.values())
    other = sum(d["other"] for d in documents.values())
    mapped = [d for d in documents.values() if d["expected"] is not None]
    scored = sum(d["products"] for d in mapped)
    right = sum(d["right"] for d in mapped)
    typed = [d for d in mapped if d["expected"] != "other"]
    typed_n = sum(d["products"] for d in typed)
    return {
        "documents": len(documents),
        "products": products,
        "other_pct": round(100 * other / max(products, 1), 1),
        "mapped_documents": len(mapped),
        "accuracy_pct": round(100 * right / max(scored, 1), 1),
        "accuracy_typed_layouts_pct": round(
            100 * sum(d["right"] for d in typed) / max(typed_n, 1), 1
        ),
        "wrong_not_other": sum(
            d["products"] - d["right"] - (d["other"] if d["expected"] != "other" else 0)
            for d in mapped
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dir", type=Path, help="generated PDFs with truth (else written here)")
    parser.add_argument("--sample", type=int, default=4, help="(name, type) pairs per document")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="pdfqueue-types-") as tmp:
        directory = args.dir or Path(tmp)
        if args.dir is None:
            write_generated(directory)
        documents = measure(directory, args.sample)
    for name, d in documents.items():
        right = (
            "" if d["right"] is None else f" right {d['right']}/{d['products']} ({d['expected']})"
        )
        print(f"{name:22} {d['language']:3} other {d['other']:3}/{d['products']:<3}{right}")
        print("    " + "; ".join(f"{n[:40]} → {t}" for n, t in d["sample"]))
    totals = summary(documents)
    print(json.dumps(totals, indent=1))
    if args.json:
        args.json.write_text(
            json.dumps({"summary": totals, "documents": documents}, indent=1, ensure_ascii=False)
        )


if __name__ == "__main__":
    main()
