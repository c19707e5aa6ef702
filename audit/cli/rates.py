"""`audit rates update` and `audit rates show`: the ECB history NUM001 checks against."""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path

from audit.extract import rates

EXIT_OK, EXIT_FAIL = 0, 1


def download(url: str, folder: Path, timeout: float = 60.0) -> rates.History:
    """Fetch the history, parse every rate, then put it in place with an atomic rename; a
    failed or damaged download leaves the cache as it was."""
    import requests  # only this command goes to the network

    response = requests.get(url, timeout=timeout)
    response.raise_for_status()
    data = response.content
    history = rates.parse_history(data, "cache", str(folder / rates.CACHE_NAME), check_all=True)
    folder.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".eurofxref-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, folder / rates.CACHE_NAME)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return history


def _describe(h: rates.History) -> str:
    return (f"ECB rates {h.start.isoformat()} to {h.end.isoformat()}, {len(h.currencies)} "
            f"currencies ({h.source}: {h.path})")


def cmd_rates(args: argparse.Namespace) -> int:
    import sys

    if args.action == "update":
        import requests

        try:
            history = download(args.url, rates.cache_dir())
        except (requests.RequestException, rates.RateDataError, OSError) as exc:
            print(f"audit: rates not updated: {exc}", file=sys.stderr)
            print(_describe(rates.history()), file=sys.stderr)
            return EXIT_FAIL
        print(f"updated: {_describe(history)}")
        return EXIT_OK
    print(_describe(rates.history()))
    return EXIT_OK
