"""Products from a document's structure, with evidence: what a catalog page shows as products.

A page yields products only when its structure presents them, in one of eight forms:

- **table rows**: a table with a column of names and a column of prices or article codes (by
  header word or by content) is a price list; each row is a product, its cells its attributes.
  Its column titles may be set over several rows, or apart above it; a row holding only a name
  followed by rows of variants ("Small", "Medium": labels recurring from group to group) is
  one product with its variants' codes and prices; a table with a total row and no code
  column is a budget or a bill, not a price list. A table may also set its products as
  columns (a comparison: names across the top, "Price", "Art. No." down the first column);
  a name column titled as variants ("Variant", "Colour") printing only a word or two under a
  family's heading names its rows family + variant ("Forge Cast Iron Skillet Deep"); a name
  column repeating a few values (a material) is an attribute, the products being the
  heading above the table in each row's size (in its colour too where each size comes in
  each colour: a tile series' "antracit 60 × 60"); a name may carry its sizes and ratings
  ("LED-lamp E27 8 W 2700 K"); a recommended price's abbreviation ("AVP¹", "UVP") titles a
  price column, and an amount per piece ("6,90 / kom") in a column of prices per pack is the
  row's price; a column lettering its rows A, B, C (a bill of quantities' items) holds no
  article codes; bare amounts right of an article list's names
  are its prices (by quantity: "1+", "10+"), and so are bare amounts most of which say
  their unit ("14,95 /kg", "1,10 /st": a butcher's list), a size in brackets ending a name
  ("(250 ml)") its size; a list in sections repeating its column titles
  ("Glass | Bottle" by region) has its rows of text and amounts as products, and so has a
  menu whose price columns are titled by servings ("Tapa | Ración", "Small | Large") even
  when its titles are set once (a dash: a serving not offered); columns titled by measures
  ("125 ml | 175 ml | Bottle", "Pkt | 10 g") are prices, titles set once title every
  section of the list, designations ("6204-2Z") under a name title are names and codes,
  tables side by side are read one by one (their titles repeated, or set once over both, or
  their columns' contents repeating), a group row naming the model its rows fit (a vehicle and
  its years, "Dacia Logan II 1.5 dCi · 2012-2020") names its parts with it, a first or last
  row the table finder left out as loose blocks (a cell wrapped over two lines) is put back,
  and a price matrix (an article code over each offered cell's price, sizes across and
  down) is one product per offer; a family's table of variants (rows of a size or
  designation, a code and a price, no column naming them: "185/65 R15 | 88H | 253557 |
  114,31") names each row by the family's heading (the largest above
  it, or a lone title in the table's first row) and the row's designation cells; a plain
  list's column titled as codes ("Item", "Artikel", "Model") holding names and no code names
  its rows, a column of years leading the rows (a coin's date, a wine's vintage) is part of
  their names, a currency's sign alone ("£") titles a column of bare amounts as prices,
  prices titled by their labels ("Was | Now") are an offer's prices, and a column
  of what the item fits ("Vehicle") names the rows of a list without codes whose one price
  column, titled so, stands beside plain figures (a used-car list's year and mileage); a comparison
  read across is named by its models ("Hydra 3-45"), a lead time ("3 weeks") never names a
  row, and a table of one row set as text (titles over one priced row) is one product; a
  price list printed from a spreadsheet has its frame (column letters, row numbers) dropped
  and its further price columns ("MSRP | Partner") read in order (`tables`, `layout`); a
  small table of quantities over amounts under an item prices it by quantity, a card's small
  table of variants and their prices under it by variant (`tiers`); a
  model's elements priced by fabric or finish group are named model + element
  (`finish_groups`); a sheet of shelf-edge labels read as a table has its labels as products
  (`shelf_labels`); a name over one line of its weights and their prices ("2 kg 4 990 Ft ·
  7,5 kg 14 490 Ft") is one product a weight (`variant_lines`);
- **captioned photos**: text right under a photo (or, in a list layout, right beside it) that
  holds a name and an article code or a price is a product; so are a document's photos captioned
  underneath when at least `MIN_GRID` of them carry a short name and description each (a grid
  without codes or prices). A caption's lines may be two of their heights apart (a code over a
  name with a brand's logo between them), and may be centred under a photo wider than it,
  or set flush with a card's edge left of the photo centred in the card, reaching under it;
  a card's name and code beside its photo take the price set low in the card, as large as
  the name ("Mã SP: DT10234" over "8.490.000₫"); a strip of details under a row of such
  photos, read as a table with a column under each (its pack and code, its price per unit,
  its price), gives each its code, pack and prices;
- **data sheets**: a page headed by one name, with a specification (a two-column table of
  properties, or "Key: value" lines) holding a code or price or product properties, is one
  product with that specification; a guide's page may set the name right under a photo (read
  as its caption) and the price as a line under the specification ("Richtpreis: ab 90 €"),
  and is then a product only with that price or a code (else it is an article's infobox);
- **priced entries**: short lines ending in a price ("Focaccia de romero 6$"), or in up to
  `SERVING_PRICES` side by side ("Galão 1,50 € 1,40 €": at the table, to take away), when a
  page has at least `MIN_PRICED_ENTRIES` of them (menus, price lists set as text); a dish may
  be named in up to `PRICED_NAME_MAX_WORDS` words; a price per unit ("14,50 €/kg") ends a line
  too, and a line naming its item before a comma or colon, then only sizes and their prices
  ("Honey: 250 g – 4,20 €; 1 kg – 13,50 €"), is one product, a price a size;
- **run-in entries**: paragraphs (or text columns the table finder took for cells) that start
  with a name and a dash, then describe it and end with its price ("Eichenstuhl - Pflegeleicht.
  Art. 742868, € 150,51"), at least `MIN_PRICED_ENTRIES` on a page;
- **entries of a template**: a guide or catalog that presents each item alike, a name standing
  alone (numbered, bold or a heading) followed by "Key: value" (or "Question? answer") lines
  whose keys recur in at least `MIN_TEMPLATE_ENTRIES` entries of the document, one item per
  page with its photo; entries of one page under the same number are one item in the
  document's several languages (a trilingual gem guide);
- **titled entries**: units headed by a title line (bold, larger, capitals or numbered)
  whose style heads at least `MIN_TITLED_ENTRIES` units of a page, each with the detail
  lines under it in its column and the prices standing beside it (alone, or stacked a line
  each: a wine's bottle sizes priced right of their leaders), when most carry a price, a
  code or a size (a lookbook's numbered names, a flyer's cards, a perfumery's list of
  scents by volume), beside a page's price tables too when each carries a price (a
  butcher's BBQ packages beside the à la carte list; a name wrapped onto a short second
  line, "Nordlys 1,7" + "l", is one name); a style number on its own line right over a
  title is that entry's, and
  a page of fewer such units (a look of two garments) is read in the style that titles the
  entries of two other pages or more; a labelled code set in a margin column left of an
  entry's row ("Код" over the number, the row's photo between) is the entry's, and "price on
  request" set in the titles' style where a price would stand titles nothing;
- **translated terms**: at least `MIN_TRANSLATED_ENTRIES` lines (or table cells) that hold
  nothing but "term → name", on a page with a photo (a parts dealer's bilingual list); on a
  scan, an arrow OCR read as "~" or did not read at all.

Entries side by side that carry the same codes are one product in two languages, and names
printed in two languages on one line ("Kopi O / Black Coffee"), as most of a page's are, are
named by the first, the other an other name. A page that
names itself an invoice (a receipt, an order confirmation, a purchase order, a quotation, a
guest folio, a customs declaration, a web shop's basket, a payslip, a policy's schedule) and
totals its lines (or pays out a net) yields none, as does a page whatever its title whose
table is one transaction's tally (lines a quantity times a unit price added up to a total
under them, a sum a tax carries on to a total, in a box of its own too, or weights and values
each added up) or one account's balance (earnings less deductions printed as the net), a delivery
note, a consignment note (a waybill weighing the goods it carries) and a request for
quotation (`enquiries`: blank prices beside the quantities wanted), and
a bank's schedule of account services whatever its amounts' title, and so does a page titled as
a product recall (a safety notice: what buyers must return), a page of a document titled as a
credit agreement or a valuation for insurance (what one borrower financed, what one client
owns: `credit_agreements`, `valuations`), and so does a carrier's rate card
(weight bands down, zones across, an amount in each cell: a service's charges, its surcharges
too) or a table of routes (columns titled where from and where to: a freight quote's lanes, a
booking's flights), and so do tables that look like price lists but offer nothing: market data
(bare rates under buy/sell, bid/ask or change columns, rows of currency codes, no prices in a
currency), a timetable (weekdays or the clock as its axes, no prices), a parts legend (a "Qty"
column, no prices, no article codes), a composition (substances by CAS number, no prices), a
count sheet (quantities held, a blank count column, no prices), meter readings (kWh or m³ read
off meters, no prices), a guarantee's ranges (several models listed in each row's code cell,
no prices), a settlement (amounts below nothing: a payslip's deductions), an index (entries
pointing back to earlier pages, or titled so) and a table of withdrawn lines (no price, under a
heading saying they are discontinued, or beside what replaces each); a magazine's review (a
verdict, pros and cons, "we tested", marks out of ten, a "typical price": `notices`) offers
none of what it judges. A
tally's sum may stand beside its label in a summary of its own ("Subtotal Cafetaria" | "491,70":
a till's report of the day's sales).
Nothing else makes a product: prose, a heading, a chapter title, a table of figures or dates
do not, so a novel, a paper or a report yields none. Each product has its page, box (points,
top-left origin, as the layout), the indexes of the page blocks it came from, the figures next
to it (only those; their boxes in the stored page's PDF space, `layout.page_space`), a
confidence by the kind of evidence, and a type from a vocabulary in the catalogs' languages
(`product_types.PRODUCT_TYPES`) named by its own name's head noun (last in English and Germanic
names, first in Romance and Slavic ones: "Lampe de bureau" is a lamp), else by its description
and attributes, else by its section's heading when that names a category ("Fruit", not "From
our oven"), else by a fabric in its name, else `other` (`product_types`).

`extract_products(path, ocr=engine)` runs the layout (OCR-ing pages without a text layer) and
this; `products_from_layout` works on a layout already made; `to_drafts` turns products into the
pipeline's `ProductDraft`s.

Where each form lives (one module a form; the driver and the shared words at either end):

- `tables`: table rows (roles of columns, header rows, transposed tables, variants, quantity
  breaks, sectioned lists);
- `ladders`: a part's price ladder ("1+ / 10+ / 100+") stacked beside its lines, one product;
- `families`: a family's table of variants (the family's heading and each row's size), its
  variants set as columns too (labels down the first column), a heading marked as run on
  ("(vervolg)", "(continued)") naming its family without the mark;
- `card_columns`: cards side by side read across as a table, a column (or two) a card (a
  spice merchant's tiles: a name atop, its code, "50 g tin £3.20");
- `run_on_units`: a card's name wrapped before its unit in such a table ("... 38" over "mm");
- `columns`: column titles in the languages and scripts catalogs come in (a column of what
  the item fits never names it, a name column in another language gives its other names, an
  OEM column more codes, a row of titles is never a product);
- `photos`: captioned photos and photo grids;
- `sheets`: data sheets;
- `spec_tables`: several titles a page, each over its own key/value table (a guide's
  entries, a brochure's data sheets);
- `priced`: priced entries and run-in entries;
- `menus`: menus and price lists set with dotted leaders (name, marks, leaders, price);
- `single_row`: a table of one row set as text, read with its titles;
- `split_prices`: a big price drawn in two pieces ("1." and raised "36") read as one;
- `titled_once`: column titles set once at a page's top over sections of rows (a roaster's
  lots by country, a nursery's cultivars by species, their packs' prices), the rows read as
  printed, a quoted variety named by its species' heading;
- `spanned_prices`: price columns titled only by a title over them all ("Price per pot size",
  the pot sizes turned and lost), a dash where a size is not sold: one product a row;
- `price_tables`: prices listed apart, in a table of article numbers and prices ("Art. | €"),
  given to the items printed with those numbers and no price;
- `own_codes`: a code printed on a line of its own in a product's unit ("617.451.60", "Minsan
  263568013"), or a table's column of codes under a title naming none, for a product no rule
  gave a code;
- `misread_codes`: codes as a scan's OCR may misread them ("$1-9037" for "SI-9037"), so a
  back page's index row joins the product it lists;
- `templates`: entries of a template;
- `titled`: titled entries;
- `translated`: translated terms;
- `variants`: a name over rows that print only a variant (a vintage, a size), a code and a
  price, each row a product named name + variant (a wine list's vintages);
- `series`: a dealer's tables a series each, rows printing only their variant ("Medium"),
  named series + variant when the variants recur from series to series;
- `records`: an export's records printed as "field ....... value" lines, one product each;
- `sold`: pieces stamped "SOLD" on a sale board, kept out;
- `lots`: an auction's lots (a lot number, a description titled by its first clause, an
  estimate's low and high);
- `flowing`: entries that run on from one column to the next (a bookshop's list), read in
  flow order and cut at titles set beside a photo;
- `shelves`: items drawn on shelves, each named over it and priced by its ticket on the
  shelf's edge;
- `turned_names`: items named by text turned along them (a ski), their details a table column
  each;
- `credits`: a story's numbered credits in running prose ("1. Linen shirt, £45, Marlow & Co.");
- `bills`: the pages that are bills, kept out;
- `notices`: the pages that are recall notices, kept out;
- `credit_agreements`: the pages of a shop's credit agreement (the goods one borrower
  financed, the loan's terms), kept out;
- `valuations`: the pages of a valuation for insurance (one client's pieces and what each
  would cost to replace), kept out;
- `rate_cards`: the pages that are a carrier's rate card (weight bands by zones), kept out;
- `unoffered`: the tables that offer nothing (market data, timetables, parts legends,
  compositions, count sheets, indexes, withdrawn lines), kept out;
- `document`: the page and document driver (`products_from_layout`, `extract_products`),
  translations side by side, merging and section types;
- `drafts`: the pipeline's drafts (`to_drafts`, `images_next_to`);
- `product`: the `Product` record; `words`: the price, code, size and name patterns;
  `blocks`: the page blocks every form reads.
"""

from pdfqueue.engines.catalog.document import extract_products, products_from_layout
from pdfqueue.engines.catalog.drafts import images_next_to, to_drafts
from pdfqueue.engines.catalog.product import Product

__all__ = ["Product", "extract_products", "images_next_to", "products_from_layout", "to_drafts"]
