"""The parts of the quotes extractor (see ``newsgraph/extractors/quotes.py``)."""
