"""Interface texts in German and Russian, from the Babel catalogs in ``locales/``.

Catalogs are read from the ``.po`` files, each when first needed, so a fresh install needs
no build step. The locale is chosen per update and passed around explicitly; nothing here
is process-wide.
"""

from __future__ import annotations

import datetime as dt
import gettext
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date

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
    return read_catalog(path / lang / "LC_MESSAGES" / f"{DOMAIN}.po")


class Catalog(gettext.NullTranslations):
    """The translated messages of one ``.po`` file; untranslated ones fall back to English."""

    def __init__(
        self, messages: dict[str | tuple[str, int], str], plural: Callable[[int], int]
    ) -> None:
        super().__init__()
        self.messages = messages  # msgid, or (msgid, plural form) -> translation
        self.plural = plural  # n -> the number of its plural form (the header's Plural-Forms)

    def gettext(self, message: str) -> str:
        return self.messages.get(message) or message

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return self.messages.get((msgid1, self.plural(n))) or (msgid1 if n == 1 else msgid2)


_ESCAPE = re.compile(r'\\([\\trn"])')
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}


def read_catalog(po_file: Path) -> Catalog:
    """Read a ``.po`` file as ``pybabel`` writes it, as Babel and gettext would use it.

    What gettext reads is a compiled ``.mo`` file; Babel's reader and compiler take tens of
    milliseconds more (they import the email package for the header), and every start of
    the command line would pay for them. Fuzzy and obsolete entries are left out, as
    ``pybabel compile`` leaves them out.
    """
    messages: dict[str | tuple[str, int], str] = {}
    plural: Callable[[int], int] = lambda n: int(n != 1)  # noqa: E731  (English, until the header)
    fields: dict[str, str] = {}
    fuzzy = False

    def done() -> None:
        nonlocal plural, fuzzy
        msgid = fields.get("msgid")
        if msgid == "":  # the header, which counts even when marked fuzzy
            for line in fields.get("msgstr", "").splitlines():
                name, _, value = line.partition(":")
                if name.strip().lower() == "plural-forms":
                    plural = gettext.c2py(value.split(";")[1].split("plural=")[1])
        elif msgid is None or fuzzy or "msgctxt" in fields:
            pass
        elif "msgid_plural" in fields:
            for key, text in fields.items():
                if key.startswith("msgstr[") and text:
                    messages[msgid, int(key[7:-1])] = text
        elif fields.get("msgstr"):
            messages[msgid] = fields["msgstr"]
        fields.clear()
        fuzzy = False

    key = ""
    for line in po_file.read_text("utf-8").splitlines():
        line = line.strip()
        if line.startswith('"'):
            fields[key] = fields.get(key, "") + _unquote(line)
            continue
        if any(k.startswith("msgstr") for k in fields) and not line.startswith("msgstr"):
            done()  # a blank line, a comment or a keyword after the translation: a new entry
        if line.startswith("#"):  # comments; obsolete entries are all comments ("#~")
            fuzzy = fuzzy or (line.startswith("#,") and "fuzzy" in line)
        elif line:
            key, _, value = line.partition(" ")
            fields[key] = _unquote(value)
    done()
    return Catalog(messages, plural)


def _unquote(text: str) -> str:
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), text.strip()[1:-1])
