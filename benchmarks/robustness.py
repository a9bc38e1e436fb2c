"""Robustness: how many right answers stay right when the same questions are typed otherwise.

Takes every labelled question the engine answers right (development parts, the first set and
the public samples; never the frozen parts) and asks it again retyped as participants type:
German without umlauts ("fur", "uber") or with them spelled out ("fuer"), dictated (small
letters, no punctuation), Russian in Cyrillic typed in Latin letters, a greeting in front,
thanks after, a sentence about the asker in front ("Мы небольшой завод из Ярославля, ищем
партнёров в Германии."), with one slip of the finger in one long word (a letter left out,
doubled, or two swapped: "Teilnehmr", "учасников", "Vortarg"), or with a courtesy in the
other language after ("… пожалуйста", "… bitte"). Prints, for each way, how many stay right;
no labels are needed beyond the ones the questions already have. Last, how many keep the
language of their reply when asked from a Telegram interface in the other language.

    python -m benchmarks.robustness [--show N] [--way TEXT]
"""

from __future__ import annotations

import argparse
import random
import re
import zlib
from collections.abc import Callable
from dataclasses import replace

from bot.evaluation import Case, evaluate, load_cases
from bot.i18n import I18n
from bot.knowledge import bundled_path, load
from bot.search import Engine
from tests.support.paths import DATA

Retyping = Callable[[Case, random.Random], str | None]

_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "Ä": "A", "Ö": "O", "Ü": "U", "ß": "ss"})
_SPELLED = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)
_LATIN = {
    **dict(zip("абвгдеёзийклмнопрстуфыэ", "abvgdeeziyklmnoprstufye", strict=True)),
    **{"ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ь": "", "ъ": ""},
    **{"ю": "yu", "я": "ya"},
}
_GREETINGS = {
    "de": ("Hallo zusammen! ", "Guten Tag, ", "Hi, kurze Frage: ", "Moin! "),
    "ru": ("Здравствуйте! ", "Привет, ", "Добрый день, вопрос: ", "Коллеги, добрый вечер! "),
    "latin": ("Privet! ", "Zdravstvuyte, "),
}
_THANKS = {
    "de": (" Danke!", " Vielen Dank im Voraus.", " Danke dir"),
    "ru": (" Спасибо!", " Заранее спасибо.", " Спасибо большое"),
    "latin": (" Spasibo!", " Zaranee spasibo."),
}
_COURTESY = {
    "de": (" пожалуйста", " спасибо", " Спасибо!"),
    "ru": (" bitte", " danke", " Danke!"),
}
_ABOUT_ME = {
    "de": (
        "Ich arbeite bei einem Zulieferer in Chemnitz und bereite gerade ein Meeting vor. ",
        "Wir sind ein kleiner Maschinenbauer aus Zwickau und überlegen, nach Russland zu "
        "exportieren. ",
        "Mein Chef hat mich gebeten, ein paar Dinge zur Mission herauszufinden. ",
    ),
    "ru": (
        "Я работаю в компании в Самаре, готовлю отчёт для руководства. ",
        "Мы небольшой завод из Ярославля, ищем партнёров в Германии. ",
        "Коллега попросил меня уточнить пару деталей по миссии. ",
    ),
    "latin": (
        "Ya rabotayu v kompanii v Samare, gotovlyu otchet dlya rukovodstva. ",
        "My nebolshoy zavod iz Yaroslavlya, ishchem partnerov v Germanii. ",
    ),
}


def _script(case: Case) -> str:
    return "latin" if case.lang == "ru" and case.q.isascii() else case.lang


def _changed(case: Case, text: str) -> str | None:
    return text if text != case.q else None


def _no_umlauts(case: Case, _: random.Random) -> str | None:
    return _changed(case, case.q.translate(_UMLAUTS)) if case.lang == "de" else None


def _umlauts_spelled(case: Case, _: random.Random) -> str | None:
    return _changed(case, case.q.translate(_SPELLED)) if case.lang == "de" else None


def _dictated(case: Case, _: random.Random) -> str | None:
    return _changed(case, re.sub(r"[?!.,;:«»\"„“()]", "", case.q).lower())


def _in_latin_letters(case: Case, _: random.Random) -> str | None:
    if case.lang != "ru" or not re.search("[а-яё]", case.q.lower()):
        return None
    letters = [(ch, _LATIN.get(ch.lower(), ch)) for ch in case.q]
    return "".join(t.capitalize() if ch.isupper() else t for ch, t in letters)


def _greeted(case: Case, rng: random.Random) -> str | None:
    return rng.choice(_GREETINGS[_script(case)]) + case.q


def _thanked(case: Case, rng: random.Random) -> str | None:
    return case.q + rng.choice(_THANKS[_script(case)])


def _said_who_asks(case: Case, rng: random.Random) -> str | None:
    return rng.choice(_ABOUT_ME[_script(case)]) + case.q


def _other_courtesy(case: Case, rng: random.Random) -> str | None:
    # Bilingual askers add a courtesy in the other language ("…?, пожалуйста", "… bitte").
    return case.q + rng.choice(_COURTESY[case.lang])


def _one_typo(case: Case, rng: random.Random) -> str | None:
    # Words of six letters or more, not abbreviations: a typo in "AMZ" is another name.
    found = [m for m in re.finditer(r"[^\W\d_]{6,}", case.q) if not m.group().isupper()]
    if not found:
        return None
    match = rng.choice(found)
    word, at = match.group(), rng.randrange(1, len(match.group()) - 1)  # the first letter stays
    slip = rng.choice(("left out", "doubled", "swapped"))
    if slip == "left out":
        word = word[:at] + word[at + 1 :]
    elif slip == "doubled":
        word = word[: at + 1] + word[at:]
    else:
        word = word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return _changed(case, case.q[: match.start()] + word + case.q[match.end() :])


WAYS: dict[str, Retyping] = {
    "German without umlauts": _no_umlauts,
    "German with umlauts spelled out": _umlauts_spelled,
    "dictated": _dictated,
    "Cyrillic typed in Latin letters": _in_latin_letters,
    "a greeting in front": _greeted,
    "thanks after": _thanked,
    "a sentence about the asker in front": _said_who_asks,
    "one typo in a long word": _one_typo,
    "a courtesy in the other language after": _other_courtesy,
}


_OTHER_INTERFACE = "asked from an interface in the other language"


def cases() -> list[Case]:
    files = [*sorted((DATA / "eval").glob("*dev*.yaml")), DATA / "questions.yaml"]
    files += sorted((DATA / "public").glob("*.yaml"))
    return [case for path in files for case in load_cases(path)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="print up to N broken ones a way")
    parser.add_argument("--way", help="only the ways whose name contains this text")
    ns = parser.parse_args()
    engine, i18n = Engine(load(bundled_path())), I18n()
    right = [o.case for o in evaluate(engine, i18n, cases()).outcomes if o.passed]
    print(f"{len(right)} questions answered right as written")
    for name, retype in WAYS.items():
        if ns.way and ns.way not in name:
            continue
        retyped = []
        for case in right:
            # Seeded by the question: it is retyped the same way on every run and by every
            # version of the code, whichever other questions that version answers right.
            text = retype(case, random.Random(zlib.crc32(f"{name}\n{case.q}".encode())))
            if text is not None:
                retyped.append(replace(case, q=text))
        outcomes = evaluate(engine, i18n, retyped).outcomes
        kept = sum(o.passed for o in outcomes)
        print(f"{name}: {kept} of {len(outcomes)} stay right ({kept / len(outcomes):.2%})")
        for o in [o for o in outcomes if not o.passed][: ns.show]:
            print(f"    {o.case.q!r}: {', '.join(o.problems)}")
    if not ns.way or ns.way in _OTHER_INTERFACE:
        # The reply's language follows the message, not the asker's Telegram interface.
        wrong = [
            case
            for case in right
            if engine.ask(case.q, preferred="ru" if case.lang == "de" else "de").lang != case.lang
        ]
        kept = len(right) - len(wrong)
        share = kept / len(right)
        print(f"{_OTHER_INTERFACE}: {kept} of {len(right)} keep the language ({share:.2%})")
        for case in wrong[: ns.show]:
            print(f"    {case.q!r}")


if __name__ == "__main__":
    main()
