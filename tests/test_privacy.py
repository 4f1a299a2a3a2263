"""The personnummer guard: identity numbers in every spelling are caught; look-alikes pass."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import luhn

from reviewer.errors import PrivacyError
from reviewer.privacy import check_text, find_identity_numbers


def with_check_digit(nine: str) -> str:
    return nine + luhn.calc_check_digit(nine)


PNR = with_check_digit("811218987")  # 811218-987?, a real date
SAMORDNING = with_check_digit("811278987")  # day 78 = 18 + 60


@pytest.mark.parametrize("text", [
    f"{PNR[:6]}-{PNR[6:]}", f"19{PNR[:6]}-{PNR[6:]}", f"19{PNR}", PNR,
    f"{PNR[:6]}+{PNR[6:]}", f"{PNR[:6]} {PNR[6:]}",
    f"{SAMORDNING[:6]}-{SAMORDNING[6:]}", f"19{SAMORDNING}",
    f"Klienten ({PNR[:6]}-{PNR[6:]}) har barn.",
], ids=["10-dash", "12-dash", "12-plain", "10-plain", "10-plus", "10-space",
        "samordning-10", "samordning-12", "in-sentence"])
def test_identity_numbers_in_common_spellings_are_found(text: str) -> None:
    assert find_identity_numbers(text)


@pytest.mark.parametrize("text", [
    "Dnr SN 2023/1234", "Beslut 2024-01-15", "SN-2023-0412", "tel 070-123 45 67",
    "Ärende 20231104-0001", "Belopp 1 234 567 kr", "Akt 12 av 30",
    f"{PNR[:6]}-{PNR[6:9]}{(int(PNR[9]) + 1) % 10}",  # wrong check digit
    "991332-1234", "810230-1232",  # month 13; 30 February
    "12345678901234",
], ids=["case-number", "date", "case-code", "phone", "dated-case-number", "amount",
        "sample-number", "bad-checksum", "bad-month", "bad-day", "long-run"])
def test_look_alikes_are_not_flagged(text: str) -> None:
    assert find_identity_numbers(text) == []


def test_check_text_refuses_and_names_what_it_found() -> None:
    text = f"Se {PNR[:6]}-{PNR[6:]}"
    with pytest.raises(PrivacyError) as caught:
        check_text("Motiveringen", text)
    assert f"{PNR[:6]}-{PNR[6:]}" in str(caught.value)
    check_text("Motiveringen", text, allow=True)  # a deliberate override passes


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)),
       st.integers(min_value=0, max_value=999), st.booleans())
def test_every_valid_number_is_found(date: dt.date, serial: int, coordination: bool) -> None:
    day = date.day + (60 if coordination else 0)
    nine = f"{date:%y%m}{day:02d}{serial:03d}"
    number = with_check_digit(nine)
    assert find_identity_numbers(f"text {number[:6]}-{number[6:]} text")
    assert find_identity_numbers(f"{date.year // 100}{number}")


# -- every spelling, and only identity numbers (properties) -------------------------------

DASHES = ["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212", "\uff0d"]
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def spellings(number: str, century: str, dash: str) -> list[str]:
    """One identity number (ten digits) in every way an auditor's text may spell it."""
    date, last4 = number[:6], number[6:]
    yy, mm, dd = date[:2], date[2:4], date[4:]
    plain = [f"{date}{dash}{last4}", f"{date}+{last4}", number, f"{date} {last4}",
             f"{century}{number}", f"{century}{date}{dash}{last4}",
             f"{century}{yy}{dash}{mm}{dash}{dd}{dash}{last4}",
             f"{yy}{dash}{mm}{dash}{dd}{dash}{last4}"]
    return [*plain, *(s.translate(FULL_WIDTH) for s in plain[:2]),
            *(s.translate(ARABIC_INDIC) for s in plain[:2]),
            f"Klient-{date}{dash}{last4}", f"({century}{date}{dash}{last4}).",
            f"{date}\u00ad{dash}{last4}", f"{date}\u00a0{dash}\u00a0{last4}"]


@pytest.mark.parametrize("text", [
    f"{PNR[:6]}–{PNR[6:]}", f"19{PNR[:2]}-{PNR[2:4]}-{PNR[4:6]}-{PNR[6:]}",
    f"Klient-{PNR[:6]}-{PNR[6:]}", f"{PNR[:6]}−{PNR[6:]}".translate(FULL_WIDTH),
], ids=["en-dash", "dashed-date", "glued-after-a-word", "full-width"])
def test_the_spellings_that_slipped_through_are_found(text: str) -> None:
    assert find_identity_numbers(text) == [text.removeprefix("Klient-")]


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(1890, 1, 1), max_value=dt.date(2030, 12, 31)),
       st.integers(min_value=0, max_value=999), st.booleans(), st.sampled_from(DASHES))
def test_every_spelling_of_a_valid_number_is_found(date: dt.date, serial: int,
                                                   coordination: bool, dash: str) -> None:
    day = date.day + (60 if coordination else 0)
    number = with_check_digit(f"{date:%y%m}{day:02d}{serial:03d}")
    for text in spellings(number, str(date.year // 100), dash):
        found = find_identity_numbers(f"Se {text} i akten.")
        assert len(found) == 1, text
        assert found[0] in text  # reported as written


def _luhn_tail(nine: str) -> str:
    return with_check_digit(nine)[6:]


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)),
       st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2035, 12, 31)),
       st.integers(min_value=0, max_value=999999), st.integers(min_value=0, max_value=2359),
       st.sampled_from(DASHES))
def test_dates_and_case_numbers_raise_no_alarm(date: dt.date, other: dt.date, serial: int,
                                               clock: int, dash: str) -> None:
    texts = [f"{date:%Y-%m-%d}", f"{date:%Y%m%d}", f"{date:%d/%m/%Y}", f"{date:%y%m%d}",
             f"Möte {date:%Y-%m-%d} {clock:04d}", f"{date:%Y-%m-%d}{dash}{other:%Y-%m-%d}",
             f"{date:%Y%m%d}{dash}{other:%Y%m%d}", f"{date:%Y-%m-%d} {dash} {other:%Y-%m-%d}",
             f"SOC/{date.year}{dash}{serial:06d}", f"SN-{date.year}-{serial % 10000:04d}",
             f"Dnr {date.year}/{serial}", f"SOC {date.year}.{serial % 1000:03d}",
             # a case number chained to a year or a unit code by dashes
             f"{date.year}{dash}{date:%y%m%d}{dash}{_luhn_tail(f'{date:%y%m%d}123')}"]
    for text in texts:
        assert find_identity_numbers(text) == [], text


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(["070", "072", "073", "076", "079", "08", "031", "040", "0570"]),
       st.integers(min_value=0, max_value=9999999).map(lambda n: f"{n:07d}"))
def test_phone_numbers_raise_no_alarm(prefix: str, rest: str) -> None:
    national = prefix[1:]
    texts = [f"{prefix}-{rest}", f"{prefix}-{rest[:3]} {rest[3:5]} {rest[5:]}",
             f"{prefix} {rest[:3]} {rest[3:5]} {rest[5:]}", f"+46 {national} {rest}",
             f"+46{national}{rest}", f"+46 ({national}) {rest[:3]} {rest[3:]}",
             f"tel {prefix}{rest}", f"Telefon: {prefix}{rest}", f"mobil {prefix}{rest}"]
    for text in texts:
        assert find_identity_numbers(text) == [], text


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=9), st.integers(min_value=2, max_value=9),
       st.integers(min_value=0, max_value=999999))
def test_organisation_numbers_raise_no_alarm(first: int, third: int, rest: int) -> None:
    """An organisation number's third digit is 2 or more, so its 'month' is 20 or more:
    never a date, whatever its check digit (a municipality's begins 212000-)."""
    from stdnum.se import orgnr

    number = with_check_digit(f"{first}{first}{third}{rest:06d}")
    assert orgnr.is_valid(number)
    for text in (f"{number[:6]}-{number[6:]}", number, f"16{number}",
                 f"16{number[:6]}-{number[6:]}", f"Org.nr {number[:6]}–{number[6:]}"):
        assert find_identity_numbers(text) == [], text
