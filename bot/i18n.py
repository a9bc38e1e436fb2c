"""Interface texts in German and Russian, from the Babel catalogs in ``locales/``.

Catalogs are read from the ``.po`` files once, when first needed, and compiled in memory,
so a fresh install needs no build step. The locale is chosen per update and passed around
explicitly; nothing here is process-wide.
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.lists import format_list
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from .text import Lang

DOMAIN = "messages"
DEFAULT_LANG: Lang = "de"
# Telegram language codes whose speakers read Russian more easily than German.
RUSSIAN_READERS = frozenset({"ru", "uk", "be", "kk"})


def locales_path() -> Path:
    """The catalogs shipped with the bot (inside the package when installed)."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "locales", here.parent / "locales"):
        if candidate.is_dir():
            return candidate
    return here.parent / "locales"


def N_(message: str) -> str:
    """Mark a text for the catalogs where it is defined; it is translated where it is shown."""
    return message


def lang_for(language_code: str | None) -> Lang:
    """The interface language for a Telegram ``language_code`` such as ``ru`` or ``de-AT``."""
    if not language_code:
        return DEFAULT_LANG
    try:
        language = Locale.parse(language_code.replace("-", "_")).language
    except (UnknownLocaleError, ValueError):
        language = language_code.split("-")[0].lower()
    return "ru" if language in RUSSIAN_READERS else DEFAULT_LANG


@dataclass(frozen=True)
class Translator:
    """Texts of one language; ``_`` and ``ngettext`` are the names ``pybabel`` extracts."""

    lang: Lang
    catalog: gettext.NullTranslations

    def _(self, message: str) -> str:
        return self.catalog.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.catalog.ngettext(singular, plural, n)

    def date(self, value: dt.date, fmt: str = "long") -> str:
        """A date as people of this language write it (``9. November 2020``)."""
        return format_date(value, format=fmt, locale=self.lang)

    def join(self, items: Sequence[str]) -> str:
        """Several things in a sentence: ``BMW und Porsche``, ``BMW, GAZ и KAMAZ``."""
        return format_list(list(items), locale=self.lang)

    def date_range(self, start: dt.date, end: dt.date) -> str:
        """A span of days, e.g. ``9.–11. November 2020`` or ``9–11 ноября 2020 г.``.

        Babel's interval formats abbreviate the month; a mission's dates read better in full.
        """
        if start == end:
            return self.date(end)
        if (start.year, start.month) == (end.year, end.month):
            day = f"{start.day}." if self.lang == "de" else str(start.day)
            return f"{day}–{self.date(end)}"
        return f"{self.date(start)} – {self.date(end)}"


class I18n:
    """The catalogs, each loaded when first needed (a command-line answer needs one)."""

    def __init__(self, path: Path | None = None) -> None:
        self._path = path or locales_path()
        self._translators: dict[Lang, Translator] = {}

    def get(self, lang: Lang) -> Translator:
        translator = self._translators.get(lang)
        if translator is None:
            translator = self._translators[lang] = Translator(lang, _load(self._path, lang))
        return translator


def _load(path: Path, lang: Lang) -> gettext.NullTranslations:
    po_file = path / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    with po_file.open("rb") as fp:
        catalog = read_po(fp, locale=lang)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)
