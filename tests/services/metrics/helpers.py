"""Reading a report PDF back, for the metrics tests."""

from __future__ import annotations

import io

import pypdf


def pdf_text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
