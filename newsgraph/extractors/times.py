"""times: not built yet; the stage emits an empty list so the record keeps its shape."""

from __future__ import annotations


def extract(ctx) -> list:
    return []
