"""The scorer itself: it must be able to say no."""

from __future__ import annotations

from types import ModuleType


def test_matching_is_one_to_one_and_best_first(score: ModuleType) -> None:
    labels = [{"name": "Oak Chair"}, {"name": "Oak Chair Deluxe"}]
    predicted = [{"name": "Oak Chair Deluxe"}, {"name": "Oak Chair Deluxe"}]
    result = score.score_products(labels, predicted)
    # The first prediction takes the exact label; the second may still take the other (2/3
    # of the tokens agree), but not the one already taken.
    assert result.matched == 2
    assert score.score_products(labels[:1], predicted).matched == 1
    assert score.score_products(labels[:1], predicted).precision == 0.5


def test_a_contradicting_code_prevents_a_match(score: ModuleType) -> None:
    label = [{"name": "Espresso", "codes": ["123456"]}]
    assert score.score_products(label, [{"name": "Espresso", "codes": ["654321"]}]).matched == 0
    assert score.score_products(label, [{"name": "Espresso", "codes": []}]).matched == 1


def test_names_agree_by_token_jaccard(score: ModuleType) -> None:
    assert score.jaccard("Küche-Tisch aus Eiche", "Kuche Tisch aus Eiche") == 1.0
    assert score.jaccard("Blue Sapphire", "Sapphire") == 0.5  # below 0.6: no match


def test_prices_compare_as_numbers(score: ModuleType) -> None:
    assert score.norm_price("1.234,50 EUR") == score.norm_price("$1,234.50") == 1234.5
    assert score.norm_price("8$") == 8.0


def test_table_f1_counts_neighbours(score: ModuleType) -> None:
    rows = [["Code", "Name", "Price"], ["A-1", "Oak", "$1"], ["B-2", "Ash", "$2"]]
    assert score.table_f1(rows, rows) == 1.0
    lost_column = [row[1:] for row in rows]  # precision 1, recall 7/12
    assert 0.7 < score.table_f1(rows, lost_column) < 0.75
    one_cell = [[" ".join(cell for row in rows for cell in row)]]
    assert score.table_f1(rows, one_cell) == 0.0  # no structure at all


def test_cer(score: ModuleType) -> None:
    assert score.cer("the cat\nsat", "the  cat sat") == 0.0
    assert score.cer("abcd", "abed") == 0.25


def test_a_label_matches_by_any_of_its_printed_names(score: ModuleType) -> None:
    label = [{"name": "Berlian (Diamond)", "aliases": ["Diamond"]}]
    assert score.score_products(label, [{"name": "Diamond"}]).matched == 1
    assert score.score_products(label, [{"name": "Berlian"}]).matched == 0  # 1/2 of one name
    assert score.score_products([{"name": "Diamond"}], [{"name": "Berlian"}]).matched == 0


def test_words_are_not_split_at_vowel_signs(score: ModuleType) -> None:
    # Thai vowel and tone marks are combining marks: "oil" is one word, and so is its Thai name
    assert score.tokens("กรองน้ำมันเครื่อง → Oil Filter") == {"กรองนามนเครอง", "oil", "filter"}


def test_a_size_typed_with_an_x_is_the_size_printed_with_a_times_sign(score: ModuleType) -> None:
    label = {"name": "Garden table", "sizes": ["32 × 51 cm"]}
    same = {"name": "Garden table", "sizes": ["32 x 51 cm"]}
    other = {"name": "Garden table", "sizes": ["32 x 51 mm"]}
    assert score.score_products([label], [same]).size_accuracy == 1.0
    assert score.score_products([label], [other]).size_accuracy == 0.0
