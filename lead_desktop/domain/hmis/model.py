"""The shapes the HMIS CSV specification is written in: a column, a rule for when it may hold a value, a code list.

The file and list modules beside this one declare the FY2026 specification in
these shapes; `spec` and `codes` answer questions about it. Column types keep
the specification's own notation ("S32", "I", "D", "T", "M") so every line can
be held against the published tables by eye.
"""

from __future__ import annotations

from dataclasses import dataclass

STRING = "S"
INTEGER = "I"
DATE = "D"
TIMESTAMP = "T"
MONEY = "M"
TYPES = (STRING, INTEGER, DATE, TIMESTAMP, MONEY)


@dataclass(frozen=True)
class Condition:
    """`column` holds one of `values` (a column of the same file)."""

    column: str
    values: frozenset[int]


@dataclass(frozen=True)
class Column:
    name: str
    type: str
    max_length: int | None = None  # strings only
    nullable: bool = False  # False: the specification requires a value in every row
    code_list: str | None = None  # number of the list in `codes` that every value must be on
    element: str = ""  # HMIS Data Dictionary element, e.g. "3.12.1"; blank for export bookkeeping
    # The specification's "Null unless …": the column is blank unless one of these
    # alternatives holds, each alternative being conditions that must all hold.
    null_unless: tuple[tuple[Condition, ...], ...] = ()
    # A code list chosen by another column's value (Services.TypeProvided by RecordType):
    # (controlling column, ((value, list number), …), list for any other value or None).
    list_by: tuple[str, tuple[tuple[int, str], ...], str | None] | None = None

    @property
    def required(self) -> bool:
        return not self.nullable


def col(name: str, kind: str, *, null: bool = False, codes: str | None = None, de: str = "",
        unless: str = "", by: tuple[str, tuple[tuple[int, str], ...], str | None] | None = None) -> Column:
    """One column in the specification's notation: `col("SSN", "S9", null=True, de="3.02.1")`.

    `unless` is the specification's null-unless rule for columns of the same
    file: "Destination=435", "RecordType=151,152", "DisabilityType=8&DisabilityResponse=1",
    alternatives separated by "|".
    """
    # "M+" is the specification's money that cannot be negative (income amounts); the sign rule
    # is the exporter's to keep, the column is money like any other.
    type_, length = kind[0], kind[1:].removesuffix("+") if kind.startswith(MONEY) else kind[1:]
    if type_ not in TYPES or (length and type_ != STRING) or (type_ == STRING and not length):
        raise ValueError(f"bad column type {kind!r} for {name}")
    return Column(
        name=name, type=type_, max_length=int(length) if length else None, nullable=null,
        code_list=codes, element=de, null_unless=parse_rule(unless), list_by=by,
    )


def parse_rule(text: str) -> tuple[tuple[Condition, ...], ...]:
    if not text:
        return ()
    alternatives = []
    for alternative in text.split("|"):
        conditions = []
        for part in alternative.split("&"):
            column, _, values = part.partition("=")
            conditions.append(Condition(column.strip(), frozenset(int(v) for v in values.split(","))))
        alternatives.append(tuple(conditions))
    return tuple(alternatives)


def bookkeeping() -> tuple[Column, ...]:
    """The five columns that end every file but Export.csv and User.csv: when and by whom a record
    changed, and which export carries it."""
    return (
        col("DateCreated", "T"),
        col("DateUpdated", "T"),
        col("UserID", "S32"),
        col("DateDeleted", "T", null=True),
        col("ExportID", "S32"),
    )


@dataclass(frozen=True)
class CodeList:
    number: str  # the specification's list number, e.g. "3.12.A"
    name: str
    codes: tuple[tuple[int | str, str], ...]  # (code, HUD label) in the specification's order

    def __post_init__(self) -> None:
        seen = [code for code, _ in self.codes]
        if len(seen) != len(set(seen)):
            raise ValueError(f"list {self.number} repeats a code")

    def __contains__(self, code: object) -> bool:
        return any(code == known for known, _ in self.codes)

    def label(self, code: int | str) -> str | None:
        return next((text for known, text in self.codes if known == code), None)

    def values(self) -> tuple[int | str, ...]:
        return tuple(code for code, _ in self.codes)
