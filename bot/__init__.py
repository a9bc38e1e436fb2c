"""Mission Bot: a German/Russian assistant for business missions, one knowledge file per event.

Architecture, in the order data flows: ``knowledge`` (YAML → typed entries) → ``search``
(the answer engine) → ``replies`` (what the bot says) → ``handlers``/``app`` (Telegram).
Beside them: ``text`` (normalisation), ``i18n`` (Babel catalogs), ``storage`` (SQLite),
``settings`` (environment), ``cli`` (the command line), ``admin`` (organizers' tools),
``events`` (one engine per event, the user's current event), ``commands`` (the command
table) and ``runtime`` (the running bot's state, reloaded in a worker thread).
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
