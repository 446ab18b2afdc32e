"""Likely matches of an imported person among the people on file and the rows before them."""

from __future__ import annotations

from datetime import date

from lead_desktop.domain import participants as P


class _People:
    """Names and birth dates to look for likely matches in, without comparing every row with every person.

    Blocking: a name of two or more words is filed under the first two letters of its first and last
    word ("jo|sm" for both "Jon Smith" and "John Smith"), a one-word name (a street name) under its
    first three letters, and everyone with a birth date under that date. Only people sharing a block
    are scored with participants.duplicate_score, and only when their birth dates and name lengths
    leave the threshold reachable.
    """

    CANDIDATE_CAP = 2000

    def __init__(self) -> None:
        self._entries: list[tuple[str, list[str], list[str], date | None]] = []  # (reference, names, folded, dob)
        self._blocks: dict[str, list[int]] = {}

    @staticmethod
    def _keys(folded: list[str], dob: date | None) -> set[str]:
        keys = set()
        for name in folded:
            words = name.split(" ")
            if len(words) >= 2:
                keys.add(f"{words[0][:2]}|{words[-1][:2]}")
            elif words[0]:
                keys.add(f"1|{words[0][:3]}")
        if dob is not None:
            keys.add(f"dob:{dob.isoformat()}")
        return keys

    def add(self, reference: str, names: list[str], dob: date | None) -> None:
        folded = [P.fold(n) for n in names]
        index = len(self._entries)
        self._entries.append((reference, names, folded, dob))
        for key in self._keys(folded, dob):
            self._blocks.setdefault(key, []).append(index)

    def matches(self, names: list[str], dob: date | None) -> list[tuple[str, P.DuplicateScore]]:
        folded = [P.fold(n) for n in names]
        shared: dict[int, int] = {}
        for key in self._keys(folded, dob):
            for index in self._blocks.get(key, ()):
                shared[index] = shared.get(index, 0) + 1
        candidates = sorted(shared, key=lambda i: -shared[i])[: self.CANDIDATE_CAP]
        out = []
        for index in candidates:
            reference, other_names, other_folded, other_dob = self._entries[index]
            # The most the birth dates can add (or take away): the score of identical names.
            best = P.duplicate_score(["x"], dob, ["x"], other_dob).score
            bound = max((2 * min(len(a), len(b)) / (len(a) + len(b)) for a in folded for b in other_folded
                         if a and b), default=0.0)  # SequenceMatcher's ratio cannot exceed this
            if best - 1.0 + bound < P.DUPLICATE_THRESHOLD:
                continue
            score = P.duplicate_score(names, dob, other_names, other_dob)
            if score.score >= P.DUPLICATE_THRESHOLD:
                out.append((reference, score))
        out.sort(key=lambda item: -item[1].score)
        return out[:5]
