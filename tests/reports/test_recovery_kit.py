"""The Recovery Kit PDF, read back with pypdf (written as the window and the command line write it,
through services.site.write_recovery_kit)."""

from __future__ import annotations

import datetime
import os
import secrets
import stat

import pypdf
import pytest

from lead_desktop.domain.errors import BadRecoveryKey, FolderNotWritable
from lead_desktop.domain.validation import format_recovery_key
from lead_desktop.reports.recovery_kit import RecoveryKitData
from lead_desktop.services.site import write_recovery_kit

UNICODE_SITE = "Zürich – Café Ñandú LEAD"


def _text(path) -> tuple[int, str]:
    reader = pypdf.PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def _kit(site_name: str = UNICODE_SITE, folder: str = "/srv/lead/Zürich site") -> tuple[RecoveryKitData, bytes]:
    key = secrets.token_bytes(32)
    return RecoveryKitData(site_name, format_recovery_key(key), datetime.date(2025, 3, 14), folder), key


def test_one_page_with_site_name_key_groups_and_pragma_line(tmp_path):
    data, key = _kit()
    path = write_recovery_kit(data, tmp_path / "kit.pdf")

    assert path == tmp_path / "kit.pdf"
    pages, text = _text(path)
    assert pages == 1
    assert f"Recovery Kit — {UNICODE_SITE}" in text
    groups = data.recovery_key.split("-")
    assert len(groups) == 16
    for group in groups:
        assert group in text
    assert f"PRAGMA key = \"x'{key.hex()}'\";" in text
    assert "2025-03-14" in text
    assert "Use the recovery key…" in text
    assert "--recovery-key-stdin verify" in text
    assert "reset-password" in text and "--username NAME" in text  # the line may wrap between them
    assert "Where this printout is kept" in text
    assert "CONFIDENTIAL" in text
    assert "Page 1 of 1" in text
    assert os.listdir(tmp_path) == ["kit.pdf"]  # no temp file left beside it
    assert stat.S_IMODE(path.stat().st_mode) == 0o600  # it holds the master key


def test_only_embedded_unicode_fonts(tmp_path):
    data, _key = _kit()
    path = write_recovery_kit(data, tmp_path / "kit.pdf")
    page = pypdf.PdfReader(path).pages[0]
    fonts = {str(f.get_object()["/BaseFont"]) for f in page["/Resources"]["/Font"].values()}
    assert fonts
    assert all("DejaVu" in name for name in fonts), fonts
    for ref in page["/Resources"]["/Font"].values():
        font = ref.get_object()
        assert "/FontFile2" in font["/FontDescriptor"]  # the TrueType program travels inside the PDF


def test_long_site_name_and_folder_still_fit_one_page(tmp_path):
    long_name = ("Ünïcødé Ŝïtè Ñame " * 8)[:120]
    folder = "C:\\Users\\maria.gonzalez-fernandez\\AppData\\Local\\LEAD Desktop\\sites\\" + "deeper\\" * 12
    data, key = _kit(long_name, folder)
    pages, text = _text(write_recovery_kit(data, tmp_path / "kit.pdf"))
    assert pages == 1
    assert key.hex() in text
    assert "Ünïcødé Ŝïtè Ñame" in text


def test_markup_characters_in_the_site_name_are_printed_literally(tmp_path):
    data, _key = _kit("Smith & Jones <LEAD> site")
    _pages, text = _text(write_recovery_kit(data, tmp_path / "kit.pdf"))
    assert "Smith & Jones <LEAD> site" in text


def test_translate_callable_translates_the_fixed_strings(tmp_path):
    french = {
        "Recovery Kit — {site}": "Kit de récupération — {site}",
        "Recovery key": "Clé de récupération",
    }
    data, key = _kit()
    path = write_recovery_kit(data, tmp_path / "kit.pdf", translate=lambda text: french.get(text, text))
    _pages, text = _text(path)
    assert f"Kit de récupération — {UNICODE_SITE}" in text
    assert "Clé de récupération" in text
    assert f"PRAGMA key = \"x'{key.hex()}'\";" in text  # commands are never translated


def test_missing_target_folder_leaves_no_file(tmp_path):
    data, _key = _kit()
    target = tmp_path / "missing" / "kit.pdf"
    with pytest.raises(FolderNotWritable):
        write_recovery_kit(data, target)
    assert not target.exists()
    assert not (tmp_path / "missing").exists()
    assert os.listdir(tmp_path) == []


def test_failure_after_the_temp_file_exists_removes_it(tmp_path):
    data, _key = _kit()
    target = tmp_path / "kit.pdf"
    target.mkdir()  # os.replace cannot put a file over a folder
    with pytest.raises(FolderNotWritable):
        write_recovery_kit(data, target)
    assert os.listdir(tmp_path) == ["kit.pdf"]
    assert target.is_dir() and os.listdir(target) == []


def test_an_existing_kit_is_replaced_whole(tmp_path):
    first, first_key = _kit()
    second, second_key = _kit()
    target = tmp_path / "kit.pdf"
    write_recovery_kit(first, target)
    write_recovery_kit(second, target)
    _pages, text = _text(target)
    assert second_key.hex() in text
    assert first_key.hex() not in text
    assert os.listdir(tmp_path) == ["kit.pdf"]


def test_a_malformed_key_is_refused_before_anything_is_written(tmp_path):
    data = RecoveryKitData("Site", "not-a-key", datetime.date(2025, 1, 1), "/x")
    with pytest.raises(BadRecoveryKey):
        write_recovery_kit(data, tmp_path / "kit.pdf")
    assert os.listdir(tmp_path) == []
