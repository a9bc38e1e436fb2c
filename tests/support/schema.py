"""The JSON Schemas shipped beside the knowledge files, applied as an editor applies them."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import jsonschema
import yaml

from bot import knowledge
from bot.knowledge import bundled_path

SCHEMAS = {"event": "event.schema.json", "vocabulary": "vocabulary.schema.json"}


def schema(name: str) -> dict[str, Any]:
    """The shipped schema for ``name``: "event" or "vocabulary"."""
    loaded: dict[str, Any] = json.loads((bundled_path() / SCHEMAS[name]).read_text("utf-8"))
    return loaded


def as_json(value: Any) -> Any:
    """YAML data as an editor's schema check sees it: dates are text (YAML 1.2 has none)."""
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def schema_errors(name: str, text: str) -> list[str]:
    """What the schema ``name`` finds wrong with the YAML ``text`` (nothing: valid)."""
    validator = jsonschema.Draft7Validator(schema(name))
    data = yaml.load(text, Loader=knowledge._Loader)  # the parser the bot reads with
    return [e.message for e in validator.iter_errors(as_json(data))]
