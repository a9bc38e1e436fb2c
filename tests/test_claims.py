"""Yes/no claims, true, false and not given, asked in many ways: the verdict never lies.

Each claim is wrapped in ten ways of asking in its language ("…, oder?", "Ich hab gehört, ….
Stimmt das?", "… или я ошибаюсь?", "Правда ли, что …?"); the Russian ones are asked in Latin
letters too. A reply that opens with "yes" to a false claim or one not given, or with "no" to
a true one, fails. (Written knowing the engine: a check that these claims stay checked, not a
measure of how well it understands.)
"""

import itertools

import pytest

from bot.i18n import I18n
from bot.replies import result_reply
from bot.search import Engine
from bot.text import Lang

# (claim, truth): True is "yes", False "no", None not given (no verdict either way).
_CLAIMS_DE: list[tuple[str, bool | None]] = [
    ("die Mission war in Moskau", False),
    ("die Mission fand in Sachsen statt", True),
    ("die Mission ging über zwei Tage", False),
    ("die Mission war virtuell", True),
    ("Richter ist von der HIK", False),
    ("Richter ist von der WFS", True),
    ("Krainov hat über Elektroautos gesprochen", False),
    ("Wachtler hat über Elektroautos gesprochen", True),
    ("Nikitin hat IndustryStock vorgestellt", True),
    ("Ilmetow hat IndustryStock vorgestellt", False),
    ("es waren 16 russische Firmen dabei", True),
    ("es waren 20 russische Firmen dabei", False),
    ("die Z+intec ist in Dresden", False),
    ("die Z+intec ist in Leipzig", True),
    ("Nikitin hat den zweiten Tag eröffnet", True),
    ("Richter hat den zweiten Tag eröffnet", False),
    ("der Deep Tech Hub wurde vom SIBB initiiert", True),
    ("der Deep Tech Hub wurde vom AMZ initiiert", False),
    ("Ilmetow kommt aus Samara", True),
    ("Ilmetow kommt aus Saratow", False),
    ("der Redner vom APM hat über Elektroautos gesprochen", False),
    ("der Redner aus Samara hat den Automobilsektor seiner Region vorgestellt", True),
    ("der Vizeminister aus Samara hat IndustryStock vorgestellt", False),
    ("der Vertreter der WFS hat zur Z+intec eingeladen", True),
    ("der Vertreter der WFS hat den Deep Tech Hub vorgestellt", False),
    ("der Leiter des AMZ-Clusters hat über die EU-Strategie gesprochen", True),
    ("der russische Cluster war Mitveranstalter", True),
    ("die Plattform für Startups wurde vom SIBB initiiert", True),
    ("die Plattform für Startups wurde von der WFS initiiert", False),
    ("die Z+intec findet im März 2021 statt", True),
    ("die Z+intec findet im Mai 2021 statt", False),
    ("der Expertenkreis wurde 2020 gegründet", True),
    ("der Expertenkreis wurde 2019 gegründet", False),
    ("HUDWAY war unter den Teilnehmern", True),
    ("KAMAZ war unter den Teilnehmern", False),
    ("Richter und Ilmetow sprachen am selben Tag", True),
    ("Nikitin und Richter sprachen am selben Tag", False),
    ("über 70 Unternehmensvertreter haben teilgenommen", True),
    ("es gab vier Veranstalter", True),
    ("es gab drei Veranstalter", False),
    ("Wachtler leitet den Cluster APM", False),
    ("Krainov ist Geschäftsführer des APM", True),
    ("Wachtler sprach am ersten Tag", None),
    ("Krainov hat den dritten Tag eröffnet", None),
    ("der Chef des APM sprach am zweiten Tag", None),
    ("Wachtler sprach nach Krainov", None),
    ("Richter spricht Russisch", None),
    ("Nikitin ist in Moskau geboren", None),
    ("HUDWAY kommt aus Moskau", None),
    ("der SIBB sitzt in Potsdam", None),
    ("die Mission hat 5000 Euro gekostet", None),
    ("IndustryStock ist kostenlos", None),
    ("der Chef der HIK-Repräsentanz hat IndustryStock vorgestellt", True),
]
_CLAIMS_RU: list[tuple[str, bool | None]] = [
    ("миссия была в Москве", False),
    ("миссия прошла в Саксонии", True),
    ("миссия длилась два дня", False),
    ("миссия была виртуальной", True),
    ("Рихтер из ТПП", False),
    ("Рихтер из WFS", True),
    ("Крайнов говорил про электромобили", False),
    ("Вахтлер говорил про электромобили", True),
    ("Никитин представил IndustryStock", True),
    ("Ильметов представил IndustryStock", False),
    ("участвовало 16 российских компаний", True),
    ("участвовало 20 российских компаний", False),
    ("выставка Z+intec проходит в Дрездене", False),
    ("выставка Z+intec проходит в Лейпциге", True),
    ("Никитин открыл второй день", True),
    ("Рихтер открыл второй день", False),
    ("Deep Tech Hub инициировал SIBB", True),
    ("Deep Tech Hub инициировал AMZ", False),
    ("Ильметов из Самары", True),
    ("Ильметов из Саратова", False),
    ("руководитель APM говорил про электромобили", False),
    ("докладчик из Самары представил автомобильный сектор региона", True),
    ("замминистра из Самары представил IndustryStock", False),
    ("представитель WFS пригласил на выставку Z+intec", True),
    ("представитель WFS представил Deep Tech Hub", False),
    ("российский кластер был соорганизатором", True),
    ("платформу для стартапов инициировал SIBB", True),
    ("платформу для стартапов инициировало WFS", False),
    ("Z+intec пройдёт в марте 2021 года", True),
    ("Z+intec пройдёт в мае 2021 года", False),
    ("экспертный круг основан в 2020 году", True),
    ("экспертный круг основан в 2019 году", False),
    ("HUDWAY был среди участников", True),
    ("КАМАЗ был среди участников", False),
    ("Рихтер и Ильметов выступали в один день", True),
    ("Никитин и Рихтер выступали в один день", False),
    ("было четыре организатора", True),
    ("было три организатора", False),
    ("Вахтлер руководит кластером APM", False),
    ("Крайнов — гендиректор APM", True),
    ("Вахтлер выступал в первый день", None),
    ("Крайнов открыл третий день", None),
    ("глава APM выступал во второй день", None),
    ("Вахтлер выступал после Крайнова", None),
    ("Рихтер говорит по-русски", None),
    ("Никитин родился в Москве", None),
    ("HUDWAY из Москвы", None),
    ("SIBB находится в Потсдаме", None),
    ("участие в миссии стоило 5000 евро", None),
    ("IndustryStock бесплатный", None),
]
_WAYS_DE = [
    "{c}, oder?",
    "{c}, stimmt's?",
    "{c}, richtig?",
    "Hallo! {c}, oder irre ich mich?",
    "{c}? Oder verwechsle ich was?",
    "Ich hab gehört, {c}. Stimmt das?",
    "{c}, nicht wahr?",
    "{c} oder",
    "{c}, gell?",
    "Kurze Frage: {c}, ja?",
]
_WAYS_RU = [
    "{c}, да?",
    "{c}, верно?",
    "{c}, так?",
    "Здравствуйте! {c}, или я ошибаюсь?",
    "{c}? Или я что-то путаю?",
    "Мне сказали, что {c}. Это правда?",
    "{c}, не так ли?",
    "{c} или нет",
    "Правда ли, что {c}?",
    "Подскажите, {c}?",
]

_YES = ("Ja", "Да", "Richtig", "Верно", "Stimmt", "Das stimmt", "Это так")
_NO = ("Nein", "Нет", "Das stimmt nicht", "Это не так")
_LATIN = {
    "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya",
    "й": "j", "ы": "y", "ь": "'", "ъ": "", "э": "e", "ё": "e", "а": "a", "б": "b", "в": "v",
    "г": "g", "д": "d", "е": "e", "з": "z", "и": "i", "к": "k", "л": "l", "м": "m", "н": "n",
    "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
}  # fmt: skip


def _latin(text: str) -> str:
    """Russian as typed in Latin letters ("миссия была в Москве" → "missiya byla v moskve")."""
    return "".join(_LATIN.get(ch.lower(), ch) for ch in text)


def _wrong_verdicts(
    engine: Engine, i18n: I18n, lang: Lang, claims: list[tuple[str, bool | None]], ways: list[str]
) -> list[str]:
    wrong = []
    for (claim, truth), way in itertools.product(claims, ways):
        question = way.format(c=claim[0].upper() + claim[1:] if way.startswith("{c}") else claim)
        result = engine.ask(question, preferred=lang)
        text = result_reply(result, engine.kb, i18n.get(result.lang)).plain()
        no = text.startswith(_NO)
        yes = not no and text.startswith(_YES)
        if (yes and truth is not True) or (no and truth is True):
            wrong.append(f"{question} -> {text[:80]!r}")
    return wrong


@pytest.mark.parametrize("latin", [False, True])
def test_russian_claims_get_no_false_verdict(engine: Engine, i18n: I18n, latin: bool) -> None:
    claims = [(_latin(c), t) for c, t in _CLAIMS_RU] if latin else _CLAIMS_RU
    ways = [_latin(w) for w in _WAYS_RU] if latin else _WAYS_RU
    assert _wrong_verdicts(engine, i18n, "ru", claims, ways) == []


def test_german_claims_get_no_false_verdict(engine: Engine, i18n: I18n) -> None:
    assert _wrong_verdicts(engine, i18n, "de", _CLAIMS_DE, _WAYS_DE) == []
