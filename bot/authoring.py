"""Starting a new event file: a valid skeleton for organizers to fill in.

``mission-bot new-event NAME`` writes ``NAME.yaml`` with the event, one entry of each main
kind and a list, every text a ``TODO`` placeholder in German and Russian. The file passes
``mission-bot check`` as written (also beside the other event files: its entry ids start
with NAME), so organizers can fill it in step by step and check as they go.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from .knowledge import VOCABULARY_FILES, bundled_path

SCHEMA = "event.schema.json"
# Entry ids are NAME plus a suffix and must stay within the 56 characters ids may have.
MAX_NAME = 56 - len("-companies")
NAME = re.compile(rf"^[a-z0-9][a-z0-9._-]{{0,{MAX_NAME - 1}}}$")
_YEAR = re.compile(r"(?<![0-9])(20[0-9]{2})(?![0-9])")

TEMPLATE = """\
# yaml-language-server: $schema=./{schema}
# {name}: an event for Mission Bot. Replace every TODO (German under de:, Russian under
# ru:), delete what the event does not have, and add entries by copying one of a kind.
# Every key is described in docs/knowledge-format.md. After each change:
#   mission-bot check {name}.yaml

event:
  id: {name}
  name:
    de: TODO Name der Veranstaltung
    ru: TODO название мероприятия
  start: {start}  # TODO the first day
  end: {end}  # TODO the last day

entries:
  # ---------------------------------------------------------------- the event
  - id: {name}
    kind: event
    name:
      de: TODO Die Veranstaltung
      ru: TODO Мероприятие
    summary:
      de: TODO Datum, Ort und Thema in einer Zeile
      ru: TODO дата, место и тема одной строкой
    answer:
      de: >-
        TODO Wann und wo die Veranstaltung stattfindet, worum es geht, wer sie organisiert
        und wer teilnimmt.
      ru: >-
        TODO Когда и где проходит мероприятие, о чём оно, кто его организует и кто
        участвует.
    questions:
      de:
        - Wann findet die Veranstaltung statt?
        - Worum geht es bei der Veranstaltung?
      ru:
        - Когда проходит мероприятие?
        - О чём мероприятие?
    related: [{name}-organizer, {name}-day-1, {name}-companies]

  # ---------------------------------------------------------------- organizers
  - id: {name}-organizer
    kind: organizer
    name:
      de: TODO Name des Organisators
      ru: TODO название организатора
    aliases: [TODO Abkürzung, TODO сокращение]
    answer:
      de: TODO Wer der Organisator ist und was er bei der Veranstaltung tut.
      ru: TODO Кто организатор и что он делает на мероприятии.

  # ---------------------------------------------------------------- days
  - id: {name}-day-1
    kind: day
    day: 1
    date: {start}  # TODO the date of the first day
    name: {{de: Erster Tag, ru: Первый день}}
    answer:
      de: TODO Was am ersten Tag stattfindet.
      ru: TODO Что проходит в первый день.

  # ---------------------------------------------------------------- speakers
  - id: {name}-speaker
    kind: speaker
    day: 1
    organization: {name}-organizer
    name:
      de: TODO Vorname Nachname
      ru: TODO Имя Фамилия
    role:
      de: TODO Funktion
      ru: TODO должность
    answer:
      de: TODO Wer die Person ist und worüber sie sprach.
      ru: TODO Кто этот человек и о чём он говорил.
    # facts: {{heads: {name}-organizer}}  # optional: what the bot may reason with

  # ---------------------------------------------------------------- companies
  - id: {name}-company
    kind: company
    name:
      de: TODO Firmenname
      ru: TODO название компании
    answer:
      de: TODO Was die Firma macht und was sie vorstellte.
      ru: TODO Чем занимается компания и что она представила.

  # ---------------------------------------------------------------- lists
  - id: {name}-companies
    kind: list
    list_of: company
    name: {{de: Unternehmen, ru: Компании}}
    intro:
      de: "TODO Diese Unternehmen nahmen teil:"
      ru: "TODO В мероприятии участвовали компании:"
"""


class NewEventError(Exception):
    """The new event file cannot be written; the message says why and what to do."""


@dataclass(frozen=True)
class Written:
    """What :func:`write_new_event` wrote."""

    path: Path
    schema: Path | None  # the schema copied beside it, if the folder had none


def new_event_text(name: str, today: dt.date | None = None) -> str:
    """The skeleton of an event file; dates in the year NAME names, else this year."""
    year_in_name = _YEAR.search(name)
    year = int(year_in_name.group(1)) if year_in_name else (today or dt.date.today()).year
    start = dt.date(year, 1, 1)
    return TEMPLATE.format(name=name, schema=SCHEMA, start=start, end=start + dt.timedelta(days=1))


def write_new_event(name: str, folder: Path) -> Written:
    """Write ``NAME.yaml`` into ``folder``, never over an existing file.

    The event schema is copied beside it when the folder has none, so that the file's
    schema line resolves in editors.
    """
    name = name.removesuffix(".yaml").removesuffix(".yml")
    if not NAME.match(name):
        raise NewEventError(
            f"{name!r} is not a usable event name: use 1-{MAX_NAME} of a-z, 0-9, '-', '_', '.', "
            "starting with a letter or digit, like leipzig-2027"
        )
    if f"{name}.yaml" in VOCABULARY_FILES:
        raise NewEventError(f"{name}.yaml is the vocabulary file's name; choose another")
    if folder.exists() and not folder.is_dir():
        raise NewEventError(
            f"{folder} is a file, and the bot reads only that file there; give a knowledge "
            "folder with --knowledge or KNOWLEDGE_PATH"
        )
    if not folder.is_dir():
        raise NewEventError(f"there is no folder {folder}; create it first, or give another")
    path = folder / f"{name}.yaml"
    try:
        with path.open("x", encoding="utf-8") as out:
            out.write(new_event_text(name))
    except FileExistsError as exc:
        raise NewEventError(
            f"{path} already exists and is left as it is; choose another name or remove it"
        ) from exc
    except OSError as exc:
        raise NewEventError(f"cannot write {path}: {exc.strerror}") from exc
    schema = folder / SCHEMA
    if schema.exists():
        return Written(path, None)
    try:
        shutil.copyfile(bundled_path() / SCHEMA, schema)
    except OSError:
        return Written(path, None)  # editors then only lack completion
    return Written(path, schema)
