"""Configuration files: ``[tool.audit]`` in pyproject.toml, or audit.toml / .audit.toml.

As in ruff, the nearest file up the tree from each article wins (no merging across folders,
except through ``extend``), and command-line flags override it. Every key is checked: an
unknown key or a bad value is a usage error that names the file, the key and what is allowed.
"""

from __future__ import annotations

import datetime as dt

import functools
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable

from audit import rx
from audit.cli.inputs import real_path, relative_posix
from audit.model import Severity
from audit.settings import EXTRACTORS, PAGE_KINDS, Settings

# Within one folder, the first of these that configures article-audit is the one.
CONFIG_NAMES = (".audit.toml", "audit.toml", "pyproject.toml")
GLOB_KEYS = ("per-file-ignores", "include", "exclude")  # relative to their file's folder
DEFAULT_INCLUDE = ("*.txt", "*.text", "*.md", "*.markdown", "*.html", "*.htm", "*.xhtml")
SEVERITIES = ("error", "warning", "info")
FAIL_ON = (*SEVERITIES, "never")
PARTS = ("article", "image")
CLAIMS = ("generated", "assisted")


class ConfigError(Exception):
    """A configuration file that cannot be used; the message names file and key."""


# --- values -------------------------------------------------------------------------------

def _bool(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("expected true or false")
    return value


def _str(value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValueError("expected a non-empty string")
    return value


def _strings(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError("expected a list of strings")
    return tuple(v.strip() for v in value)


def _choice(*allowed: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in allowed:
            raise ValueError("expected one of " + ", ".join(f'"{a}"' for a in allowed))
        return value
    return check


def _subset(*allowed: str) -> Callable[[Any], tuple[str, ...]]:
    def check(value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or any(v not in allowed for v in value):
            raise ValueError("expected a list of " + ", ".join(f'"{a}"' for a in allowed))
        return tuple(value)
    return check


def _number(low: float, high: float, integer: bool = False) -> Callable[[Any], float]:
    def check(value: Any) -> float:
        kinds = (int,) if integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, kinds) or not low <= value <= high:
            kind = "an integer" if integer else "a number"
            raise ValueError(f"expected {kind} from {low} to {high}")
        return value
    return check


def _rules(value: Any) -> tuple[str, ...]:
    names = _strings(value)
    for name in names:
        if not expand_selector(name):
            raise ValueError(f"expected rule codes, prefixes or names (see `audit rules`); "
                             f"{name!r} is none")
    return names


def _table(check_key: Callable[[str], None], check_value: Callable[[Any], Any]):
    def check(value: Any) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise ValueError("expected a table")
        out = {}
        for key, item in value.items():
            check_key(key)
            try:
                out[key] = check_value(item)
            except ValueError as exc:
                raise ValueError(f"{key!r}: {exc}") from None
        return out
    return check


def _rule_key(key: str) -> None:
    if not expand_selector(key):
        raise ValueError(f"expected rule codes, prefixes or names as keys; {key!r} is none")


def _any_key(key: str) -> None:
    return None


def _size(value: Any) -> int:
    from audit.settings import parse_size

    try:
        return parse_size(value)
    except ValueError as exc:
        raise ValueError(f"expected a size such as \"10MB\" ({exc})") from None


_LANGUAGE = rx.compile(r"^[a-z]{2}$")


def _language_list(value: Any) -> tuple[str, ...]:
    langs = _strings(value)
    if not all(_LANGUAGE.match(v) for v in langs):
        raise ValueError("expected a list of two-letter language codes, e.g. [\"fr\", \"en\"]")
    return langs


_DISCLOSURE = {
    "parts": (_subset(*PARTS), "which parts declared as made with AI need a visible disclosure"),
    "claims": (_subset(*CLAIMS), "which metadata claims need one"),
    "review-exempts": (_bool, "a recorded human review exempts the article (AI Act, art. 50(4))"),
}


def _checked(table: dict, spec: dict[str, tuple[Callable[[Any], Any], str]]) -> dict[str, Any]:
    """Each key of ``table`` (snake_case or kebab-case) checked by its entry in ``spec``;
    ValueError names the key and what is allowed."""
    out = {}
    for key, item in table.items():
        norm = key.replace("_", "-")
        if norm not in spec:
            raise ValueError(f"unknown key {key!r}; allowed: {', '.join(spec)}")
        try:
            out[norm] = spec[norm][0](item)
        except ValueError as exc:
            raise ValueError(f"{key}: {exc}") from None
    return out


def _disclosure(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValueError("expected a table")
    return _checked(value, _DISCLOSURE)


# key -> (checker, what it does). The order is the order `audit config` prints.
KEYS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "extend": (_str, "another configuration file this one builds on"),
    "select": (_rules, "rules to run: codes, prefixes (\"CIT\") or names; empty: all"),
    "extend-select": (_rules, "rules added to select"),
    "ignore": (_rules, "rules not to run"),
    "per-file-ignores": (_table(_any_key, _rules), "glob -> rules not to run on those files"),
    "severity": (_table(_rule_key, _choice(*SEVERITIES)), "rule -> severity"),
    "fail-on": (_choice(*FAIL_ON), "exit 1 at or above this severity"),
    "languages": (_table(_rule_key, _language_list), "rule -> languages it runs on"),
    "all-languages": (_bool, "run every rule on every language"),
    "conversion-tolerance": (_number(0, 1), "relative slack on currency conversions (NUM001)"),
    "undated-window-days": (_number(1, 3650, integer=True),
                            "days after the latest date an undated text mentions (NUM001)"),
    "rate-window-days": (_number(0, 366, integer=True),
                         "days either side of the article's date whose rate movement NUM001 allows"),
    "agency-credits-need-title-date": (_bool, "CIT003 asks \"Sources : AFP\" for a title and date"),
    "disclosure": (_disclosure, "disclosure policy (AI002): parts, claims, review-exempts"),
    "max-size": (_size, "largest input, in characters of text (\"10MB\"); larger is an error row"),
    "time-budget": (_number(0.1, 86400), "seconds an article may take; longer is an error row"),
    "extractor": (_choice(*EXTRACTORS), "who finds an HTML page's main content: auto (our block "
                  "model, trafilatura where it is unsure), own, trafilatura"),
    "page-kind": (_choice("auto", *PAGE_KINDS), "what every page is: auto (its markup says; "
                  "none: article), or a kind, e.g. news for a newsroom's CMS exports"),
    "expectations": (_str, "folder of expectation suites for `audit ci` and `audit report`"),
    "suites": (_strings, "which suites of that folder to run, by file name without .json"),
    "include": (_strings, "globs of files to audit in folders"),
    "exclude": (_strings, "globs of files never to audit"),
}


# --- rule selectors -----------------------------------------------------------------------

@functools.cache
def _rule_index() -> tuple[tuple[str, str], ...]:
    from audit.check import all_rules

    return tuple((r.code, r.name) for r in all_rules())


def expand_selector(selector: str) -> frozenset[str]:
    """Codes a selector names: ALL, a code, a prefix ("CIT", "CIT00") or a rule name."""
    s = selector.strip()
    index = _rule_index()
    if s.upper() == "ALL":
        return frozenset(code for code, _ in index)
    by_name = {code for code, name in index if name == s.lower()}
    return frozenset(by_name or {code for code, _ in index if code.startswith(s.upper())})


def expand_selectors(selectors: tuple[str, ...] | list[str]) -> frozenset[str]:
    return frozenset().union(*(expand_selector(s) for s in selectors)) if selectors else frozenset()


# --- files --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Config:
    """One configuration as read, with where each value came from."""

    path: Path | None  # None: no file, the defaults
    values: dict[str, Any] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    # The folder of the file that wrote each glob key taken from a base (``extend``).
    roots: dict[str, Path] = field(default_factory=dict)

    @property
    def root(self) -> Path:
        """Globs and relative paths in the file are relative to its folder."""
        return self.path.parent if self.path else Path.cwd()

    def glob_root(self, key: str) -> Path:
        """The folder ``key``'s globs are relative to: that of the file that wrote them."""
        return self.roots.get(key, self.root)


def _table_of(path: Path) -> dict[str, Any] | None:
    """The settings a file holds, or None when it does not configure article-audit."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        return tool.get("audit") if isinstance(tool, dict) else None
    # In audit.toml the settings may sit at the top or under [tool.audit], not both: the
    # top-level ones were dropped without a word.
    tool = data.get("tool")
    if not isinstance(tool, dict) or "audit" not in tool:
        return data
    top = [key for key in data if key != "tool"]
    if top:
        raise ConfigError(f"{path}: settings both at the top level ({', '.join(top)}) and "
                          "under [tool.audit]; put them in one place")
    return tool["audit"]


def _where(path: Path) -> str:
    return f"{path} [tool.audit]" if path.name == "pyproject.toml" else str(path)


def read_config(path: Path, _seen: tuple[Path, ...] = ()) -> Config:
    """Read and check one file, and what it extends (the file's own values win)."""
    path = path.resolve()
    if path in _seen:
        raise ConfigError(f"{path}: 'extend' loops back to itself")
    table = _table_of(path)
    if table is None:
        raise ConfigError(f"{path}: no [tool.audit] table")
    try:
        values = _checked(table, KEYS)
    except ValueError as exc:
        raise ConfigError(f"{_where(path)}: {exc}") from None
    own = Config(path, values, {k: _where(path) for k in values})
    if "extend" not in values:
        return own
    base_path = (path.parent / values["extend"]).resolve()
    if not base_path.is_file():
        raise ConfigError(f"{_where(path)}: extend: no such file {values['extend']!r}")
    base = read_config(base_path, (*_seen, path))
    merged = {**base.values, **{k: v for k, v in values.items() if k != "extend"}}
    sources = {**base.sources, **{k: v for k, v in own.sources.items() if k != "extend"}}
    # Paths and globs keep meaning what they meant where they were written.
    for key in ("expectations",):
        if key in base.values and key not in values:
            merged[key] = str(base_path.parent / base.values[key])
    roots = {key: base.glob_root(key) for key in GLOB_KEYS
             if key in base.values and key not in values}
    return Config(path, merged, sources, roots)


def find_config(folder: Path) -> Path | None:
    """The nearest configuration file at or above ``folder``."""
    for directory in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = directory / name
            if _is_file(candidate) and _table_of(candidate) is not None:
                return candidate
    return None


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # a folder that cannot be searched (chmod 000): nothing to read in it
        return False


# --- globs --------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1024)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    """gitignore-like: ``*`` within a folder, ``**`` across folders, a bare name anywhere."""
    out, i = [], 0
    anchored = "/" in pattern.rstrip("/")
    pattern = pattern.strip("/")
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return rx.compile(("" if anchored else "(?:.*/)?") + "".join(out) + "(?:/.*)?$")


def glob_match(pattern: str, relative: str) -> bool:
    return bool(_glob_regex(pattern).match(relative))


def not_read(path: Path) -> str:
    kind = f"extension {path.suffix}" if path.suffix else "no extension"
    return f"{kind} is not an article format read from folders (include = […] in the " \
           "configuration adds it; a file named on the command line is always read)"


# --- the effective settings -----------------------------------------------------------------

@dataclass(frozen=True)
class Overrides:
    """What the command line says; None or empty: not said."""

    select: tuple[str, ...] = ()
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    all_languages: bool = False
    agency_credits_need_title_date: bool = False
    published: Any = None
    max_size: int | None = None
    time_budget: float | None = None
    extractor: str | None = None
    page_kind: str | None = None
    config: Path | None = None  # --config: this file for every article
    isolated: bool = False  # --isolated: no file at all


@dataclass(frozen=True)
class Effective:
    """The settings of one article, and where each came from (for `audit config`)."""

    settings: Settings
    config: Config
    values: dict[str, Any]
    sources: dict[str, str]


class Resolver:
    """Settings per article: defaults, then the nearest file, then the command line."""

    def __init__(self, overrides: Overrides) -> None:
        self.overrides = overrides
        self._fixed = None
        self._plain: dict[int, tuple[Config, Settings]] = {}  # per configuration (kept alive)
        self._folders: dict[Path, Path] = {}  # folder -> resolved, for this run
        if overrides.isolated:
            self._fixed = Config(None)
        elif overrides.config is not None:
            if not overrides.config.is_file():
                raise ConfigError(f"--config: no such file {overrides.config}")
            self._fixed = read_config(overrides.config)

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one resolver per run
    def config_for_folder(self, folder: Path) -> Config:
        if self._fixed is not None:
            return self._fixed
        found = find_config(real_path(folder))
        return read_config(found) if found else Config(None)

    def config_for(self, path: str | Path) -> Config:
        folder = Path.cwd() if path == "-" else Path(path).parent
        return self.config_for_folder(folder)

    def effective(self, path: str | Path) -> Effective:
        config = self.config_for(path)
        values = {k: v for k, v in config.values.items() if k != "extend"}
        sources = dict(config.sources)
        o = self.overrides
        if o.select:  # as in ruff, a selection on the command line starts afresh
            for key in ("ignore", "extend-select"):
                values.pop(key, None)
                sources.pop(key, None)
        cli = {"select": o.select or None, "fail-on": o.fail_on,
               "all-languages": o.all_languages or None,
               "agency-credits-need-title-date": o.agency_credits_need_title_date or None,
               "max-size": o.max_size, "time-budget": o.time_budget, "extractor": o.extractor,
               "page-kind": o.page_kind}
        for key, value in cli.items():
            if value is not None:
                values[key], sources[key] = value, f"--{key}"
        if o.extend_select:
            values["extend-select"] = (*values.get("extend-select", ()), *o.extend_select)
            sources["extend-select"] = "--extend-select"
        if o.ignore:
            values["ignore"] = (*values.get("ignore", ()), *o.ignore)
            sources["ignore"] = "--ignore"
        settings = self._settings(values, config, path)
        return Effective(settings, config, values, sources)

    def settings_for(self, path: str | Path) -> Settings:
        config = self.config_for(path)
        if config.values.get("per-file-ignores"):
            return self.effective(path).settings
        # Nothing else depends on the file: one Settings a configuration (100,000 files
        # cost 30 s of planning, each made anew).
        kept = self._plain.get(id(config))
        if kept is None:
            kept = self._plain[id(config)] = (config, self.effective(path).settings)
        return kept[1]

    def relative(self, path: str | Path, root: Path) -> str:
        return relative_posix(path, root, self._real)

    def _glob_path(self, path: str | Path, config: Config, key: str) -> str:
        """``path`` as ``key``'s globs see it: relative to the folder of the file that wrote
        them; a base kept elsewhere (a shared folder) speaks of the extending file's folder."""
        root = config.glob_root(key)
        if root != config.root:
            try:
                return self._real(path).relative_to(root).as_posix()
            except ValueError:
                pass
        return self.relative(path, config.root)

    def _real(self, path: str | Path) -> Path:
        """real_path, each folder resolved once a run: a path is its resolved folder and its
        name unless it is itself a link."""
        p = Path(path)
        if p.name in ("", ".", "..") or os.path.islink(p):
            return real_path(p)
        folder = self._folders.get(p.parent)
        if folder is None:
            folder = self._folders[p.parent] = real_path(p.parent)
        return folder / p.name

    def _settings(self, values: dict[str, Any], config: Config, path: str | Path) -> Settings:
        select = values.get("select", ())
        ignored = set(expand_selectors(values.get("ignore", ())))
        if path != "-":
            relative = self._glob_path(path, config, "per-file-ignores")
            for pattern, rules in values.get("per-file-ignores", {}).items():
                if glob_match(pattern, relative):
                    ignored |= expand_selectors(rules)
        chosen = expand_selectors(select) | expand_selectors(values.get("extend-select", ()))
        if not select:
            chosen |= expand_selector("ALL")
        # A rule named by its full code or name runs on every language (as --select CODE).
        explicit = {c for s in (*select, *values.get("extend-select", ()))
                    for c in expand_selector(s) if s.upper() == c or "-" in s}
        fail_on = values.get("fail-on", "error")
        disclosure = values.get("disclosure", {})
        default = Settings()
        return replace(
            default,
            published=self.overrides.published,
            select=frozenset(chosen), ignore=frozenset(ignored), explicit=frozenset(explicit),
            narrowed=bool(select),
            fail_on=None if fail_on == "never" else Severity(fail_on),
            all_languages=values.get("all-languages", False),
            agency_credits_complete=not values.get("agency-credits-need-title-date", False),
            conversion_tolerance=float(values.get("conversion-tolerance",
                                                  default.conversion_tolerance)),
            undated_window_days=int(values.get("undated-window-days",
                                               default.undated_window_days)),
            rate_window_days=int(values.get("rate-window-days", default.rate_window_days)),
            severities=tuple(sorted((c, Severity(sev)) for rule, sev in
                                    values.get("severity", {}).items()
                                    for c in expand_selector(rule))),
            languages=tuple(sorted((c, langs) for rule, langs in values.get("languages", {}).items()
                                   for c in expand_selector(rule))),
            disclosure_parts=frozenset(disclosure.get("parts", default.disclosure_parts)),
            disclosure_claims=frozenset(disclosure.get("claims", default.disclosure_claims)),
            review_exempts=disclosure.get("review-exempts", default.review_exempts),
            max_size=values.get("max-size", default.max_size),
            time_budget=values.get("time-budget", default.time_budget),
            extractor=values.get("extractor", default.extractor),
            page_kind=values.get("page-kind", default.page_kind),
            today=dt.date.today(),
        )

    # Which files a folder walk takes, and which files are never audited.
    def wanted(self, path: Path, walked: bool) -> bool | str:
        """True to audit; False when the configuration excludes it (said nowhere: asked
        for); a reason when a folder walk found a file of a kind it does not read."""
        config = self.config_for(path)
        relative = self._glob_path(path, config, "exclude")
        if any(glob_match(p, relative) for p in config.values.get("exclude", ())):
            return False
        if not walked:
            return True
        if config.glob_root("include") != config.glob_root("exclude"):
            relative = self._glob_path(path, config, "include")
        include = config.values.get("include", DEFAULT_INCLUDE)
        if any(glob_match(p, relative) for p in include):
            return True
        return not_read(path)

    def expectations(self, path: str | Path = ".") -> tuple[Path, tuple[str, ...]]:
        """The suites folder (the current folder's configuration, else ./expectations) and
        which of its suites to run (empty: all)."""
        config = self.config_for(Path(path) / "x")
        folder = config.root / config.values["expectations"] \
            if "expectations" in config.values else Path("expectations")
        return folder, tuple(config.values.get("suites", ()))


def describe(effective: Effective) -> str:
    """`audit config`: every setting, its value, and where it came from."""
    defaults = {"select": [], "extend-select": [], "ignore": [], "per-file-ignores": {},
                "severity": {}, "fail-on": "error", "languages": {}, "all-languages": False,
                "conversion-tolerance": Settings().conversion_tolerance,
                "undated-window-days": Settings().undated_window_days,
                "rate-window-days": Settings().rate_window_days,
                "agency-credits-need-title-date": False,
                "disclosure": {"parts": list(PARTS), "claims": list(CLAIMS),
                               "review-exempts": True},
                "max-size": Settings().max_size, "time-budget": Settings().time_budget,
                "extractor": Settings().extractor, "page-kind": Settings().page_kind,
                "expectations": "expectations", "suites": [], "include": list(DEFAULT_INCLUDE), "exclude": []}
    where = effective.config.path
    lines = [f"# configuration: {where if where else 'none found (defaults)'}"]
    for key, (_, what) in KEYS.items():
        if key == "extend":
            continue
        value = effective.values.get(key, defaults[key])
        if key == "disclosure":
            value = {**defaults["disclosure"], **value}
        source = effective.sources.get(key, "default")
        lines.append(f"{key} = {_toml(value)}  # {source}: {what}")
    s = effective.settings
    running = sorted(c for c in s.select if c not in s.ignore)
    lines.append(f"# rules that run: {', '.join(running) or 'none'}")
    return "\n".join(lines) + "\n"


def _toml(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{_key(k)} = {_toml(v)}" for k, v in value.items()) + " }"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


def _key(key: str) -> str:
    return key if re.match(r"^[A-Za-z0-9_-]+$", key) else _toml(key)
