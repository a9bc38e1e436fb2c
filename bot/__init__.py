"""Mission Bot: a German/Russian assistant for business missions, one knowledge file per event.

Architecture, in the order data flows: ``knowledge`` (YAML → typed entries) → ``search``
(the answer engine) → ``replies`` (what the bot says) → Telegram: ``chat`` (what every
handler shares: sending, keyboards, button data) under one module per feature
(``questions``, ``commands`` with the command table, ``buttons``, ``inline``, ``feedback``,
``teaching`` and ``admin`` for organizers), all registered in ``app``.
Beside them: ``text`` (normalisation), ``i18n`` (Babel catalogs), ``storage`` (SQLite),
``settings`` (environment), ``cli`` (the command line), ``events`` (one engine per event,
the user's current event) and ``runtime`` (the running bot's state, reloaded in a worker
thread).
"""

__all__ = ["__version__"]
__version__ = "0.1.0"
