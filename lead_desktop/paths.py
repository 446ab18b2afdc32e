"""Where a site's files live. The default folder comes from platformdirs; --data-dir overrides it.

A site folder holds:
    site.db        the SQLCipher database (plus its -wal/-shm while open)
    site.keys      the key slots (storage.keyslots)
    site.pending   sealed failed sign-ins awaiting the audit log (storage.pending)
    site.anchors   the audit chain's head as this folder saw it (storage.anchors)
    viewers.db     the viewers' store, under the viewers' key (storage.viewer_store)
    viewers.pending  a viewer's sealed audit entries awaiting the audit log
    site.lock      held by the one program that has the site open
    backups/       automatic copies taken before a database upgrade
    logs/          the rotating program log: ids and events only, never names or notes
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "LEAD Desktop"


def default_data_dir() -> Path:
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False)


@dataclass(frozen=True)
class SitePaths:
    folder: Path

    @classmethod
    def at(cls, folder: str | Path | None) -> "SitePaths":
        return cls(Path(folder).expanduser().resolve() if folder else default_data_dir())

    @property
    def db(self) -> Path:
        return self.folder / "site.db"

    @property
    def keys(self) -> Path:
        return self.folder / "site.keys"

    @property
    def pending(self) -> Path:
        return self.folder / "site.pending"

    @property
    def backups(self) -> Path:
        return self.folder / "backups"

    @property
    def logs(self) -> Path:
        return self.folder / "logs"

    def exists(self) -> bool:
        return self.keys.exists() or self.db.exists()
