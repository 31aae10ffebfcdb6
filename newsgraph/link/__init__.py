"""The story level over the store (SPEC section 4): copies, stories, canonical actors, event clusters, claims.

    >>> from newsgraph.link import cluster_mentions
    >>> cluster_mentions(articles, mentions)        # {mention id: cluster id}

``update(store)`` links every article the store has not linked yet (``ingest`` calls it after writing):
new articles join existing stories, actors, clusters and claims; nothing is rebuilt.
"""

from __future__ import annotations

from .events import cluster_reports
from .mentions import cluster_mentions

try:
    from .stories import cluster_articles
except ImportError:  # pragma: no cover - the story clustering arrives from its own branch
    cluster_articles = None  # type: ignore[assignment]

__all__ = ["cluster_articles", "cluster_mentions", "cluster_reports"]
