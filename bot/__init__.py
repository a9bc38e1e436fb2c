"""Mission Bot: a German/Russian assistant for the 2020 Saxony automotive business mission.

Architecture, in the order data flows: ``knowledge`` (YAML → typed entries) → ``search``
(the answer engine) → ``replies`` (what the bot says) → ``handlers``/``app`` (Telegram).
Beside them: ``text`` (normalisation), ``i18n`` (Babel catalogs), ``storage`` (SQLite),
``settings`` (environment), ``cli`` (the command line), ``admin`` (organizers' tools) and
``runtime`` (the running bot's state), which reloads through ``builder`` (loading and
indexing in a child process).
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
