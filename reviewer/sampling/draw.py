"""Drawing a sample from a population, reproducibly on any machine and version.

Every random choice comes from SHA-256 in counter mode (`Stream`), never from Python's
`random`; README.md ("The sample draw") documents it so that an auditor can recompute a
draw. The same population (same rows in the same order), method, size and seed always give
the same sample; a larger size continues the same order, which is how a sample is
extended, and a drawn file is replaced by the next one in its order.
"""

from __future__ import annotations

import hashlib
import secrets
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from reviewer.errors import SamplingError
from reviewer.i18n import N_
from reviewer.sampling.population import Population

GENERATOR = "aktg-urval-1"  # named in every record; a new generator gets a new name
MAX_SIZE = 1000  # case files in a unit (review.MAX_CASE_FILES)
TWICE = N_("The number to draw from the stratum {stratum} is given twice.")


class Method(StrEnum):
    RANDOM = "random"  # simple random, without replacement
    SYSTEMATIC = "systematic"  # a random start, then a fixed interval through the list
    STRATIFIED = "stratified"  # simple random within each stratum


class Order(StrEnum):
    """The order a drawn file was taken from: its `position` counts in it, from 1."""

    RANDOM = "random"  # the random order of the whole population
    SYSTEMATIC = "systematic"  # the systematic selection, in the list's order
    STRATUM = "stratum"  # the random order of the file's stratum


class Stream:
    """Uniform whole numbers from SHA-256 in counter mode: block c is
    SHA-256("aktg-urval-1" 00 seed 00 name 00 c as 8 bytes, big-endian), read as a 256-bit
    big-endian number x. A number below m is x mod m, unless x ≥ 2^256 − (2^256 mod m):
    then the next block is used instead (so every number below m is exactly as likely)."""

    def __init__(self, seed: str, name: str) -> None:
        self._prefix = b"\0".join((GENERATOR.encode(), seed.encode(), name.encode(), b""))
        self._counter = 0

    def below(self, m: int) -> int:
        limit = 2**256 - 2**256 % m
        while True:
            block = hashlib.sha256(self._prefix + self._counter.to_bytes(8, "big")).digest()
            self._counter += 1
            x = int.from_bytes(block, "big")
            if x < limit:
                return x % m


def random_order(seed: str, name: str, count: int) -> Iterator[int]:
    """0..count-1 in the seed's random order: a Fisher–Yates shuffle run step by step
    (step k swaps place k with place k + a number below count − k, and gives what is then
    at place k), so the first n of a larger draw are the draw of n."""
    stream = Stream(seed, name)
    moved: dict[int, int] = {}  # place → what is there now, where it is not itself
    for k in range(count):
        j = k + stream.below(count - k)
        here, there = moved.get(k, k), moved.get(j, j)
        moved[j] = here
        moved.pop(k, None)
        yield there


def systematic_places(seed: str, count: int, size: int) -> list[int]:
    """The places in the list (0-based) of a systematic draw of `size` of `count`: a start
    s below count from the stream "systematic", then place i is (s + i·count) // size; the
    interval is count/size and every row has the same chance, size/count."""
    start = systematic_start(seed, count)
    return [(start + i * count) // size for i in range(size)]


def systematic_start(seed: str, count: int) -> int:
    """The start s of a systematic draw from `count` rows (the record shows s/size)."""
    return Stream(seed, Order.SYSTEMATIC.value).below(count)


def new_seed() -> str:
    """A seed for an auditor who types none: twelve digits in groups, easy to read out and
    type again (and, grouped, never taken for a personnummer)."""
    digits = f"{secrets.randbelow(10**12):012d}"
    return "-".join(digits[i:i + 4] for i in range(0, 12, 4))


def check_seed(seed: str) -> str:
    """The seed as drawn with and recorded: trimmed, and in Unicode's composed form (NFC),
    so that "å" typed on a keyboard that sends "a" + ring draws what "å" does elsewhere."""
    seed = unicodedata.normalize("NFC", seed.strip())
    if not seed or len(seed) > 100 or not seed.isprintable():
        raise SamplingError(N_("A seed is 1 to 100 characters, letters, digits and signs "
                               "(no line breaks)."))
    return seed


@dataclass(frozen=True)
class Drawn:
    """One drawn row: its index among the population's used rows (never stored), and what
    the record keeps of it (the order it came from, its stratum, its position there)."""

    index: int
    order: Order
    position: int
    stratum: str = ""

    @property
    def place(self) -> Place:
        return Place(self.order, self.position, self.stratum)


@dataclass(frozen=True)
class StratumSize:
    name: str
    population: int
    quota: int


@dataclass(frozen=True)
class DrawPlan:
    """What the auditor asked for. `quotas` names each stratum's number, `per_stratum`
    gives every stratum the same, `proportional` shares `size` by largest remainder."""

    method: Method
    seed: str
    size: int | None = None
    per_stratum: int | None = None
    quotas: Mapping[str, int] | None = None
    proportional: bool = False


@dataclass(frozen=True)
class DrawResult:
    drawn: list[Drawn]  # in the order the case files are numbered 1..n
    strata: list[StratumSize]
    size: int


def draw(population: Population, plan: DrawPlan) -> DrawResult:
    """The sample of `plan` from `population`; SamplingError if it cannot be drawn."""
    count = population.rows_used
    seed = check_seed(plan.seed)
    if plan.method is Method.STRATIFIED:
        return _stratified(population, plan, seed)
    if plan.per_stratum is not None or plan.quotas or plan.proportional:
        raise SamplingError(N_("A number per stratum, or a proportional share, belongs to a "
                               "stratified draw (method stratified)."))
    size = _check_size(plan.size, count)
    if plan.method is Method.SYSTEMATIC:
        drawn = [Drawn(index, Order.SYSTEMATIC, i + 1)
                 for i, index in enumerate(systematic_places(seed, count, size))]
    else:
        order = random_order(seed, Order.RANDOM.value, count)
        drawn = [Drawn(next(order), Order.RANDOM, i + 1) for i in range(size)]
    return DrawResult(drawn=drawn, strata=[], size=size)


def _check_size(size: int | None, count: int) -> int:
    if size is None:
        raise SamplingError(N_("Say how many case files to draw (the size)."))
    if not 1 <= size <= MAX_SIZE:
        raise SamplingError(N_("A sample is 1 to 1000 case files, not {size}."), size=size)
    if size > count:
        raise SamplingError(N_("The sample of {size} is larger than the population, which "
                               "holds {count} cases."), size=size, count=count)
    return size


def strata_of(population: Population) -> dict[str, list[int]]:
    """Each stratum's rows (indexes in the list's order), strata by name (ignoring case)."""
    if not population.stratum_column:
        raise SamplingError(N_("A stratified draw needs the column that holds each case's "
                               "stratum (stratum column)."))
    rows: dict[str, list[int]] = {}
    for index, name in enumerate(population.strata):
        rows.setdefault(name, []).append(index)
    return dict(sorted(rows.items(), key=lambda item: (item[0].casefold(), item[0])))


def _stratified(population: Population, plan: DrawPlan, seed: str) -> DrawResult:
    strata = strata_of(population)
    sizes = {name: len(rows) for name, rows in strata.items()}
    quotas = allocate(sizes, plan)
    total = sum(quotas.values())
    if not 1 <= total <= MAX_SIZE:
        raise SamplingError(N_("A sample is 1 to 1000 case files, not {size}."), size=total)
    short = [(name, sizes[name], quota) for name, quota in quotas.items()
             if quota > sizes[name]]
    if short:
        name, size, quota = short[0]
        raise SamplingError(N_("The stratum {stratum} holds {count} cases, fewer than the "
                               "{quota} to draw from it."), stratum=name, count=size,
                            quota=quota)
    drawn: list[Drawn] = []
    for name, rows in strata.items():
        order = random_order(seed, stratum_stream(name), len(rows))
        drawn += [Drawn(rows[next(order)], Order.STRATUM, i + 1, name)
                  for i in range(quotas[name])]
    return DrawResult(drawn=drawn, size=total, strata=[
        StratumSize(name, sizes[name], quotas[name]) for name in strata])


def stratum_stream(name: str) -> str:
    return f"stratum:{name}"


def allocate(sizes: Mapping[str, int], plan: DrawPlan) -> dict[str, int]:
    """Each stratum's number to draw: the same for each, as named, or `size` shared in
    proportion to the strata's sizes by the largest remainder method (Hamilton): each gets
    the whole part of size·Nh/N, and the numbers left go one each to the strata with the
    largest remainders (a tie to the larger stratum, then to the name first in order)."""
    given = sum(x is not None and x is not False
                for x in (plan.per_stratum, plan.quotas or None, plan.proportional or None))
    if given != 1:
        raise SamplingError(N_("A stratified draw needs either a number per stratum or a "
                               "proportional share of the size, one of them."))
    if plan.per_stratum is not None:
        if plan.size is not None and plan.size != plan.per_stratum * len(sizes):
            raise SamplingError(N_("{per} per stratum in {strata} strata is {total} case "
                                   "files, not the size {size}."), per=plan.per_stratum,
                                strata=len(sizes), total=plan.per_stratum * len(sizes),
                                size=plan.size)
        return dict.fromkeys(sizes, plan.per_stratum)
    if plan.quotas:
        return _named_quotas(sizes, plan.quotas)
    total = sum(sizes.values())
    size = _check_size(plan.size, total)
    quotas = {name: size * count // total for name, count in sizes.items()}
    left = size - sum(quotas.values())
    by_remainder = sorted(sizes, key=lambda name: (-(size * sizes[name] % total),
                                                   -sizes[name], name.casefold(), name))
    for name in by_remainder[:left]:
        quotas[name] += 1
    return quotas


def _named_quotas(sizes: Mapping[str, int], quotas: Mapping[str, int]) -> dict[str, int]:
    by_name = {name.casefold(): name for name in sizes}
    chosen: dict[str, int] = dict.fromkeys(sizes, 0)
    named: set[str] = set()
    for name, quota in quotas.items():
        found = by_name.get(" ".join(name.split()).casefold())
        if found is None:
            raise SamplingError(N_("The population has no stratum {stratum}. Its strata: "
                                   "{strata}."), stratum=name, strata=", ".join(sizes))
        if found in named:  # "Vuxen=1" and "vuxen=5": which did the auditor mean?
            raise SamplingError(TWICE, stratum=found)
        if quota < 0:
            raise SamplingError(N_("A number per stratum is 0 or more."))
        named.add(found)
        chosen[found] = quota
    missing = [name for name in sizes
               if name.casefold() not in {" ".join(n.split()).casefold() for n in quotas}]
    if missing:
        raise SamplingError(N_("Say how many to draw from every stratum (0 for none); "
                               "not given: {strata}."), strata=", ".join(missing))
    return chosen


# -- after the draw: where each drawn file is, and the next ones ------------------------


@dataclass(frozen=True)
class Place:
    """What the record keeps of a drawn file: the order, its stratum, its position."""

    order: Order
    position: int
    stratum: str = ""


def locate(population: Population, method: Method, seed: str, size: int,
           places: Sequence[Place]) -> list[int]:
    """The population's rows (indexes) at `places`, recomputed from the seed."""
    count = population.rows_used
    wanted: dict[tuple[Order, str], int] = {}
    for place in places:
        key = (place.order, place.stratum)
        wanted[key] = max(wanted.get(key, 0), place.position)
    found: dict[tuple[Order, str, int], int] = {}
    strata = strata_of(population) if any(p.order is Order.STRATUM for p in places) else {}
    for (order, stratum), last in wanted.items():
        if order is Order.SYSTEMATIC:
            rows = systematic_places(seed, count, size)
            found.update({(order, stratum, i + 1): row for i, row in enumerate(rows)})
            continue
        if order is Order.RANDOM:
            rows, stream = list(range(count)), Order.RANDOM.value
        else:
            rows, stream = strata.get(stratum, []), stratum_stream(stratum)
        sequence = random_order(seed, stream, len(rows))
        for position in range(1, min(last, len(rows)) + 1):
            found[(order, stratum, position)] = rows[next(sequence)]
    return [found[(p.order, p.stratum, p.position)] for p in places]


def following(population: Population, method: Method, seed: str, size: int,
              places: Sequence[Place], count: int, *, stratum: str | None = None
              ) -> list[Drawn]:
    """The next `count` rows of the order that extends or replaces in: the stratum's own
    random order in a stratified draw, else the population's random order (a systematic
    draw, too, is extended in it), after the last position taken there and skipping every
    row drawn before (replaced ones too)."""
    taken = set(locate(population, method, seed, size, places))
    if method is Method.STRATIFIED:
        strata = strata_of(population)
        if stratum is None or stratum not in strata:
            raise SamplingError(N_("Say which stratum to draw more from. Its strata: "
                                   "{strata}."), strata=", ".join(strata))
        rows, order, stream = strata[stratum], Order.STRATUM, stratum_stream(stratum)
    else:
        rows, order, stream = list(range(population.rows_used)), Order.RANDOM, "random"
        stratum = ""
    last = max((p.position for p in places if p.order is order and p.stratum == stratum),
               default=0)
    result: list[Drawn] = []
    sequence = random_order(seed, stream, len(rows))
    for position, index in enumerate(sequence, start=1):
        if len(result) == count:
            break
        row = rows[index]
        if position <= last or row in taken:
            continue
        result.append(Drawn(row, order, position, stratum))
    if len(result) < count:
        raise SamplingError(N_("The population has no more cases to draw: {count} wanted, "
                               "{left} left."), count=count, left=len(result))
    return result
