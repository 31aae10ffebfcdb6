"""Linking across articles: stories (``cluster_articles``) and, with the story level, event clusters."""

from .stories import cluster_articles

__all__ = ["cluster_articles"]
