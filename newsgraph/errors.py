"""Every error newsgraph reports, with a code and what to do about it.

    NewsgraphError            base class; str() gives "[Exxx] what happened. what to do."
    ├── ModelNotFound         the spaCy pipeline named by --model / NEWSGRAPH_MODEL is not installed
    └── InputError            one article could not be read (carried as a ReadError, not raised, in batches)

Exit codes of the command line (also in the README):
    0  every article was processed
    1  some input was bad and was skipped (reported on stderr, counted in the summary)
    2  usage error (bad option, missing path) or --strict stopped at the first bad input
    3  the NLP model could not be loaded
"""

from __future__ import annotations

from dataclasses import dataclass

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_MODEL = 3


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


class InputError(NewsgraphError):
    code = "E100"


@dataclass(frozen=True)
class ReadError:
    """One bad input: where it is, why it was skipped, and how to fix it. Readers yield these."""

    origin: str  # file path, with ":line" for line-based formats
    reason: str
    fix: str = ""
    code: str = "E100"

    def __str__(self) -> str:
        text = f"{self.origin}: [{self.code}] {self.reason}"
        return f"{text} ({self.fix})" if self.fix else text
