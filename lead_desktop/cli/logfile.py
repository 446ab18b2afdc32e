"""The log a lead-desktop-admin command writes while it runs: a rotating file in the site's logs/
folder (or the user's log folder), and tracebacks with code locations only.

Bugs are logged as ids and code locations, never names, passwords or keys: exception messages can
carry names or SQL parameters, so they are withheld.
"""

from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

import platformdirs

from lead_desktop import paths
from lead_desktop.services import site as sites

log = logging.getLogger(__name__)

LOG_NAME = "lead-desktop-admin.log"


class LogFile:
    """The rotating log in the site's logs/ folder, attached to the root logger while a command runs.

    Only folders that already hold a site get a logs/ folder; a bug elsewhere
    (e.g. during init or restore) is logged to the user's log folder instead,
    so an empty restore target stays empty.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.handler: logging.Handler | None = None
        self._previous_level = logging.getLogger().level
        if sites.site_exists(folder):
            self._attach(paths.SitePaths.at(folder).logs)

    def _attach(self, log_dir: Path) -> Path | None:
        try:
            log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
            handler = logging.handlers.RotatingFileHandler(
                log_dir / LOG_NAME, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True
            )
        except OSError:
            return None
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root = logging.getLogger()
        root.addHandler(handler)
        root.setLevel(logging.INFO)
        # SQLAlchemy's INFO level logs statement parameters, which would put names in the log.
        logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
        self.handler = handler
        return log_dir / LOG_NAME

    def record_bug(self, command: str, exc: BaseException) -> Path | None:
        if self.handler is None:
            self._attach(platformdirs.user_log_path(paths.APP_DIR_NAME, appauthor=False))
        if self.handler is None:
            return None
        log.error("internal error in %s\n%s", command, scrubbed_traceback(exc))
        self.handler.flush()
        return Path(self.handler.baseFilename)  # type: ignore[attr-defined]

    def close(self) -> None:
        if self.handler is not None:
            root = logging.getLogger()
            root.removeHandler(self.handler)
            root.setLevel(self._previous_level)
            self.handler.close()
            self.handler = None


def scrubbed_traceback(exc: BaseException) -> str:
    """Code locations and exception types only: exception messages can carry names or SQL parameters."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen and len(parts) < 10:
        seen.add(id(current))
        kind = type(current)
        frames = "".join(traceback.format_tb(current.__traceback__))
        parts.append(f"Traceback (most recent call last):\n{frames}{kind.__module__}.{kind.__qualname__} (message withheld)")
        current = current.__cause__ or current.__context__
    return "\n\nwhich led to:\n\n".join(reversed(parts))
