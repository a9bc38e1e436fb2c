"""What the tests share; test modules import helpers from here, never from one another.

- ``fake_api``: a fake Telegram Bot API server on 127.0.0.1 (rules, limits, faults);
- ``html``: Telegram's HTML parse mode (``parse_html``);
- ``builders``: settings for a bot under test, real python-telegram-bot updates;
- ``process``: the bot running in this process, as ``mission-bot run``, or its command line;
- ``chat``: talking to the bot through the fake API and reading its replies;
- ``schema``: the knowledge files' JSON Schemas as an editor applies them;
- ``database``: the bot's SQLite file as it is on disk;
- ``paths``: the repository, the tests' data.
"""
