"""events: PLOVER events with CAMEO codes; the coder lives in ``extractors/eventcoding/``."""

from __future__ import annotations

from .eventcoding import extract

__all__ = ["extract"]
