"""The command line's batch behaviour: bad input reported and counted, the rest processed, exit codes true,
--strict, stdin, odd paths, and --workers giving byte-identical output."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsgraph.cli import cli

GOOD = {
    "a-talks.txt": "date 2025-03-27\nForeign ministers from Peru and Chile met in Lima on Tuesday to discuss border trade.",
    "b-flood.txt": " date 2025-04-02 Heavy rain flooded parts of Dhaka on Monday, and officials opened 40 shelters.",
}
LINES = [
    {
        "id": "j1",
        "date": "2025-03-28",
        "text": "Nurses in Nairobi went on strike on Friday over unpaid wages.",
    },
    "{broken json",
    {"id": "j2", "date": "2025-03-29", "text": "The court in Accra adjourned the case until May."},
]
PAGE = """<html><head><title>Talks resume</title>
<meta property="article:published_time" content="2025-03-30T10:00:00Z"></head>
<body><article><h1>Talks resume</h1><p>Negotiators from the two unions and the port operator resumed talks in
Rotterdam on Sunday after a week-long strike that halted most container traffic at the port.</p>
<p>A spokesman for the operator said both sides hoped to reach an agreement before the end of the month.</p>
</article></body></html>"""

# Every kind of bad input of issue 2, one file each (the unreadable one and the missing path are added below).
BAD = {
    "c-empty.txt": ("date 2025-03-27\n  \n", "E101"),
    "d-nodate.txt": ("Officials met in Quito.", "E102"),
    "e-baddate.txt": ("date 31/03/2025 Officials met in Quito.", "E103"),
    "f-image.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "E104"),
    "g-mixed.txt": (
        "date 2025-03-27\nCaf\u00e9 owners in Montr\u00e9al".encode() + b" and \xe9 here",
        "E105",
    ),
    "h-table.csv": ("id,body\n1,Officials met in Quito.\n", "E107"),
}


def build_folder(root: Path) -> Path:
    folder = root / "batch"
    (folder / "sub").mkdir(parents=True)
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "sub" / "lines.jsonl").write_text(
        "\n".join(x if isinstance(x, str) else json.dumps(x) for x in LINES) + "\n", encoding="utf-8"
    )
    (folder / "sub" / "page.html").write_text(PAGE, encoding="utf-8")
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    (folder / "i-device.txt").symlink_to("/dev/null")  # unreadable: not a regular file
    (folder / "notes.md").write_text("# not an article", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    return folder


@pytest.fixture
def reading_only(monkeypatch):
    """The batch behaviour does not depend on what the extractors find: run spaCy without them, so these
    tests stay fast and fail only for the readers' and the CLI's reasons. The --workers tests keep them."""
    import newsgraph.pipeline

    monkeypatch.setattr(newsgraph.pipeline, "_stages", lambda: [])


@pytest.fixture
def small_batches(monkeypatch):
    """Batches of 2 articles, so that a handful of articles is spread over both workers."""
    import functools

    import newsgraph.pipeline

    monkeypatch.setattr(
        newsgraph.pipeline, "run_parallel", functools.partial(newsgraph.pipeline.run_parallel, batch_size=2)
    )


def run(*args: str, input: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def summary_line(stderr: str) -> str:
    return stderr.rstrip("\n").splitlines()[-1]


def test_a_mixed_folder_gives_every_good_record_one_line_per_bad_input_and_a_summary(reading_only, tmp_path):
    folder = build_folder(tmp_path)
    result = run("extract", str(folder), str(tmp_path / "missing.jsonl"))
    assert result.exit_code == 1
    got = [(r["article"]["date"], Path(r["article"]["origin"]).name) for r in records(result.stdout)]
    assert got == [
        ("2025-03-27", "a-talks.txt"),
        ("2025-04-02", "b-flood.txt"),
        ("2025-03-28", "lines.jsonl:1"),
        ("2025-03-29", "lines.jsonl:3"),
        ("2025-03-30", "page.html"),
    ]
    skipped = [line for line in result.stderr.splitlines() if line.startswith("newsgraph: skipped ")]
    expected_codes = sorted([c for _, c in BAD.values()] + ["E106", "E108", "E109"])
    assert sorted(re.search(r"\[(E\d+)\]", line)[1] for line in skipped) == expected_codes
    assert any("lines.jsonl:2: [E106] malformed JSON" in line for line in skipped)
    assert all(str(tmp_path) in line and "; " in line for line in skipped)  # file, reason; fix
    summary = summary_line(result.stderr)
    assert "5 article(s) extracted, 9 skipped as bad input" in summary
    assert "1 malformed JSON" in summary and "1 missing column" in summary
    assert "2 file(s) of other types in folders ignored (1 .jpg, 1 .md)" in summary
    assert "notes.md" not in result.stderr  # named once by type in the summary, not one line each


def test_strict_stops_at_the_first_bad_input_with_exit_code_2(reading_only, tmp_path):
    folder = build_folder(tmp_path)
    result = run("extract", "--strict", str(folder))
    assert result.exit_code == 2
    assert [Path(r["article"]["origin"]).name for r in records(result.stdout)] == [
        "a-talks.txt",
        "b-flood.txt",
    ]
    assert result.stderr.count("newsgraph: skipped ") == 1 and "c-empty.txt: [E101]" in result.stderr
    assert "--strict" in summary_line(result.stderr)


def test_good_input_exits_0_even_with_other_files_in_the_folder(reading_only, tmp_path):
    folder = tmp_path / "good"
    folder.mkdir()
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "README.md").write_text("# about these articles", encoding="utf-8")
    for args in ([str(folder)], ["--strict", str(folder)]):
        result = run("extract", *args)
        assert result.exit_code == 0, result.stderr
        assert len(records(result.stdout)) == 2
        assert "2 article(s) extracted, 0 skipped as bad input, 1 file(s) of other types" in summary_line(
            result.stderr
        )


@pytest.mark.parametrize(
    "args, code, message",
    [
        ([], 2, "Missing argument"),
        (["--date", "27/03/2025", "x.txt"], 2, "'27/03/2025' is not a date"),
        (["--input-format", "pdf", "x.txt"], 2, "Invalid value for '--input-format'"),
        (["--workers", "0", "x.txt"], 2, "Invalid value for '--workers'"),
        (
            ["--model", "no_such_spacy_pipeline_xyz", "{good}"],
            3,
            "[E001] The spaCy pipeline 'no_such_spacy_pipeline_xyz'",
        ),
        (["{missing}"], 1, "[E109] no such file or folder"),
    ],
)
def test_exit_codes(reading_only, tmp_path, args, code, message):
    good = tmp_path / "a.txt"
    good.write_text(GOOD["a-talks.txt"], encoding="utf-8")
    args = [a.format(good=good, missing=tmp_path / "none.txt") for a in args]
    result = run("extract", *args)
    assert result.exit_code == code
    assert message in result.stderr


def test_stdin_as_json_lines(reading_only, tmp_path):
    lines = "\n".join(x if isinstance(x, str) else json.dumps(x) for x in LINES) + "\n"
    result = run("extract", "-", input=lines)
    assert result.exit_code == 1
    assert [r["article"]["id"] for r in records(result.stdout)] == ["j1", "j2"]
    assert "<stdin>:2: [E106]" in result.stderr


def test_stdin_with_input_format_and_date(reading_only, tmp_path):
    result = run(
        "extract", "--input-format", "text", "--date", "2025-03-27", "-", input="Officials met in Quito."
    )
    assert result.exit_code == 0
    (rec,) = records(result.stdout)
    assert rec["article"]["date"] == "2025-03-27"


def test_column_options_reach_the_csv_reader(reading_only, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(
        "key,published,body,headline\nk1,2025-03-27,Officials met in Quito.,Met\n", encoding="utf-8"
    )
    result = run(
        "extract",
        str(path),
        "--id-column",
        "key",
        "--date-column",
        "published",
        "--text-column",
        "body",
        "--title-column",
        "headline",
    )
    assert result.exit_code == 0, result.stderr
    (rec,) = records(result.stdout)
    assert (rec["article"]["id"], rec["article"]["date"], rec["article"]["title"]) == (
        "k1",
        "2025-03-27",
        "Met",
    )


@pytest.mark.parametrize(
    "name, how",
    [
        ("-dash.txt", "after --"),
        ("-dash.txt", "./"),
        ("--two dashes.txt", "after --"),
        ("with space ünïcødé.txt", "plain"),
        ("-", "./"),  # a file literally named "-", not stdin
    ],
)
def test_odd_paths_from_the_command_line(reading_only, tmp_path, monkeypatch, name, how):
    monkeypatch.chdir(tmp_path)
    (tmp_path / name).write_text(GOOD["a-talks.txt"], encoding="utf-8")
    args = {"after --": ["--", name], "./": ["--input-format", "text", f"./{name}"], "plain": [name]}[how]
    result = run("extract", *args)
    assert result.exit_code == 0, result.stderr
    (rec,) = records(result.stdout)
    assert rec["article"]["origin"].endswith(name)


def test_workers_give_byte_identical_output_in_input_order(small_batches, tmp_path):
    folder = build_folder(tmp_path)
    for i in range(3):
        (folder / "more" / f"{i:02d}.txt").parent.mkdir(exist_ok=True)
        (folder / "more" / f"{i:02d}.txt").write_text(
            f"date 2025-03-{1 + i:02d}\nMinisters from {i + 2} countries met in Geneva on Monday.",
            encoding="utf-8",
        )
    one = run("extract", str(folder), "--workers", "1")
    two = run("extract", str(folder), "--workers", "2")
    assert one.exit_code == two.exit_code == 1
    assert len(records(one.stdout)) == 8
    assert any(r["entities"] for r in records(one.stdout))  # the real extractors ran
    assert one.stdout_bytes == two.stdout_bytes
    without_time = [re.sub(r"in [0-9.]+s", "", s) for s in (one.stderr, two.stderr)]
    assert without_time[0] == without_time[1]


def test_run_parallel_keeps_order_across_many_small_batches():
    from newsgraph.pipeline import Pipeline, run_parallel
    from newsgraph.readers.common import make_article

    texts = [f"Talks number {i} opened in Vienna on Friday." if i % 4 else "" for i in range(9)]
    items = [make_article(f"<{i}>", t, "2025-03-27") for i, t in enumerate(texts)]

    def dump(item) -> str:
        return json.dumps(item.to_dict()) if hasattr(item, "to_dict") else str(item)

    serial = [dump(r) for r in Pipeline().run(items, batch_size=2)]
    parallel = [dump(r) for r in run_parallel(items, workers=2, batch_size=2)]
    assert parallel == serial and len(serial) == 9
    assert sum("[E101]" in line for line in serial) == 3


def test_strict_with_workers_exits_without_hanging(reading_only, tmp_path):
    folder = build_folder(tmp_path)
    result = run("extract", "--strict", "--workers", "2", str(folder))
    assert result.exit_code == 2
    assert result.stderr.count("newsgraph: skipped ") == 1


def test_docs_name_every_input_option_format_and_code():
    from newsgraph import errors
    from newsgraph.readers import FORMATS

    doc = (Path(__file__).resolve().parent.parent / "docs" / "input.md").read_text(encoding="utf-8")
    options = [p.opts[-1] for p in cli.commands["extract"].params if p.opts[-1].startswith("--")]
    assert [o for o in options if f"`{o}" not in doc] == []
    assert [ext for ext in FORMATS if f"`{ext}`" not in doc] == []
    assert [c for c in errors.LABELS if c not in doc] == []
    for code in (errors.EXIT_OK, errors.EXIT_BAD_INPUT, errors.EXIT_USAGE, errors.EXIT_MODEL):
        assert f"| {code} |" in doc


def test_python_dash_m_runs_the_same_command_line():
    import subprocess
    import sys

    from newsgraph import __version__

    done = subprocess.run([sys.executable, "-m", "newsgraph", "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"newsgraph, version {__version__}"
