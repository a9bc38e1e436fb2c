from __future__ import annotations

import html

from bot.facts import Statement
from bot.i18n import I18n
from bot.knowledge import KnowledgeBase, Text
from bot.replies import Reply, html_chunks, programme_reply, result_reply
from bot.search import Engine, Result
from tests.support.html import parse_html


def test_short_reply_is_one_message() -> None:
    assert html_chunks(Reply("a & b", "T<1>")) == ("<b>T&lt;1&gt;</b>\n\na &amp; b",)


def test_chunks_respect_the_limit_and_stay_valid() -> None:
    body = "\n".join(f"Zeile {i} mit <Zeichen> & Sonderzeichen" for i in range(400))
    chunks = html_chunks(Reply(body, "Titel"), limit=1000)
    assert len(chunks) > 1
    assert all(len(c) <= 1000 for c in chunks)
    visible = "\n".join(parse_html(c) for c in chunks)
    assert visible.count("<Zeichen>") == 400
    assert chunks[0].startswith("<b>Titel</b>")


def test_one_huge_line_is_cut_without_breaking_escapes() -> None:
    line = "&" * 3000 + " " + "<" * 3000
    chunks = html_chunks(Reply(line), limit=4096)
    assert all(len(c) <= 4096 for c in chunks)
    assert "".join(parse_html(c) for c in chunks).replace(" ", "") == line.replace(" ", "")
    for chunk in chunks:
        assert html.unescape(chunk) == parse_html(chunk)


def test_programme_lists_speakers_by_day(kb: KnowledgeBase) -> None:
    text = programme_reply(kb, I18n().get("de")).plain()
    day1 = text.index("Montag, 9. November 2020")
    day2 = text.index("Dienstag, 10. November 2020")
    assert day1 < text.index("Thomas Richter") < day2 < text.index("Dr. Sergey Nikitin")
    assert "Mittwoch, 11. November 2020" in text


def test_what_is_known_names_a_company_once_though_its_name_has_another_bracket(
    engine: Engine, i18n: I18n
) -> None:
    # "Бакулин Моторс Групп (Волгабас)" and its summary "Бакулин Моторс Групп (Волгабас;
    # Bakulin Motors Group) — одна из …": the summary names it; no heading of the name.
    result = engine.ask("Сколько сотрудников в Волгабасе?")
    text = result_reply(result, engine.kb, i18n.get("ru")).plain()
    assert not result.answered and text.count("Бакулин Моторс Групп") == 1


def test_every_fact_of_the_knowledge_is_named_in_both_languages(kb: KnowledgeBase) -> None:
    # A value said from the facts is led by the fact's name ("Expertenkreis — Jahr: 2020");
    # it read "year" where no label was given.
    internal = {"note", "unnamed"}
    for entry in kb.entries:
        for fact in set(entry.facts) - internal:
            if not all(isinstance(v, (str, int, Text)) for v in entry.fact(fact)):
                continue
            said = Statement("value", entry, fact, values=entry.fact(fact))
            result = Result("?", "de", True, None, (), "answered", (said,))
            for lang in ("de", "ru"):
                text = result_reply(result, kb, I18n().get(lang)).plain()
                assert f"— {fact}:" not in text and f"— {fact.replace('_', ' ')}:" not in text


def test_a_sentence_one_paragraph_said_is_not_said_again_at_the_end_of_another(
    engine: Engine, i18n: I18n
) -> None:
    # Ilmetov's answer, then Samara's, which ends with his answer again: once.
    result = engine.ask("Was hat Ilmetow über Samara erzählt?")
    text = result_reply(result, engine.kb, i18n.get("de")).plain()
    assert result.answered and "Region Samara." in text, text
    assert text.count("stellte am ersten Tag den Automobilsektor") == 1, text
