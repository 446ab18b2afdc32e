"""PDF builders. Each takes plain dataclasses (its input contract, defined beside it) and writes a file.

Nothing here opens a database or imports Qt; `pdfbase` holds the shared fonts,
styles, page template and atomic writing.
"""
