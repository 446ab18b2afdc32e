"""Data exchange rules (issue 7): what a spreadsheet column may fill, how a cell becomes a value,
and what leaves the program in a file (the HMIS CSV format is domain.hmis).

Pure functions only; services.exchange reads and writes the files and the database.

- **Targets.** The field specs are the columns: each kind of record (participants, contacts,
  referrals) can be filled from its form's fields (spec name = canonical column name, spec
  label = friendly header), plus a few link columns: the record's id in the source system
  (`external_id`), the participant's LEAD number, a case manager's user name, a referring
  agency's name. Exports use the same names, so an exported file maps itself on import.
- **Cells.** `field_value` turns whatever a CSV or Excel cell holds into what
  `fields.validate` expects: dates in MM/DD/YYYY (or DD/MM/YYYY when the mapping says so),
  ISO and Excel serial numbers; vocabulary codes or their labels; numbers Excel stored as
  floats. Formulas, spreadsheet errors and a bare year are refused with a plain reason
  instead of being stored as text or turned into a wrong date.
- **Files out.** `neutralise` defuses cells a spreadsheet would run as a formula; `age_band`
  and `pseudonym` serve the de-identified export.

One module per job; the names are gathered here, so services and the window use
`from lead_desktop.domain import exchange as X` and `X.field_value`, `X.ColumnMapping`, …:

- `kinds`: the kinds of record and the target fields a column may fill
- `mapping`: column mappings, suggested, checked, saved and fitted
- `cells`: a cell as a value (or a plain reason), formula neutralization
- `dates`: a cell as a date and time
- `rows`: the import key of a row and the reasons that stop it
- `deidentified`: age bands and pseudonyms for the de-identified export
- `history`: a site's history of people, referrals and contacts: status words, the three sheets' mapping
"""

from __future__ import annotations

from lead_desktop.domain.exchange.cells import *  # noqa: F401,F403
from lead_desktop.domain.exchange.dates import *  # noqa: F401,F403
from lead_desktop.domain.exchange.deidentified import *  # noqa: F401,F403
from lead_desktop.domain.exchange.history import *  # noqa: F401,F403
from lead_desktop.domain.exchange.kinds import *  # noqa: F401,F403
from lead_desktop.domain.exchange.mapping import *  # noqa: F401,F403
from lead_desktop.domain.exchange.rows import *  # noqa: F401,F403
