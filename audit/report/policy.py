"""The expectation suites' outcome for the HTML index, and Great Expectations Data Docs.

GX is imported only when a suite folder exists (3-4 s). Data Docs are built with an
ephemeral context whose only site writes under the report folder: nothing else on disk.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from audit.pipeline import ArticleResult

DATA_DOCS = "data-docs"


@dataclass(frozen=True)
class Row:
    text: str  # "path: column=value", as `audit ci` prints it
    path: str | None  # the article it names, when one does


@dataclass(frozen=True)
class Line:
    """One expectation of a suite: a line of the newsroom's policy."""

    description: str
    expectation: str
    kwargs: str
    met: bool
    rows: tuple[Row, ...] = ()


@dataclass(frozen=True)
class Suite:
    file: str
    table: str
    lines: tuple[Line, ...]

    @property
    def failed(self) -> int:
        return sum(not line.met for line in self.lines)


@dataclass(frozen=True)
class Policy:
    """What the index shows: the suites' lines, or why there are none."""

    folder: str
    suites: tuple[Suite, ...] = ()
    note: str | None = None  # skipped or not usable, and why
    data_docs: str | None = None  # index of the Data Docs, relative to the report folder
    data_docs_note: str | None = None

    @property
    def failed(self) -> int:
        return sum(s.failed for s in self.suites)


def _kwargs(kwargs: dict[str, Any]) -> str:
    return ", ".join(f"{k}={v!r}" for k, v in kwargs.items() if k != "batch_id")


def _row(text: str, paths: list[str]) -> Row:
    # Longest first: "a/b.txt" must not claim "a/b.txt.bak: …".
    path = next((p for p in sorted(paths, key=len, reverse=True) if text.startswith(p + ":")), None)
    return Row(text, path)


def _suite(file: str, table: str, data: dict[str, Any], outcome, paths: list[str]) -> Suite:
    failures = list(outcome.failures) if outcome else []
    lines = []
    for item in data["expectations"]:
        kind = item.get("type") or item.get("expectation_type")
        description = (item.get("meta") or {}).get("description") or kind
        # In order, so two lines of the same type and description each take their own.
        failure = next((f for f in failures if (f.expectation, f.description) == (kind, description)),
                       None)
        if failure:
            failures.remove(failure)
        lines.append(Line(description, kind, _kwargs(item.get("kwargs", {})), failure is None,
                          tuple(_row(t, paths) for t in failure.rows) if failure else ()))
    return Suite(file, table, tuple(lines))


def evaluate(results: list[ArticleResult], folder: Path, out: Path | None = None,
             data_docs: bool = False, only: tuple[str, ...] = ()) -> Policy:
    """Run the suites in ``folder`` (those named in ``only`` when given) over the results;
    with ``data_docs``, also build GX Data Docs into ``out``/data-docs."""
    from audit.tables.expectations import SuiteError, load_suites, validate

    if not folder.is_dir():
        return Policy(str(folder), note=f"no folder of expectation suites at {folder}: they were not run "
                      "(--expectations DIR names one)"
                      + ("; no Data Docs" if data_docs else ""))
    try:
        suites = load_suites(folder, only)
        outcome = validate(results, folder, only)
    except SuiteError as exc:
        return Policy(str(folder), note=f"expectation suites not run: {exc}")
    by_file = {s.file: s for s in outcome.suites}
    paths = [r.path for r in results]
    policy = Policy(str(folder), tuple(_suite(file, table, data, by_file.get(file), paths)
                                       for file, table, data in suites))
    if data_docs and out is not None:
        try:
            index = build_data_docs(results, suites, out / DATA_DOCS)
            return Policy(policy.folder, policy.suites, data_docs=index.relative_to(out).as_posix())
        except Exception as exc:  # GX's own errors have many types; the report stands without
            return Policy(policy.folder, policy.suites,
                          data_docs_note=f"Data Docs not built: {type(exc).__name__}: {exc}")
    return policy


def build_data_docs(results: list[ArticleResult], suites: list[tuple[str, str, dict]],
                    folder: Path) -> Path:
    """GX Data Docs (expectation pages, one validation page per table, an index) in ``folder``.

    Validation results only reach Data Docs through the context's results store, so each
    suite runs as a ValidationDefinition; the site is the only thing written to disk.
    """
    from audit.tables import TABLES
    from audit.tables.expectations import _build_suite, _gx

    gx, context = _gx()
    folder.mkdir(parents=True, exist_ok=True)
    for site in list(context.list_data_docs_sites()):  # the default one points into /tmp
        context.delete_data_docs_site(site)
    context.add_data_docs_site("audit", {
        "class_name": "SiteBuilder", "show_how_to_buttons": False,
        "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                          "base_directory": str(folder.resolve())},
        "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"}})
    source = context.data_sources.add_pandas("audit")
    frames: dict[str, Any] = {}
    for n, (file, table, data) in enumerate(suites):
        suite = context.suites.add(_build_suite(file, data))
        if table not in frames:
            frames[table] = (source.add_dataframe_asset(table)
                             .add_batch_definition_whole_dataframe(table), TABLES[table](results))
        batch_def, frame = frames[table]
        name = f"{n}-{Path(file).stem}"
        definition = context.validation_definitions.add(
            gx.ValidationDefinition(name=name, data=batch_def, suite=suite))
        definition.run(batch_parameters={"dataframe": frame}, result_format="COMPLETE")
    context.build_data_docs(site_names=["audit"])
    return folder / "index.html"
