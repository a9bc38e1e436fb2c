"""Catalogs: every text in the code is in both catalogs and translated; plurals are right."""

from __future__ import annotations

import datetime as dt
import gettext
import io
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot.i18n import I18n, lang_for, locales_path, read_catalog

from .conftest import ROOT


def extracted_ids(tmp_path) -> set[str]:  # type: ignore[no-untyped-def]
    pot = tmp_path / "messages.pot"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "babel.messages.frontend",
            "extract",
            "-F",
            "babel.cfg",
            "--no-location",
            "-o",
            str(pot),
            ".",
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    with pot.open("rb") as fp:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(fp) if m.id}


def _translated(string: object) -> bool:
    forms = string if isinstance(string, tuple) else (string,)
    return all(isinstance(f, str) and f.strip() for f in forms)


@pytest.mark.parametrize("lang", ["de", "ru"])
def test_every_text_in_the_code_is_translated(tmp_path, lang: str) -> None:  # type: ignore[no-untyped-def]
    wanted = extracted_ids(tmp_path)
    assert len(wanted) > 40
    with (locales_path() / lang / "LC_MESSAGES" / "messages.po").open("rb") as fp:
        catalog = read_po(fp, locale=lang)
    have = {m.id if isinstance(m.id, str) else m.id[0]: m for m in catalog if m.id}
    missing = wanted - have.keys()
    assert not missing, f"not in the {lang} catalog: {sorted(missing)}"
    untranslated = [i for i in wanted if not _translated(have[i].string)]
    assert not untranslated, f"untranslated in {lang}: {untranslated}"
    fuzzy = [i for i in wanted if have[i].fuzzy]
    assert not fuzzy, f"fuzzy in {lang}: {fuzzy}"


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "1 компания:"),
        (2, "2 компании:"),
        (5, "5 компаний:"),
        (16, "16 компаний:"),
        (21, "21 компания:"),
        (22, "22 компании:"),
    ],
)
def test_russian_plurals(n: int, text: str) -> None:
    t = I18n().get("ru")
    assert t.ngettext("{n} company:", "{n} companies:", n).format(n=n) == text


def test_german_plurals_and_dates() -> None:
    t = I18n().get("de")
    one = t.ngettext("{n} entry loaded", "{n} entries loaded", 1).format(n=1)
    assert one == "1 Eintrag geladen"
    assert t.date(dt.date(2020, 11, 9), "full") == "Montag, 9. November 2020"
    assert t.date_range(dt.date(2020, 11, 9), dt.date(2020, 11, 11)) == "9.–11. November 2020"
    ru = I18n().get("ru")
    assert ru.date_range(dt.date(2020, 11, 9), dt.date(2020, 11, 11)) == "9–11 ноября 2020\u202fг."
    assert ru.date_range(dt.date(2020, 10, 30), dt.date(2020, 11, 2)).count("2020") == 2


@pytest.mark.parametrize(
    ("code", "lang"),
    [
        ("ru", "ru"),
        ("uk", "ru"),
        ("be", "ru"),
        ("kk", "ru"),
        ("de", "de"),
        ("de-AT", "de"),
        ("en", "de"),
        ("pt-br", "de"),
        (None, "de"),
        ("", "de"),
        ("xx-!!", "de"),
    ],
)
def test_language_codes(code: str | None, lang: str) -> None:
    assert lang_for(code) == lang


def _babel_catalog(po_file: Path) -> gettext.GNUTranslations:
    """The catalog as Babel reads and compiles it, and gettext reads the result."""
    with po_file.open("rb") as fp:
        catalog = read_po(fp)
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


@pytest.mark.parametrize("lang", ["de", "ru"])
def test_the_catalogs_read_as_babel_and_gettext_read_them(lang: str) -> None:
    po_file = locales_path() / lang / "LC_MESSAGES" / "messages.po"
    ours, theirs = read_catalog(po_file), _babel_catalog(po_file)
    with po_file.open("rb") as fp:
        ids = [m.id for m in read_po(fp) if m.id]
    assert len(ids) > 100
    for msgid in ids:
        if isinstance(msgid, str):
            assert ours.gettext(msgid) == theirs.gettext(msgid), msgid
            continue
        one, many = msgid[0], msgid[1]
        for n in range(30):
            assert ours.ngettext(one, many, n) == theirs.ngettext(one, many, n), (msgid, n)
    assert ours.gettext("no such text") == "no such text"


def test_a_catalog_with_escapes_fuzzy_and_obsolete_entries(tmp_path: Path) -> None:
    po_file = tmp_path / "messages.po"
    po_file.write_text(
        '# a comment\n#, fuzzy\nmsgid ""\nmsgstr ""\n"Language: ru\\n"\n'
        '"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && '
        'n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"\n\n'
        'msgid "Say \\"hi\\""\nmsgstr ""\n"Скажи\\n"\n"\\"привет\\"\\t\\\\"\n\n'
        '#, fuzzy\nmsgid "Doubtful"\nmsgstr "Сомнительно"\n'
        'msgid "Untranslated"\nmsgstr ""\n\n'
        '#~ msgid "Gone"\n#~ msgstr "Ушло"\n\n'
        'msgid "{n} day"\nmsgid_plural "{n} days"\nmsgstr[0] "{n} день"\nmsgstr[1] "{n} дня"\n'
        'msgstr[2] "{n} дней"\n',
        "utf-8",
    )
    ours, theirs = read_catalog(po_file), _babel_catalog(po_file)
    for msgid in ('Say "hi"', "Doubtful", "Untranslated", "Gone"):
        assert ours.gettext(msgid) == theirs.gettext(msgid), msgid
    assert ours.gettext('Say "hi"') == 'Скажи\n"привет"\t\\'
    assert ours.gettext("Doubtful") == "Doubtful"
    for n in (1, 2, 5, 11, 21, 22, 25):
        assert ours.ngettext("{n} day", "{n} days", n) == theirs.ngettext("{n} day", "{n} days", n)
