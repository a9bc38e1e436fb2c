"""Text normalisation for German and Russian: folding, transliteration, language detection.

Everything here is pure and Telegram-free. The central idea is a *match key*: both the
knowledge base and the user's question are reduced to the same phonetic Latin spelling, so
that ``Krainov``, ``Krajnow`` and ``Крайнов`` all become ``krainov``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Literal, TypeVar

Lang = Literal["de", "ru"]
_NONE: Mapping[str, str] = MappingProxyType({})
LANGS: tuple[Lang, ...] = ("de", "ru")

_CYR_TO_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "i", "ь": "", "э": "e", "ю": "iu",
    "я": "ia", "і": "i", "ї": "i", "є": "e", "ў": "u", "ґ": "g",
}  # fmt: skip

# Applied in order to a transliterated, lower-case word: German and English spellings of
# Russian names (Krajnow, Krainov) and Russian spellings of German ones (Вахтлер) meet.
_PHONETIC = (
    ("tsch", "ch"),
    ("sch", "sh"),
    ("zh", "sh"),
    ("kh", "h"),
    ("ch", "h"),
    ("ck", "k"),
    ("ph", "f"),
    ("qu", "kv"),
    ("x", "ks"),
    ("w", "v"),
    ("y", "i"),
    ("j", "i"),
    ("c", "k"),
)
# Letters that need no Unicode decomposition: ASCII and the Cyrillic alphabet without ё/й.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyz0123456789абвгдежзиклмнопрстуфхцчшщъыьэюя.-+'’")
_REPEATS = re.compile(r"([^\W\d])\1+")  # "Telllll" is "Tel"; "11" stays eleven
_NON_KEY = re.compile(r"[^a-z0-9]")
_WORD = re.compile(r"[^\W_]+(?:[.'’+-][^\W_]+)*", re.UNICODE)
_INNER = re.compile(r"[.'’+-]")
_CYRILLIC = re.compile(r"[а-яёіїєўґ]")
_LATIN = re.compile(r"[a-zäöüß]")
_LETTER = re.compile(r"[^\W\d_]")
# Latin (with the accented letters of Latin-1 and Latin Extended-A) and Cyrillic letters.
_OURS = re.compile(r"[A-Za-zÀ-ÖØ-öø-ſЀ-ӿ]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")

# Words that carry no meaning for matching. Question words are kept (see QUESTION_WORDS).
STOP_WORDS: dict[Lang, frozenset[str]] = {
    "de": frozenset(
        """
        der die das den dem des ein eine einer eines einem einen und oder aber auch noch
        in im ins an am auf aus bei beim mit von vom zu zum zur fur uber unter um nach vor durch
        ist war waren sind sei wird wurde wurden werden worden hat haben hatte hatten habe
        es er sie ihr ihn ihm ich du mir mich dir dich wir uns euch man sich dies diese dieser
        diesem diesen
        dieses denn dann da so ja nein nicht kein keine mal bitte danke gerne gern etwas
        gibt gab geben kann kannst konnen konnte konntest mochte will wollen sag sage sagen
        erzahl erzahle erzahlen erklar erklare nenne nennen zeig zeige mehr genau eigentlich
        mitteilen mitzuteilen
        alle alles allen aller ganz sehr viel viele hallo hi hey guten tag infos info
        informationen information dazu daruber davon dort hier mein meine dein deine bzw
        zb gewesen genannt bekannt weisst weiss wissen fand statt findet
        stattgefunden stattfand andere anderen anderer anderes liste ubersicht aufzahlung
        nochmal uberhaupt eigentlich denn herr herrn frau dr prof meiner meinem meinen
        unser unsere unserer unserem unseren deiner deinem deinen
        ahm ah aeh aehm hm halt sozusagen quasi ner nem nen einfach einfachen worten sache
        denen deren dessen ganze ganzen ganzes kurz kurze
        also weil jetzt zwar wohl doch eben gerade nämlich namlich obwohl damit sondern sowie
        ungefähr ungefahr circa vielleicht wirklich natürlich naturlich bestimmt sicher
        jedenfalls übrigens ubrigens trotzdem deshalb deswegen darum daher dafür dafur
        dagegen damals irgendwie irgendwas irgendein irgendeine irgendwer irgendwo hast
        habt bin bist seid sollte sollten soll sollen muss musst müssen mussen darf dürfen
        durfen mag magst möchte möchten mochten weiß wisst kennst kenne kennt sagt meinst
        glaube glaubst denke denkst finde findest finden besten gelesen gesehen erfahren
        frage fragt gefragt herzlichen jemand jmd jmdn jmdm niemand nichts seite seiten
        selbst selber dran drauf slot slots dachte dachten gedacht meinte meinten
        fuer ueber ueberhaupt uebrigens uebersicht ungefaehr natuerlich naemlich dafuer
        bezug bezüglich bezuglich bezueglich hinsichtlich
        koennen koennte moechte moechten muessen duerfen erzaehl erzaehle erzaehlen
        erklaer erklaere aufzaehlung inhaltlich
        angeblich vermutlich bekanntlich offenbar offensichtlich anscheinend scheinbar
        tatsachlich tatsaechlich hoffentlich leider zufallig zufaellig ausserdem ebenfalls
        womoglich moglicherweise moeglicherweise
        wollte wollten wolltest würde würden wuerde wuerden
        kommt kommen stammt stammen
        bestimmte bestimmtes bestimmten bestimmter bezog bezogen bezieht beziehen
        sein seien wäre waere wären waeren
        ihre ihrer ihrem ihren ihres ihnen euer eure eurer eurem euren eures sowas
        """.split()
    ),
    "ru": frozenset(
        """
        и в во на с со по о об обо от до из изо к ко у за для а но или же ли бы не ни что
        это этот эта эти этой этом этого как так там тут тоже также еще уже вот был была
        было были быть есть будет я ты он она оно мы вы они мне меня тебе тебя нам нас вам
        вас им их его ее её себя свой своя свои своё свое своей своего своём своем своих своим
        свою своими мой моя мои твой пожалуйста спасибо
        расскажи расскажите скажи скажите подскажи подскажите покажи покажите знаешь
        можно могу можешь хочу хотел хотела узнать про привет здравствуйте добрый день
        информация информацию инфо подробнее подробно такой такая такие такое такого
        вообще всё все всех всем очень много ну да нет ведь другие другими других
        господин госпожа доктор профессор список списка списку списком перечень перечисли
        перечислите штук штуки штука
        что-нибудь что-то кто-то кто-нибудь нибудь то моей моего моём моем наш наша наше
        наши нашей нашего нашем наших именно
        короче кароч короч карочь типа значит слушай слушайте кстати блин простыми словами
        потому поэтому чтобы тогда хотя либо просто наверное кажется конечно может
        возможно ладно вроде как-то какой-то какая-то какие-то какое-то кое где-то сейчас
        теперь сегодня вчера завтра здесь туда сюда ничего любой мной нами вами ей ими него
        ней будут нужно нужны нужен нужна надо хотим хотели знаю знаем знаете слышал слышала
        слышали читал читала видел видела увидел увидела сторона стороны сторон стороне
        сторону сам сама само сами самого самой самом думал думала думали думаю казалось считал
        считала момент
        самая самое самые самой самых самую самым самыми самого самом самый
        """.split()
    ),
}
# Either language's: a word that carries no meaning in the one or the other.
ANY_STOP_WORDS: frozenset[str] = STOP_WORDS["de"] | STOP_WORDS["ru"]

# Question words: weak evidence when matched, a small cost when the entry lacks them.
QUESTION_WORDS: dict[Lang, frozenset[str]] = {
    "de": frozenset(
        "wer wen wem wessen was wann wo woher wohin wie welche welcher welches welchen "
        "welchem warum wieso weshalb wozu womit worum woruber wieviel wieviele "
        "wofur wofuer worueber wovon wodurch woraus".split()
    ),
    "ru": frozenset(
        "кто кого кому кем ком что чего чем чём когда где откуда куда как какой какая какие "
        "каких каким какое какую почему зачем сколько чей чья чьи чему каком какому какими "
        "чьё чьего чьей чьим скольких".split()
    ),
}


# A part in brackets: "Wirtschaftsförderung Sachsen (WFS)".
BRACKETS = re.compile(r"\(([^()]*)\)")


def has_cyrillic(text: str) -> bool:
    """Whether the text has a Cyrillic letter (either case)."""
    return _CYRILLIC.search(text.lower()) is not None


def has_latin(text: str) -> bool:
    """Whether the text has a Latin letter, umlauts and ß included (either case)."""
    return _LATIN.search(text.lower()) is not None


def clean(text: str) -> str:
    """Remove control and bidi characters and fold Unicode compatibility forms."""
    text = unicodedata.normalize("NFKC", text)
    return _CONTROL.sub(" ", text)


@lru_cache(maxsize=65536)
def simplify(word: str) -> str:
    """Lower-case, ё→е, ß→ss, č→ch, umlauts and accents dropped; scripts are kept as they are."""
    word = word.lower()
    if word.isascii():
        return word
    word = word.replace("ё", "е").replace("ß", "ss")
    # Russian typed with háčeks ("točnye", "Šadrinsk", "žurnal") as with digraphs.
    word = word.replace("č", "ch").replace("š", "sh").replace("ž", "zh")
    if all(ch in _PLAIN for ch in word):
        return word
    decomposed = unicodedata.normalize("NFD", word)
    # Keep the breve of й (it is a letter of its own); drop every other combining mark.
    kept: list[str] = []
    for ch in decomposed:
        if unicodedata.combining(ch) and not (ch == "\u0306" and kept and kept[-1] == "и"):
            continue
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


@lru_cache(maxsize=1024)
def words(text: str) -> tuple[str, ...]:
    """Split text into simplified words (letters and digits; inner ``.-+'`` kept).

    Cached: one question is split by language detection, matching and the gap check.
    """
    return tuple(simplify(w) for w in _WORD.findall(clean(text)))


def transliterate(word: str) -> str:
    """Cyrillic letters to a plain Latin spelling; other characters are kept."""
    return "".join(_CYR_TO_LAT.get(ch, ch) for ch in word)


@lru_cache(maxsize=65536)
def match_key(word: str) -> str:
    """The phonetic Latin key of one simplified word, used for all matching."""
    key = transliterate(simplify(word))
    key = _NON_KEY.sub("", key)
    for old, new in _PHONETIC:
        key = key.replace(old, new)
    return _REPEATS.sub(r"\1", key)


def tokens(
    text: str, synonyms: Mapping[str, str] = _NONE, domain: frozenset[str] = frozenset()
) -> list[tuple[str, float]]:
    """Match keys of the meaningful words of a text, each with its weight.

    Stop words are dropped; question words weigh 0.3 and ``domain`` words (those every
    question is about, ``Mission``) 0.5; words joined by ``-.+'`` count as their parts;
    ``synonyms`` (match key → key of its group) and month names share one key; duplicates
    are removed while order is kept.
    """
    seen: set[str] = set()
    result: list[tuple[str, float]] = []
    for word in words(_expand_dates(text)):
        if word in STOP_WORDS["de"] or word in STOP_WORDS["ru"]:
            continue
        for part in _INNER.split(word):
            if not part or part in STOP_WORDS["de"] or part in STOP_WORDS["ru"]:
                continue
            key = match_key(part)
            key = synonyms.get(key, key)
            if key and key not in seen:
                seen.add(key)
                result.append((key, _weight(part, key, domain)))
    return result


def _weight(word: str, key: str, domain: frozenset[str]) -> float:
    if word in QUESTION_WORDS["de"] or word in QUESTION_WORDS["ru"]:
        return 0.3
    if key in domain:
        return 0.5
    return 1.0


def _expand_dates(text: str) -> str:
    """``10.11.`` and ``10.11.2020`` become ``10 november 2020``, as the knowledge base writes."""

    def repl(m: re.Match[str]) -> str:
        day, month, year = m.group(1), int(m.group(2)), m.group(3) or ""
        return f"{day} {_MONTHS[month - 1]} {year}" if 1 <= month <= 12 else m.group(0)

    return NUMERIC_DATE.sub(repl, text)


def text_keys(text: str) -> list[str]:
    """The match keys of a text's words, in order (a role, an answer, a fact's text)."""
    return [match_key(w) for w in words(text)]


def compound_keys(text: str) -> list[str]:
    """Keys of joined words written as one ("Deep-Tech" → "deeptech"), for the index."""
    return [match_key(w) for w in words(text) if _INNER.search(w)]


def common_prefix(a: str, b: str) -> int:
    """Length of the common beginning of two strings."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


# Courtesies bilingual askers add in the other language ("…, пожалуйста", "… danke").
COURTESY = frozenset(
    "пожалуйста спасибо ну привет здравствуйте bitte danke please thanks plz pls".split()
)


def detect_language(text: str, preferred: Lang | None = None, *, bare: bool = True) -> Lang:
    """Tell whether a question is German or Russian.

    Function words decide first (``Кто такой Alexej Ilmetow?`` is Russian, ``Wer ist
    Алексей Ильметов?`` is German), then the script of the words; ``preferred`` breaks ties.
    Without function words ``preferred`` decides: a bare name ("Nikitin", "Томас Рихтер")
    or a word both languages write alike ("direktor") says little of the asker's language.
    ``bare=False``: the names are left out, so a word in Cyrillic is the asker's own, typed by
    a Russian asker whatever the interface ("Шадринский завод участвовал?": "участвовал").
    """
    score, function_words, typed_cyrillic, asked_in = _scores(text)
    if score["de"] == score["ru"]:
        return preferred or "de"
    if set(asked_in) == set(LANGS) and typed_cyrillic:
        # "wer hat das alles organisiert, кто организаторы были?": asked twice, once in each
        # language; the asker reads both, so his interface's, else the one he began in.
        return preferred or asked_in[0]
    if preferred and not function_words and (bare or not typed_cyrillic):
        return preferred
    return "ru" if score["ru"] > score["de"] else "de"


def _scores(text: str) -> tuple[dict[Lang, float], bool, bool, list[Lang]]:
    """How much the words say for each language, and what else they show.

    Also whether a function word or a Cyrillic word was typed, and the languages of the
    question words in order.
    """
    score: dict[Lang, float] = {"de": 0.0, "ru": 0.0}
    function_words = typed_cyrillic = False
    asked_in: list[Lang] = []  # the languages of the question words, in order
    # "Link zur Aufzeichnung, пожалуйста?", "Guten Morgen, привет!": a courtesy added in
    # the other language tells nothing, unless it is all there is ("Привет!").
    said = words(text)
    # "HUDWAY und ctp.aero, waren die beide dabei или нет?": a tag asking yes or no at the
    # end tells nothing when the words before it ask in the other script.
    for n in (2, 1):
        tail, rest = said[-n:], said[:-n]
        if len(rest) > 2 and tail in _TAGS and {_script(tail), _script(rest)} == _BOTH:
            said = rest
            break
    for word in [w for w in said if w not in COURTESY] or said:
        cyrillic = bool(_CYRILLIC.search(word))
        typed_cyrillic = typed_cyrillic or cyrillic
        for lang in LANGS:
            # A question word weighs most: it is in the language the asker asks in
            # ("Der Typ vom AMZ — как его звали?").
            if word in QUESTION_WORDS[lang]:
                score[lang] += 4.0
                function_words = True
                asked_in.append(lang)
            elif word in STOP_WORDS[lang]:
                score[lang] += 2.0
                function_words = True
        if cyrillic and word in STOP_WORDS["ru"] and len(word) > 1:
            # A Russian function word in Cyrillic is typed by a Russian asker, whatever
            # German words follow ("Никитин — он Doktor oder nicht?"); not a preposition
            # inside a name quoted ("„Представительство ТПП РФ в Германии“").
            score["ru"] += 4.0
        if cyrillic:
            # Much more than a Latin word: Russian askers type "email", a brand or a German
            # phrase in Latin letters, German ones type no Cyrillic but names ("Дайте email
            # Никитина", "Рихтер пригласил на какую выставку? wann und wo?" are Russian).
            score["ru"] += 2.5
        elif _LATIN.search(word):
            score["de"] += 1.0
    return score, function_words, typed_cyrillic, asked_in


def clear_language(text: str) -> Lang | None:
    """The language a sentence is plainly in, or None when its words say both or too little.

    Plain: a Cyrillic word, or a function word and a word, for one language, and at
    most a quarter of that for the other ("Und Uljanowsk?", "участвовала?" are; a lone word
    in Latin letters, "direktor?", is not).
    """
    score = _scores(text)[0]
    high, low = sorted(score.values(), reverse=True)
    if high < 2.5 or low * 4 > high:
        return None
    return "ru" if score["ru"] > score["de"] else "de"


# Yes/no tags a message ends with: "…, или нет?", "…, oder?".
_TAGS = frozenset(
    tuple(simplify(w) for w in tag.split())
    for tag in (
        "или нет",
        "да",
        "верно",
        "правда",
        "не так ли",
        "так ведь",
        "oder",
        "oder nicht",
        "ja",
        "gell",
        "nicht wahr",
        "stimmts",
        "richtig",
    )
)


_BOTH = {"cyrillic", "latin"}


def _script(said: tuple[str, ...]) -> str:
    """The words' script: cyrillic or latin when all are in it, else mixed."""
    cyrillic = sum(bool(_CYRILLIC.search(w)) for w in said)
    return "cyrillic" if cyrillic == len(said) else "latin" if not cyrillic else "mixed"


_K = TypeVar("_K")
_V = TypeVar("_V")


class Kept(dict[_K, _V]):
    """Results kept for looking up again, at most ``size`` of them.

    Questions use the same few hundred words again; a stream of new ones empties the store
    rather than growing it, and what is asked again after that is computed again.
    """

    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def keep(self, key: _K, value: _V) -> _V:
        """Keep ``value`` under ``key`` (emptying the store first when full); return it."""
        if len(self) >= self.size:
            self.clear()
        self[key] = value
        return value


class LetterModel:
    """How much a word looks Russian rather than German, by the letter triples of its key.

    Learnt from texts in each language (the knowledge's own answers and questions): the
    keys of Russian words written in Cyrillic and typed in Latin letters are alike
    ("должность", "dolzhnost": "dolshnost"), so "meropriyatiya" or "dolzhnost" tell a
    question typed in Latin letters as Russian where no function word does.
    """

    # Letter triples learnt per language at most: the shipped texts have about 11,000; a
    # knowledge base of thousands of entries teaches nothing more after this many.
    LIMIT = 60_000
    KEPT = 16_384  # words whose judgement is kept (see russian)

    def __init__(self, texts: Mapping[Lang, Iterable[str]], skip: Iterable[str] = ()) -> None:
        """``skip``: keys not to learn from (names, which are alike in both languages)."""
        skipped = frozenset(skip)
        counts: dict[Lang, Counter[str]] = {lang: Counter() for lang in LANGS}
        for lang, parts in texts.items():
            learnt = 0
            for text in parts:
                if learnt >= self.LIMIT:
                    break
                for word in words(text):
                    key = match_key(word)
                    if len(key) >= 3 and key not in skipped:
                        triples = _triples(key)
                        counts[lang].update(triples)
                        learnt += len(triples)
        seen = len(set(counts["de"]) | set(counts["ru"])) + 1
        totals = {lang: sum(counts[lang].values()) + seen for lang in LANGS}
        # Add-one smoothing: a triple one language never has costs it, not infinitely.
        self._unseen = {lang: math.log(1 / totals[lang]) for lang in LANGS}
        self._log = {
            lang: {t: math.log((n + 1) / totals[lang]) for t, n in counts[lang].items()}
            for lang in LANGS
        }
        # Words judged before: questions use the same words again.
        self._judged: Kept[str, float] = Kept(self.KEPT)

    def russian(self, key: str) -> float:
        """The log-likelihood ratio Russian : German per letter triple of a match key."""
        found = self._judged.get(key)
        if found is None:
            triples = _triples(key)
            ru, de = self._log["ru"], self._log["de"]
            found = self._judged.keep(
                key,
                sum(ru.get(t, self._unseen["ru"]) - de.get(t, self._unseen["de"]) for t in triples)
                / len(triples),
            )
        return found


def _triples(key: str) -> list[str]:
    padded = f"^{key}$"
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


_LAT_TO_CYR = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"),
    ("ts", "ц"), ("yu", "ю"), ("ju", "ю"), ("ya", "я"), ("ja", "я"),
    ("yo", "ё"), ("jo", "ё"), ("iy", "ий"), ("yj", "ый"), ("ij", "ий"), ("yi", "ый"),
    ("ye", "е"), ("'", "ь"), ("’", "ь"), ("x", "кс"), ("w", "в"), ("q", "к"),
)  # fmt: skip
_LAT_LETTERS = dict(zip("abvgdezijklmnoprstufhcy", "абвгдезийклмнопрстуфхцы", strict=True))
_LAT_LETTERS["j"] = "й"
_LAT_WORD = re.compile(r"[a-z'’]+")
_FOUR = re.compile(r"(?<![\w.,])4(?=[a-z]{2})|(?<=[a-z])4(?=[a-z])")
_YE_ENDING = re.compile(r"([bcdfgklmnprstvz]|i)y?ye$")


def to_cyrillic(text: str) -> str:
    """Russian typed in Latin letters back in Cyrillic (``kto vystupal`` → ``кто выступал``).

    The usual ways of typing are folded (``zh``/``j``, ``ya``/``ja``, ``y``/``i``); the
    result is for matching, not for display, and need not be spelled perfectly.
    """

    def word(m: re.Match[str]) -> str:
        # "kakiye", "kotorye", "novye": ие / ые at the end (a "ye" elsewhere is е: "yeshche").
        w = _YE_ENDING.sub(lambda e: "ие" if e.group(1) == "i" else e.group(1) + "ые", m.group(0))
        for latin, cyrillic in _LAT_TO_CYR:
            w = w.replace(latin, cyrillic)
        # A "j" or "y" after a vowel is й: "kakoj", "kakoy".
        w = re.sub(r"(?<=[aeiouаеёиоуыэюя])[jy]", "й", w)
        return "".join(_LAT_LETTERS.get(ch, ch) for ch in w)

    # Chat spelling writes ч as "4": "4to", "4isla".
    return _LAT_WORD.sub(word, _FOUR.sub("ch", text.lower()))


def has_letters(text: str) -> bool:
    """Whether the text contains at least one letter or digit of any script."""
    return any(ch.isalnum() for ch in text)


def is_foreign(text: str) -> bool:
    """Whether a text is written mostly in a script other than Latin or Cyrillic."""
    letters = len(_LETTER.findall(text))
    return bool(letters) and len(_OURS.findall(text)) / letters < 0.5


_MONTHS = (
    "januar", "februar", "marz", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "dezember",
)  # fmt: skip
# "am 10.11.", "10.11.2020", and in chat without the last point: "что было 10.11?".
NUMERIC_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})(?:\.(?:(\d{4})\b)?|(?![\d.,]))")


# Small numbers, tens and a hundred in words (Russian also in the genitive: "больше
# семидесяти"); "ein" and "один" are articles as often as numbers and left out. Keys are as
# words() gives them (umlauts dropped).
_NUMBER_WORDS = {
    w: n
    for n, group in (
        (2, "zwei два две двух двое двоих"), (3, "drei три трех трое троих"),
        (4, "vier четыре четырех четверо четверых"), (5, "funf fuenf пять пяти пятеро пятерых"),
        (6, "sechs шесть шести шестеро"), (7, "sieben семь семи семеро"),
        (8, "acht восемь восьми"), (9, "neun девять девяти"), (10, "zehn десять десяти"),
        (11, "elf одиннадцать одиннадцати"), (12, "zwolf zwoelf двенадцать двенадцати"),
        (13, "dreizehn тринадцать тринадцати"), (14, "vierzehn четырнадцать четырнадцати"),
        (15, "funfzehn fuenfzehn пятнадцать пятнадцати"),
        (16, "sechzehn шестнадцать шестнадцати"), (20, "zwanzig двадцать двадцати"),
        (30, "dreissig тридцать тридцати"), (40, "vierzig сорок"),
        (50, "funfzig fuenfzig пятьдесят пятидесяти"), (60, "sechzig шестьдесят шестидесяти"),
        (70, "siebzig семьдесят семидесяти"), (80, "achtzig восемьдесят восьмидесяти"),
        (90, "neunzig девяносто"),
        (100, "hundert einhundert сто ста сотня"),
    )
    for w in group.split()
}  # fmt: skip


# Number words as often typed without the soft sign, mostly in Latin letters ("semdesyat").
_NUMBER_WORDS_HARD = {w.replace("ь", ""): n for w, n in _NUMBER_WORDS.items() if "ь" in w}

# Days of a month as ordinal words, by their stem: "am elften November", "девятого ноября".
_DAY_ORDINALS = {
    w: n
    for n, group in (
        (1, "erst перв"), (2, "zweit втор"), (3, "dritt трет"), (4, "viert четверт четвёрт"),
        (5, "funft fuenft пят"), (6, "sechst шест"), (7, "siebt siebent седьм"),
        (8, "acht восьм"), (9, "neunt девят"), (10, "zehnt десят"), (11, "elft одиннадцат"),
        (12, "zwolft zwoelft двенадцат"), (13, "dreizehnt тринадцат"),
        (14, "vierzehnt четырнадцат"), (15, "funfzehnt fuenfzehnt пятнадцат"),
        (16, "sechzehnt шестнадцат"), (17, "siebzehnt семнадцат"), (18, "achtzehnt восемнадцат"),
        (19, "neunzehnt девятнадцат"), (20, "zwanzigst двадцат"), (30, "dreissigst тридцат"),
    )
    for w in group.split()
}  # fmt: skip
_DAY_ORDINAL_ENDINGS = ("en", "e", "er", "ого", "ое", "ье", "ьего", "его", "ом")


def day_ordinal(word: str) -> int | None:
    """The day of a month an ordinal word names ("elften" → 11, "devyatogo" → 9), or None."""
    word = word.lower().replace("ä", "a").replace("ü", "u").replace("ö", "o")
    word = word.replace("ß", "ss")
    forms = [word] + ([to_cyrillic(word)] if not has_cyrillic(word) else [])
    for form in forms:
        for ending in _DAY_ORDINAL_ENDINGS:
            if form.endswith(ending) and (n := _DAY_ORDINALS.get(form[: -len(ending)])):
                return n
    return None


_SPELLED_DATE = re.compile(
    r"\b(?P<day>\w+)\s+(?:(?P<de>januar|februar|märz|maerz|marz|april|mai|juni|juli|august|"
    r"september|oktober|november|dezember)|(?P<ru>январ\w*|феврал\w*|март\w*|апрел\w*|ма[яе]|"
    r"июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*|yanvar\w*|fevral\w*|"
    r"marta?|aprel\w*|ma[yj]a|iyun\w*|iyul\w*|avgust\w*|sent[yi]abr\w*|okt[yi]abr\w*|"
    r"no[yi]abr\w*|dekabr\w*))\b",
    re.IGNORECASE,
)


def spelled_dates(text: str) -> str:
    """Days of a month in ordinal words written in figures, as dates are usually written.

    "am elften November" → "am 11. November", "devyatogo noyabrya" → "9 noyabrya"; and
    years said by their last two figures: "в двадцатом году" → "в 2020 году".
    """

    def repl(m: re.Match[str]) -> str:
        day = day_ordinal(m.group("day"))
        if day is None:
            return m.group(0)
        month = m.group("de") or m.group("ru")
        return f"{day}. {month}" if m.group("de") else f"{day} {month}"

    def before(m: re.Match[str]) -> str:
        day = day_ordinal(m.group(1))
        return m.group(0) if day is None else f"{day}{m.group(4)} {m.group(2)} {m.group(3)}"

    def year(m: re.Match[str]) -> str:
        said = m.group("year")
        n = int(said) if said.isdigit() else day_ordinal(said)
        if n is not None and m.group("twenty") and not said.isdigit():
            n += 20  # "в двадцать первом году"
        if n is None or not 10 <= n <= 30:
            return m.group(0)
        return f"{2000 + n} {m.group('word')}"

    # "vom neunten bis elften November": the first day too. "09/11/2020" is "09.11.2020" (day
    # first, as in German and Russian).
    text = _SLASH_DATE.sub(r"\1.\2.\3", text)
    text = _SPELLED_RANGE.sub(before, _SPELLED_DATE.sub(repl, text))
    # "в двадцатом году", "v 21 godu": a year said by its last two figures.
    return _SHORT_YEAR.sub(year, text)


_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b")
_SHORT_YEAR = re.compile(
    r"\b(?:(?P<twenty>двадцать|dvadtsat|dvadcat)\s+)?(?P<year>\d\d|[^\W\d_]+)\s+"
    r"(?P<word>году|год|года|godu|god|goda)\b",
    re.IGNORECASE,
)


_SPELLED_RANGE = re.compile(
    r"\b(\w+)\s+(bis|und|oder|по|до|и|или|po|do|i|ili)\s+(\d{1,2}(\.?))(?=\s)", re.IGNORECASE
)


def numbers(text: str, years: bool = False, spelled: bool = True) -> list[int]:
    """The numbers a text states, in digits or (``spelled``) small number words.

    Years only if asked; "ein"/"один" never (they are articles as often as numbers).
    """
    found = []
    for word in words(text.lower().replace("-", " ")):  # "Zwei-Tages-Ding"
        if word.isdigit() and (years or not (len(word) == 4 and word[:2] in ("19", "20"))):
            found.append(int(word))
        elif spelled and word in _NUMBER_WORDS:
            found.append(_NUMBER_WORDS[word])
        elif spelled and word in _NUMBER_WORDS_HARD:
            found.append(_NUMBER_WORDS_HARD[word])
    return found


def has_number(text: str) -> bool:
    """Whether ``text`` states a number other than a year ("drei Tage", "über 70")."""
    return bool(numbers(text))
