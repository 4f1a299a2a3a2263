"""The personnummer guard: identity numbers in every spelling are caught; look-alikes pass."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
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
