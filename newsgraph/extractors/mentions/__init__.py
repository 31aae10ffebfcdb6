"""The parts of the entity pass (the stage is ``extractors/entities.py``, which builds one ``_Builder``).

- ``cluster``: the ``Cluster`` an entity grows in, the word lists and the small text helpers;
- ``state``: the builder's state (clusters, claimed character ranges, quotations) and its basic moves;
- ``names``: name mentions from NER, people and their titles (steps 1 and 2 of ``entities``);
- ``groups``: places, peoples and organisations named (step 2), with their codes from their own words;
- ``references``: role descriptions and pronouns linked to the entities named before them (step 3).

Reading names off the parse (trimming, titles, acronyms) is ``extractors/entity_spans.py``; which place a
name is, ``extractors/entity_places.py``.
"""
