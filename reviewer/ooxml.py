"""Office Open XML packages (an .xlsx workbook, a .docx document) read within bounds.

A zip of XML parts found by their relationships; each part parsed by expat with any DTD
refused (the entity tricks), all parts within one budget of unpacked bytes (zip bombs).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, ClassVar
from xml.parsers import expat

from reviewer.i18n import _


class Damaged(Exception):
    """The package cannot be read; the message is translated."""


@contextmanager
def unpacked(data: bytes, unreadable: str) -> Iterator[zipfile.ZipFile]:
    """The zip archive of `data`. Damaged with `unreadable` (a message with {detail}) when
    it is not a zip, or when a member read inside the block is damaged (bad CRC, cut
    short), compressed in a way Python does not read, or encrypted."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as exc:
        raise Damaged(_(unreadable, detail=exc)) from exc
    try:
        with archive:
            yield archive
    except (zipfile.BadZipFile, EOFError, zlib.error, NotImplementedError, RuntimeError,
            OSError) as exc:
        # zipfile raises RuntimeError for an encrypted member.
        raise Damaged(_(unreadable, detail=exc)) from exc


def local(name: str) -> str:
    """An element's or attribute's name without its namespace (expat gives "ns name")."""
    return name.rpartition(" ")[2]


class Handler:
    """What a part's reader does at each start tag, end tag and piece of text."""

    def start(self, name: str, attributes: dict[str, str]) -> None:
        pass

    def end(self, name: str) -> None:
        pass

    def text(self, data: str) -> None:
        pass


def parser_for(handler: Handler) -> expat.XMLParserType:
    """An expat parser (namespaces as "ns name") calling `handler`, text in whole runs."""
    parser = expat.ParserCreate(namespace_separator=" ")
    parser.buffer_text = True
    parser.StartElementHandler = handler.start
    parser.EndElementHandler = handler.end
    parser.CharacterDataHandler = handler.text
    return parser


class Collector(Handler):
    """The attributes (by local name) of every element with one of the given local names."""

    def __init__(self, *names: str) -> None:
        self.names = names
        self.found: list[dict[str, str]] = []

    def start(self, name: str, attributes: dict[str, str]) -> None:
        name = local(name)
        if name in self.names:
            self.found.append({"#": name, **{local(k): v for k, v in attributes.items()}})


class Package:
    """The parts of one package, each read once, within one budget of unpacked bytes.

    A subclass names what it reads in its messages (a workbook, a Word document):
    MISSING_PART ({part}), TOO_LARGE ({limit} in MB), DTD ({part}), BAD_XML ({part},
    {detail}), translated when raised."""

    MISSING_PART: ClassVar[str]
    TOO_LARGE: ClassVar[str]
    DTD: ClassVar[str]
    BAD_XML: ClassVar[str]

    def __init__(self, archive: zipfile.ZipFile, budget: int) -> None:
        self.archive = archive
        self.limit = budget
        self.budget = budget

    def has(self, part: str) -> bool:
        try:
            self.archive.getinfo(part)
        except KeyError:
            return False
        return True

    def open(self, part: str) -> IO[bytes]:
        try:
            info = self.archive.getinfo(part)
        except KeyError:
            raise Damaged(_(self.MISSING_PART, part=part)) from None
        # zipfile stops a member at the size its header states, so the header's size
        # is what can come out of it.
        self.budget -= info.file_size
        if self.budget < 0:
            raise Damaged(_(self.TOO_LARGE, limit=self.limit // 2**20))
        return self.archive.open(info)

    def read_part(self, part: str) -> bytes:
        """The part's bytes whole (within the budget, as `open`)."""
        with self.open(part) as stream:
            return stream.read()

    def parse(self, part: str, handler: Handler, data: bytes | None = None) -> None:
        """Parse the part (or `data`, its bytes already read) with `handler`."""
        parser = parser_for(handler)
        parser.StartDoctypeDeclHandler = self._refuse_dtd(part)
        parser.EntityDeclHandler = self._refuse_dtd(part)
        try:
            if data is not None:
                parser.Parse(data, True)
                return
            with self.open(part) as stream:
                parser.ParseFile(stream)
        except expat.ExpatError as exc:
            raise Damaged(_(self.BAD_XML, part=part, detail=exc)) from exc

    def _refuse_dtd(self, part: str) -> Callable[..., None]:
        def refuse(*_args: object) -> None:
            raise Damaged(_(self.DTD, part=part))
        return refuse

    def relations(self, part: str) -> dict[str, list[str]]:
        """Relationship type (its last word) → targets, of a part ("" for the package)."""
        by_type: dict[str, list[str]] = {}
        for kind, target in self.relation_ids(part).values():
            by_type.setdefault(kind, []).append(target)
        return by_type

    def relation_ids(self, part: str) -> dict[str, tuple[str, str]]:
        """Relationship id → (type's last word, the part it points to) of a part."""
        folder, name = posixpath.split(part)
        handler = Collector("Relationship")
        self.parse(posixpath.join(folder, "_rels", f"{name}.rels"), handler)
        relations: dict[str, tuple[str, str]] = {}
        for attributes in handler.found:
            target = attributes.get("Target", "")
            if attributes.get("TargetMode") == "External" or not target:
                continue
            if target.startswith("/"):
                resolved = target.lstrip("/")
            else:
                resolved = posixpath.normpath(posixpath.join(folder, target))
            kind = attributes.get("Type", "").rstrip("/").rpartition("/")[2]
            relations[attributes.get("Id", "")] = (kind, resolved)
        return relations
