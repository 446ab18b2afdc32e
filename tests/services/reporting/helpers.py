"""Reading a report file back, for the reporting tests."""

from __future__ import annotations

import pypdf


def pdf_text(path) -> str:  # noqa: ANN001
    return " ".join(" ".join(p.extract_text().split()) for p in pypdf.PdfReader(path).pages)
