"""article-audit: a data-quality and provenance auditor for news articles."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["audit_document", "__version__"]


def audit_document(data, name="<input>", published=None, settings=None):
    """Audit one article (str or bytes); returns the JSON object of ``audit check --format json``.

    ``name``'s extension hints the format (.txt, .md, .html); ``published`` is a date or
    ``YYYY-MM-DD`` used when the article carries none.
    """
    from audit.pipeline import audit_document as run

    return run(data, name=name, published=published, settings=settings)
