"""Every error newsgraph reports, with a code and what to do about it: the one catalogue (``CATALOGUE``).

    NewsgraphError            [E000] base class; str() gives "[Exxx] what happened. what to do."
    ├── ModelNotFound         [E001] the spaCy pipeline named by --model / NEWSGRAPH_MODEL is not installed
    ├── EngineError           [E002] --engine ray without Ray installed, an unreachable cluster, a failed Ray job
    ├── DatasetError          [E003] a Parquet dataset that cannot be written (folder not empty) or read
    ├── PipelineError         [E010] the stages do not fit together (extractors.check_stages), in extractors/
    ├── LexiconError          [E020] a lexicon file shipped with newsgraph is malformed (file, line, reason)
    ├── EncoderMissing        [E030] the optional contextual encoder asked for but not installed (link/encoder.py)
    ├── InputError            [E100] one article could not be read (carried as a ReadError, not raised, in batches)
    └── StoreError            [E200] the store cannot be opened, read or written (store/db.py, as are the next)
        ├── SearchSyntaxError [E201] a full-text search SQLite's FTS5 syntax rejects
        ├── SchemaTooNew      [E202] a store made by a newer newsgraph
        ├── NoStore           [E203] a query named a store file that does not exist
        ├── StoreBusy         [E204] another process held the store's write lock for 30 s
        └── ExportError       [E210] an export asked for something its format cannot do (store/exports/)

    ReadError                 one bad input, yielded (never raised) by the readers: origin, reason, fix, code
    └── Ignored               a file inside a folder that is not an article format; counted, not an error

The classes outside this module keep their place (the store's beside the store) but their codes are listed
here and in ``CATALOGUE``; tests/test_errors.py fails on a code used twice or missing from the catalogue.
E300 (the explorer's web dependencies missing) is reported by the CLI alone, with no class.

Codes of bad input (``ReadError.code``, shown on stderr and counted in the summary):
    E101 empty text          E105 undecodable bytes     E109 no such file or folder
    E102 no date             E106 malformed JSON line   E110 unknown file format
    E103 unparseable date    E107 missing column        E111 text too long
    E104 binary file         E108 unreadable file       E112 malformed CSV row
                                                        E113 file too large
                                                        E199 reader bug
    I002 not coded: the article's language has no pipeline here (kept with its text and language)

Exit codes of the command line (also in docs/input.md):
    0  every input was read and processed (files of unknown type inside folders are only counted)
    1  some input was bad and was skipped (reported on stderr, counted in the summary)
    2  usage error (bad option, no PATH given) or --strict stopped at the first bad input
    3  the NLP model could not be loaded
"""

from __future__ import annotations

from dataclasses import dataclass

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_MODEL = 3

E_INPUT = "E100"
E_EMPTY = "E101"
E_NO_DATE = "E102"
E_BAD_DATE = "E103"
E_BINARY = "E104"
E_ENCODING = "E105"
E_JSON = "E106"
E_COLUMN = "E107"
E_UNREADABLE = "E108"
E_NOT_FOUND = "E109"
E_FORMAT = "E110"
E_TOO_LONG = "E111"
E_CSV = "E112"
E_FILE_TOO_LARGE = "E113"
E_BUG = "E199"
I_IGNORED = "I001"
I_UNCODED = "I002"  # an article in a language without a pipeline: kept, not coded

#: Every code newsgraph reports, once each: error classes (``NewsgraphError.code``), codes of bad input
#: (``ReadError.code``) and notes (I...). A new code goes here first; the test reads this table.
CATALOGUE: dict[str, str] = {
    "E000": "newsgraph error (base class)",
    "E001": "spaCy pipeline not installed or unusable",
    "E002": "engine (Ray) missing, unreachable or failed",
    "E003": "Parquet dataset cannot be written or read",
    "E010": "pipeline stages do not fit together",
    "E020": "malformed lexicon file",
    "E030": "contextual encoder (optional) not installed",
    "E200": "store cannot be opened, read or written",
    "E201": "full-text search syntax",
    "E202": "store made by a newer newsgraph",
    "E203": "no store at that path",
    "E204": "store locked by another writer for 30 s",
    "E210": "export cannot do what was asked",
    "E300": "explorer's web dependencies missing",
}

#: Short names of the codes, for the summary line ("3 skipped: 2 no date, 1 malformed JSON").
LABELS = {
    E_INPUT: "bad input",
    E_EMPTY: "empty text",
    E_NO_DATE: "no date",
    E_BAD_DATE: "unparseable date",
    E_BINARY: "binary file",
    E_ENCODING: "undecodable bytes",
    E_JSON: "malformed JSON",
    E_COLUMN: "missing column",
    E_UNREADABLE: "unreadable file",
    E_NOT_FOUND: "no such path",
    E_FORMAT: "unknown format",
    E_TOO_LONG: "text too long",
    E_CSV: "malformed CSV",
    E_FILE_TOO_LARGE: "file too large",
    E_BUG: "reader bug",
    I_IGNORED: "ignored file",
    I_UNCODED: "not coded (language)",
}
CATALOGUE.update(LABELS)


class NewsgraphError(Exception):
    code = "E000"

    def __init__(self, message: str, remedy: str = "") -> None:
        self.message = message
        self.remedy = remedy
        super().__init__(str(self))

    def __str__(self) -> str:
        text = f"[{self.code}] {self.message}"
        return f"{text} {self.remedy}" if self.remedy else text


class ModelNotFound(NewsgraphError):
    code = "E001"


class EngineError(NewsgraphError):
    code = "E002"


class DatasetError(NewsgraphError):
    code = "E003"


class InputError(NewsgraphError):
    code = "E100"


class LexiconError(NewsgraphError, ValueError):
    """A lexicon file is malformed: names the file and line, says what is wrong there. Also a ValueError, which
    the lexicon loaders raised before there was one error type for them."""

    code = "E020"

    def __init__(self, file: str, line: int | None = None, reason: str | None = None, remedy: str = "") -> None:
        self.file = file
        self.line = line
        where = f"{file}:{line}" if line else file
        message = f"{where}: {reason}" if reason is not None else file  # or a message already naming both
        super().__init__(message, remedy or "Fix that line of the lexicon (tab-separated, see its header).")


def _printable(text: str) -> str:
    """``text`` on one line: control characters (a newline in a file name) shown escaped."""
    if text.isprintable():
        return text
    return "".join(
        c if c.isprintable() or c == " " else c.encode("unicode_escape").decode("ascii") for c in text
    )


@dataclass(frozen=True)
class ReadError:
    """One bad input: where it is, why it was skipped, and how to fix it. Readers yield these."""

    origin: str  # file path, with ":line" for line-based formats
    reason: str
    fix: str = ""
    code: str = E_INPUT

    @property
    def label(self) -> str:
        return LABELS.get(self.code, "bad input")

    def __str__(self) -> str:
        text = f"{_printable(self.origin)}: [{self.code}] {_printable(self.reason)}"
        return f"{text}; {self.fix}" if self.fix else text


@dataclass(frozen=True)
class Ignored(ReadError):
    """A file met inside a folder whose type is not an article format (``notes.md``, ``photo.jpg``).

    Not bad input: the CLI counts these by extension and reports them once, in the summary."""

    code: str = I_IGNORED

    @property
    def extension(self) -> str:
        from pathlib import PurePath

        return PurePath(self.origin).suffix.lower() or "(none)"
