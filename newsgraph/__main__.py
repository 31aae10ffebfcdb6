"""``python -m newsgraph``: the same command line as the ``newsgraph`` script (for a venv not on PATH)."""

from .cli import main

if __name__ == "__main__":
    main()
