"""How far the readers are through their input, in bytes on disk: what a progress bar needs, without a first
pass that reads every input only to count its articles.

``read(paths, meter=InputMeter())`` moves the meter as it goes: a file read whole counts in full once it is
read, a JSON Lines file line by line (by the position in the file, compressed bytes for ``.gz``). Set it
against ``input_size(paths)``, the size of the same files on disk (a ``stat`` each, nothing read).
"""

from __future__ import annotations


class InputMeter:
    """Bytes of input read: the files finished, plus the position in the file being read."""

    def __init__(self) -> None:
        self.done = 0
        self._finished = 0

    def at(self, position: int) -> None:
        """The reader is at byte ``position`` of the file it is reading."""
        self.done = self._finished + position

    def finish(self, size: int) -> None:
        """The reader is done with a file of ``size`` bytes."""
        self._finished += size
        self.done = self._finished
