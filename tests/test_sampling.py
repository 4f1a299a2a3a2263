"""The sample draw as an auditor must be able to show it: reproducible on any machine from
the population, method, size and seed; fair to every case; extended and replaced in the
order the seed fixes; refused clearly for a list it cannot draw from."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reviewer.errors import SamplingError, SheetError
from reviewer.sampling.draw import (
    DrawPlan,
    Method,
    Order,
    Place,
    Stream,
    allocate,
    draw,
    following,
    locate,
    random_order,
    systematic_places,
)
from reviewer.sampling.population import Exclusion, Population, PopulationSpec, read_population
from tests.conftest import write_csv


def population(count: int, strata: list[str] | None = None) -> Population:
    return Population(source_name="lista.csv", sha256="0" * 64, sheet="",
                      identifier_column="Ärende", stratum_column="Team" if strata else "",
                      date_column="", period_from=None, period_to=None, rows_read=count,
                      excluded={}, identifiers=[f"SOC/2024-{n:06d}" for n in range(count)],
                      strata=strata or [], kept_columns=("Ärende",))


def drawn(pop: Population, plan: DrawPlan) -> list[int]:
    return [d.index for d in draw(pop, plan).drawn]


# -- the generator, pinned -------------------------------------------------------------


def test_the_generator_is_sha256_in_counter_mode_as_documented() -> None:
    block = hashlib.sha256(b"aktg-urval-1\0aktg\0random\0" + (0).to_bytes(8, "big")).digest()
    assert Stream("aktg", "random").below(100) == int.from_bytes(block, "big") % 100 == 79


def test_the_same_seed_gives_the_same_order_in_every_version() -> None:
    # Pinned: a change of generator must get a new name (GENERATOR), never change these.
    assert list(random_order("aktg", "random", 100))[:10] == [79, 64, 28, 50, 91, 14, 18,
                                                              65, 19, 73]
    assert systematic_places("aktg", 100, 7) == [4, 19, 33, 47, 61, 76, 90]


def test_the_same_draw_in_a_new_process_gives_the_same_sample() -> None:
    code = ("import json; from reviewer.sampling.draw import DrawPlan, Method, draw; "
            "from tests.test_sampling import population; "
            "print(json.dumps([d.index for d in draw(population(5000), "
            "DrawPlan(Method.RANDOM, 'Eda 2025', 25)).drawn]))")
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=root, env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin",
                                           "PYTHONHASHSEED": "12345"}, check=True)
    assert json.loads(result.stdout) == drawn(population(5000),
                                              DrawPlan(Method.RANDOM, "Eda 2025", 25))


def test_a_different_seed_gives_a_different_sample() -> None:
    pop = population(1000)
    assert drawn(pop, DrawPlan(Method.RANDOM, "1", 10)) != drawn(pop, DrawPlan(Method.RANDOM,
                                                                              "2", 10))
    assert drawn(pop, DrawPlan(Method.SYSTEMATIC, "1", 10)) != drawn(
        pop, DrawPlan(Method.SYSTEMATIC, "2", 10))


def test_a_larger_size_continues_the_same_order() -> None:
    pop = population(500)
    ten = drawn(pop, DrawPlan(Method.RANDOM, "s", 10))
    assert drawn(pop, DrawPlan(Method.RANDOM, "s", 15))[:10] == ten
    places = [d.place for d in draw(pop, DrawPlan(Method.RANDOM, "s", 10)).drawn]
    more = following(pop, Method.RANDOM, "s", 10, places, 5)
    assert [d.index for d in more] == drawn(pop, DrawPlan(Method.RANDOM, "s", 15))[10:]
    assert [d.position for d in more] == [11, 12, 13, 14, 15]


@settings(max_examples=150, deadline=None)
@given(count=st.integers(1, 400), data=st.data(), seed=st.text(min_size=1, max_size=20).filter(
    lambda s: s.strip() and s.isprintable()))
def test_any_draw_is_distinct_rows_of_the_population_and_its_prefix_is_the_smaller_draw(
        count: int, data: st.DataObject, seed: str) -> None:
    pop = population(count)
    size = data.draw(st.integers(1, min(count, 1000)))
    for method in (Method.RANDOM, Method.SYSTEMATIC):
        rows = drawn(pop, DrawPlan(method, seed, size))
        assert len(rows) == len(set(rows)) == size
        assert all(0 <= row < count for row in rows)
        assert rows == drawn(pop, DrawPlan(method, seed, size))
    smaller = data.draw(st.integers(1, size))
    assert drawn(pop, DrawPlan(Method.RANDOM, seed, size))[:smaller] == drawn(
        pop, DrawPlan(Method.RANDOM, seed, smaller))


@settings(max_examples=60, deadline=None)
@given(sizes=st.lists(st.integers(1, 40), min_size=1, max_size=6), data=st.data())
def test_a_stratified_draw_takes_its_quota_from_each_stratum_and_locates_again(
        sizes: list[int], data: st.DataObject) -> None:
    strata = [f"Team {i}" for i, size in enumerate(sizes) for _n in range(size)]
    pop = population(len(strata), strata)
    total = data.draw(st.integers(1, len(strata)))
    result = draw(pop, DrawPlan(Method.STRATIFIED, "x", total, proportional=True))
    assert len(result.drawn) == total == sum(s.quota for s in result.strata)
    counts = Counter(strata[d.index] for d in result.drawn)
    assert all(counts[s.name] == s.quota for s in result.strata)
    # Largest remainder: each stratum within one of its exact share.
    for s in result.strata:
        assert abs(s.quota - total * s.population / len(strata)) < 1
    places = [d.place for d in result.drawn]
    assert locate(pop, Method.STRATIFIED, "x", total, places) == [d.index for d in
                                                                  result.drawn]


# -- fairness --------------------------------------------------------------------------

SEEDS = [f"seed-{n}" for n in range(2000)]
CHI_SQUARE_19_DF_P001 = 43.82  # the chi-square distribution's 99.9 % point, 19 degrees


def chi_square(counts: Counter[int], items: int, expected: float) -> float:
    return sum((counts[i] - expected) ** 2 / expected for i in range(items))


@pytest.mark.parametrize("method", [Method.RANDOM, Method.SYSTEMATIC])
def test_over_many_seeds_every_case_is_drawn_about_equally_often(method: Method) -> None:
    pop = population(20)
    counts: Counter[int] = Counter()
    for seed in SEEDS:
        counts.update(drawn(pop, DrawPlan(method, seed, 5)))
    expected = len(SEEDS) * 5 / 20
    assert chi_square(counts, 20, expected) < CHI_SQUARE_19_DF_P001
    assert min(counts.values()) > expected * 0.8 and max(counts.values()) < expected * 1.2


def test_over_many_seeds_the_first_case_drawn_is_any_case_equally_often() -> None:
    pop = population(20)
    counts = Counter(drawn(pop, DrawPlan(Method.RANDOM, seed, 1))[0] for seed in SEEDS)
    assert chi_square(counts, 20, len(SEEDS) / 20) < CHI_SQUARE_19_DF_P001


def test_a_stratified_draw_is_fair_within_each_stratum() -> None:
    strata = ["A"] * 10 + ["B"] * 10
    pop = population(20, strata)
    counts: Counter[int] = Counter()
    for seed in SEEDS:
        counts.update(drawn(pop, DrawPlan(Method.STRATIFIED, seed, per_stratum=3)))
    expected = len(SEEDS) * 3 / 10
    assert chi_square(counts, 20, expected) < CHI_SQUARE_19_DF_P001


# -- the stated counts -----------------------------------------------------------------


def test_a_systematic_draw_takes_every_interval_from_a_random_start() -> None:
    places = systematic_places("q", 1000, 10)
    assert len(places) == 10
    assert {b - a for a, b in pairwise(places)} == {100}
    uneven = systematic_places("q", 103, 10)
    assert {b - a for a, b in pairwise(uneven)} <= {10, 11}


def test_proportional_shares_round_by_the_largest_remainder() -> None:
    # Exact shares 3.5, 2.1, 1.4: the whole parts 3, 2, 1, and the one left goes to A.
    assert allocate({"A": 5, "B": 3, "C": 2}, DrawPlan(Method.STRATIFIED, "s", 7,
                                                       proportional=True)) == {
        "A": 4, "B": 2, "C": 1}
    # A tie of remainders goes to the larger stratum.
    assert allocate({"A": 1, "B": 3}, DrawPlan(Method.STRATIFIED, "s", 2,
                                               proportional=True)) == {"A": 0, "B": 2}


def test_a_number_per_stratum_and_named_numbers() -> None:
    pop = population(30, ["Nord"] * 10 + ["Syd"] * 20)
    result = draw(pop, DrawPlan(Method.STRATIFIED, "s", per_stratum=4))
    assert [(s.name, s.population, s.quota) for s in result.strata] == [
        ("Nord", 10, 4), ("Syd", 20, 4)]
    named = draw(pop, DrawPlan(Method.STRATIFIED, "s", quotas={"nord": 2, "SYD": 5}))
    assert Counter(pop.strata[d.index] for d in named.drawn) == {"Nord": 2, "Syd": 5}


def test_a_stratum_smaller_than_its_quota_is_refused() -> None:
    pop = population(12, ["Nord"] * 2 + ["Syd"] * 10)
    with pytest.raises(SamplingError, match="Nord"):
        draw(pop, DrawPlan(Method.STRATIFIED, "s", per_stratum=3))


def test_a_size_larger_than_the_population_is_refused() -> None:
    with pytest.raises(SamplingError):
        draw(population(5), DrawPlan(Method.RANDOM, "s", 6))


def test_a_replacement_is_the_next_in_its_stratum_skipping_every_drawn_case() -> None:
    pop = population(30, ["Nord"] * 10 + ["Syd"] * 20)
    result = draw(pop, DrawPlan(Method.STRATIFIED, "s", per_stratum=2))
    places = [d.place for d in result.drawn]
    (nord,) = following(pop, Method.STRATIFIED, "s", 4, places, 1, stratum="Nord")
    assert (nord.order, nord.stratum, nord.position) == (Order.STRATUM, "Nord", 3)
    assert nord.index not in {d.index for d in result.drawn}
    assert pop.strata[nord.index] == "Nord"
    places.append(Place(nord.order, nord.position, nord.stratum))
    (again,) = following(pop, Method.STRATIFIED, "s", 4, places, 1, stratum="Nord")
    assert again.position == 4


def test_a_systematic_draw_is_extended_in_the_random_order_skipping_its_own() -> None:
    pop = population(100)
    result = draw(pop, DrawPlan(Method.SYSTEMATIC, "s", 10))
    more = following(pop, Method.SYSTEMATIC, "s", 10, [d.place for d in result.drawn], 20)
    assert {d.order for d in more} == {Order.RANDOM}
    assert not {d.index for d in more} & {d.index for d in result.drawn}


# -- reading the population ------------------------------------------------------------


def test_blanks_and_rows_outside_the_period_are_counted_not_dropped(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "lista.csv", [
        ["Ärende", "Team", "Beslut"],
        ["SOC/1", "Nord", "2024-01-10"],
        ["", "Nord", "2024-02-01"],  # no identifier
        ["SOC/3", "Syd", ""],  # no date
        ["SOC/4", "Syd", "2023-12-31"],  # before the period
        ["SOC/5", "", "2024-03-01"],  # no stratum
        ["SOC/6", "Syd", "45352"],  # an Excel date: 2024-03-01
        [],
        ["SOC/7", "Syd", "2024-06-30 10:15"],
    ], delimiter=";")
    pop = read_population(PopulationSpec(path, "ärende", stratum_column="team",
                                         date_column="Beslut",
                                         period_from=dt.date(2024, 1, 1),
                                         period_to=dt.date(2024, 6, 30)))
    assert pop.rows_read == 7 and pop.rows_used == 3
    assert pop.identifiers == ["SOC/1", "SOC/6", "SOC/7"]
    assert pop.excluded == {Exclusion.BLANK_IDENTIFIER: 1, Exclusion.NO_DATE: 1,
                            Exclusion.OUTSIDE_PERIOD: 1, Exclusion.NO_STRATUM: 1}
    assert pop.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (pop.identifier_column, pop.stratum_column, pop.date_column) == (
        "Ärende", "Team", "Beslut")


def test_a_column_is_found_by_its_header_or_its_letter(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "lista.csv", [["Nr", "Ärende"], ["1", "SOC/1"], ["2", "SOC/2"]])
    assert read_population(PopulationSpec(path, "B")).identifiers == ["SOC/1", "SOC/2"]
    with pytest.raises(SamplingError, match="Ärende"):
        read_population(PopulationSpec(path, "Diarienummer"))


@pytest.mark.parametrize("kind", ["xlsx", "csv"])
def test_title_rows_above_the_header_are_no_cases_and_the_header_is_found_below_them(
        tmp_path: Path, kind: str) -> None:
    """A case system's export: its name (merged over the columns), its period, a blank
    row, then the header. The columns are offered from the header; the titles are no rows."""
    import openpyxl

    from reviewer.sampling.columns import list_columns

    rows = [["Diarienummer", "Team", "Anteckning", "Beslutsdatum"],
            *([f"SOC/{i}", "Vuxen" if i % 2 else "Barn", "x", "2024-03-01"]
              for i in range(6))]
    titles = [["Ärendelista, individ- och familjeomsorgen"], ["Period 2024-01-01 – 2024-12-31"],
              []]
    if kind == "csv":
        path = write_csv(tmp_path / "lista.csv", [*titles, *rows], delimiter=";")
    else:
        book = openpyxl.Workbook()
        sheet = book.active
        for row in (*titles, *rows):
            sheet.append(row)
        sheet.merge_cells("A1:D1")  # the title spread over every column it covers
        path = tmp_path / "lista.xlsx"
        book.save(path)
    assert [(c.letter, c.name) for c in list_columns(path).columns] == [
        ("A", "Diarienummer"), ("B", "Team"), ("C", "Anteckning"), ("D", "Beslutsdatum")]
    for column, stratum in (("Diarienummer", "Team"), ("A", "B")):
        population = read_population(PopulationSpec(path, column, stratum_column=stratum))
        assert population.rows_read == 6 and population.identifiers == [
            f"SOC/{i}" for i in range(6)]
        assert population.identifier_column == "Diarienummer"
        assert set(population.strata) == {"Vuxen", "Barn"}
    with pytest.raises(SamplingError, match="'Beslutsdatum'"):  # the header's columns named
        read_population(PopulationSpec(path, "Ärendenummer"))


def test_a_list_of_one_column_has_its_first_row_as_header(tmp_path: Path) -> None:
    from reviewer.sampling.columns import list_columns

    path = write_csv(tmp_path / "lista.csv", [["Ärende"], ["SOC/1"], ["SOC/2"]])
    assert [c.name for c in list_columns(path).columns] == ["Ärende"]
    for column in ("Ärende", "A"):
        assert read_population(PopulationSpec(path, column)).identifiers == ["SOC/1", "SOC/2"]


def test_a_case_listed_twice_is_refused_naming_the_rows(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "lista.csv", [["Ärende"], ["SOC/1"], ["SOC/2"], ["soc/1"]])
    with pytest.raises(SamplingError, match="4 = 2"):
        read_population(PopulationSpec(path, "Ärende"))


def test_a_value_in_the_date_column_that_is_no_date_is_refused(tmp_path: Path,
                                                               en: None) -> None:
    path = write_csv(tmp_path / "lista.csv", [["Ärende", "Datum"], ["SOC/1", "igår"]])
    with pytest.raises(SamplingError, match="rows 2"):
        read_population(PopulationSpec(path, "Ärende", date_column="Datum",
                                       period_from=dt.date(2024, 1, 1)))


def test_a_workbook_sheet_is_chosen_by_name_and_a_hidden_one_refused(tmp_path: Path) -> None:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "Info"
    workbook.active.append(["Ingen lista här"])
    cases = workbook.create_sheet("Ärenden")
    for row in (["Ärende", "Beslut"], ["SOC/1", dt.date(2024, 3, 1)], ["SOC/2", None]):
        cases.append(row)
    hidden = workbook.create_sheet("Gömd")
    hidden.sheet_state = "hidden"
    path = tmp_path / "lista.xlsx"
    workbook.save(path)
    pop = read_population(PopulationSpec(path, "Ärende", sheet="ärenden",
                                         date_column="Beslut",
                                         period_from=dt.date(2024, 3, 1)))
    assert (pop.identifiers, pop.excluded, pop.sheet) == (
        ["SOC/1"], {Exclusion.NO_DATE: 1}, "ärenden")
    with pytest.raises(SheetError, match="Gömd"):
        read_population(PopulationSpec(path, "Ärende", sheet="Gömd"))
    with pytest.raises(SheetError, match="Ärenden"):
        read_population(PopulationSpec(path, "Ärende", sheet="Saknas"))


@pytest.mark.parametrize("marked", ["1", "true"])
def test_a_workbook_counting_dates_from_1904_is_filtered_by_its_own_dates(
        tmp_path: Path, marked: str) -> None:
    import zipfile

    import openpyxl
    from openpyxl.utils.datetime import CALENDAR_MAC_1904

    workbook = openpyxl.Workbook()
    workbook.epoch = CALENDAR_MAC_1904
    sheet = workbook.active
    assert sheet is not None
    for row in (["Ärende", "Beslut"], ["SOC/1", dt.date(2024, 3, 1)],
                ["SOC/2", dt.date(2024, 2, 29)], ["SOC/3", dt.date(2028, 3, 2)],
                ["SOC/4", dt.date(1904, 1, 1)]):
        sheet.append(row)
    saved = tmp_path / "saved.xlsx"
    workbook.save(saved)
    path = tmp_path / "mac.xlsx"
    with zipfile.ZipFile(saved) as original, zipfile.ZipFile(path, "w") as copy:
        for item in original.infolist():
            content = original.read(item)
            if item.filename == "xl/workbook.xml":
                assert b'date1904="1"' in content  # what the test is about
                content = content.replace(b'date1904="1"', f'date1904="{marked}"'.encode())
            copy.writestr(item, content)
    # Counted from 1900, the serial of 2024-03-01 in this workbook would be 2019-02-28.
    pop = read_population(PopulationSpec(path, "Ärende", date_column="Beslut",
                                         period_from=dt.date(2024, 3, 1),
                                         period_to=dt.date(2028, 3, 1)))
    assert pop.identifiers == ["SOC/1"]
    assert pop.excluded == {Exclusion.OUTSIDE_PERIOD: 3}
    early = read_population(PopulationSpec(path, "Ärende", date_column="Beslut",
                                           period_to=dt.date(1904, 1, 1)))
    assert early.identifiers == ["SOC/4"]


def test_a_date_serial_in_a_csv_counts_from_1900() -> None:
    from reviewer.sampling.population import _date

    assert _date("45352") == dt.date(2024, 3, 1)
    assert _date("45352", date1904=True) == dt.date(2028, 3, 2)
    assert _date("0", date1904=True) == dt.date(1904, 1, 1)
    assert _date("0") is None


def _book(path: Path, rows: list[list[str]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


HEADER = ["Ärendenummer", "Team", "Datum"]
CASES = [[f"SOC/2024-{n:04d}", "Vuxen" if n % 2 else "Barn", "2024-03-01"] for n in range(40)]


@pytest.mark.parametrize("titles", [
    [["Ärendelista", "Utskriven 2024-12-31"], ["Period:", "2024"], []],  # two texts each
    [[f"Titelrad {n}", f"Info {n}"] for n in range(14)],  # the header on row 15
    [["Ärendenummer"], ["per team 2024"]],  # a title naming the identifier's column
], ids=["two-text titles", "header on row 15", "title is the column's name"])
def test_no_title_row_is_taken_for_the_header_or_drawn_as_a_case(
        tmp_path: Path, titles: list[list[str]]) -> None:
    from reviewer.sampling.columns import list_columns

    path = _book(tmp_path / "lista.xlsx", [*titles, HEADER, *CASES])
    columns = list_columns(path).columns
    assert [c.name for c in columns] == HEADER  # what the dialog offers
    population = read_population(PopulationSpec(path, columns[0].name,
                                                stratum_column=columns[1].name))
    assert population.rows_read == 40 and population.identifiers == [c[0] for c in CASES]


def test_the_header_repeated_below_it_is_counted_out_not_drawn(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "lista.csv", [HEADER, *CASES[:20], HEADER, *CASES[20:]],
                     delimiter=";")
    population = read_population(PopulationSpec(path, "Ärendenummer"))
    assert population.rows_read == 41 and population.rows_used == 40
    assert population.excluded == {Exclusion.REPEATED_HEADER: 1}
    assert "Ärendenummer" not in population.identifiers
