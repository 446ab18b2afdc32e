"""Anchors: the audit chain's head (entry number and hash) kept outside the database.

The chain shows any change to an entry, but whoever controls the database (a server's owner) could
rewrite entries and compute the hashes again, or just remove the newest ones. A copy of the head kept
elsewhere says what the chain looked like then: if the live chain's entry number N no longer has the
hash an anchor holds for N, or the chain no longer reaches N, entries were rewritten or removed.

Anchors are kept in a small JSON file (written atomically): in a laptop site's folder, and for server
sites in this computer's data folder, one list per site (`site` is `SiteSession.site_id`). Backups and
snapshots carry the head in their manifest; the program report prints it on its last page. An anchor
holds an entry number, its hash (nothing of what the entries say), when and why it was taken.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from lead_desktop.storage.atomic import atomic_write_bytes

log = logging.getLogger(__name__)

LOCAL_NAME = "site.anchors"  # in a laptop site's folder
FORMAT = "lead-desktop-anchors"
VERSION = 1
KEEP = 50  # a file holds at most this many anchors per site (those contradicted by the chain first)


@dataclass(frozen=True)
class Anchor:
    site: str
    seq: int
    hash: str
    at: str  # ISO time it was taken
    source: str  # sign-in, verify, backup, snapshot, restore, a printed report …


def now_text() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def load(path: Path) -> list[Anchor]:
    """Every anchor in the file; a missing or damaged file holds none (it is evidence, not state)."""
    try:
        body = json.loads(Path(path).read_text(encoding="utf-8"))
        if body.get("format") != FORMAT:
            return []
        return [Anchor(str(a["site"]), int(a["seq"]), str(a["hash"]), str(a["at"]), str(a["source"]))
                for a in body["anchors"]]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        log.warning("the anchor file could not be read; it is written anew")
        return []


def _save(path: Path, anchors: list[Anchor]) -> None:
    body = {"format": FORMAT, "version": VERSION, "anchors": [asdict(a) for a in anchors]}
    atomic_write_bytes(Path(path), json.dumps(body, indent=1).encode("utf-8"))


def contradictions(anchors: list[Anchor], head_seq: int, hash_at: Callable[[int], str | None]) -> list[str]:
    """What the live chain (ending at `head_seq`) says against each anchor, in plain words; empty when
    every anchor is an entry of the chain with the same hash."""
    problems = []
    for a in anchors:
        if a.seq > head_seq:
            problems.append(f"audit log: it ends at entry {head_seq}, but entry {a.seq} existed "
                            f"({a.source}, {a.at}): entries were removed")
        elif hash_at(a.seq) != a.hash:
            problems.append(f"audit log: entry {a.seq} is not the one recorded at {a.source} ({a.at}): "
                            "entries were rewritten")
    return problems


def note(path: Path, site: str, head: tuple[int, str] | None, source: str,
         hash_at: Callable[[int], str | None]) -> None:
    """Keep the live head as this site's newest anchor. Older anchors the chain still confirms are implied
    by the new one and go; one it contradicts stays, so the evidence outlives the next sign-in."""
    if head is None:
        return
    anchors = load(path)
    others = [a for a in anchors if a.site != site]
    mine = [a for a in anchors if a.site == site]
    kept = [a for a in mine if contradictions([a], head[0], hash_at)]
    new = Anchor(site, head[0], head[1], now_text(), source)
    _save(path, others + (kept + [new])[-KEEP:])


def reset(path: Path, site: str, head: tuple[int, str] | None, source: str) -> None:
    """After a restore, the site's chain is the backup's: earlier anchors describe a history it left."""
    anchors = [a for a in load(path) if a.site != site]
    if head is not None:
        anchors.append(Anchor(site, head[0], head[1], now_text(), source))
    _save(path, anchors)


def parse(text: str, site: str) -> Anchor:
    """An anchor typed in by hand (`verify --anchor 1234:3f9a…`, as printed on a program report)."""
    seq, _, digest = text.strip().partition(":")
    digest = digest.strip().lower()
    if not seq.strip().isdigit() or len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
        raise ValueError("an anchor is ENTRY:HASH, the hash 64 hexadecimal characters")
    return Anchor(site, int(seq), digest, "", "the anchor given")
