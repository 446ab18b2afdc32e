"""Every table of a site, on one metadata: import models from here (`from lead_desktop.storage import
models as M`).

This module only gathers the model modules, so importing it registers every mapper and
`Base.metadata` holds every table (the migrations, the server's grants and the table copy
walk it). The model modules import `storage.base` alone and never each other or this module,
so no import cycle forms; each holds the tables of one area:

- `base`: the declarative Base, `Stamped` (the columns every table has), `new_id`, `utcnow`
- `models_site`: settings, accounts, the audit log
- `models_participants`: participants and everything of case management
- `models_organizations`: the one list of organizations governance and referrals share
- `models_referrals`: referring officers, screening checklists, referrals
- `models_governance`: governance bodies, meetings, minutes, OWG case conferencing
- `models_exchange`: saved import mappings and the keys of imported records
- `models_published`: report aggregates kept for viewers on a server
- `models_drafts`: unsaved input kept through a lock or a crash (a laptop's only)
- `models_offline`: a server site's working copy on a laptop: the queue of offline changes
"""

from __future__ import annotations

from lead_desktop.storage.base import Base, Stamped, new_id, utcnow  # noqa: F401
from lead_desktop.storage.models_site import *  # noqa: F401,F403
from lead_desktop.storage.models_participants import *  # noqa: F401,F403
from lead_desktop.storage.models_organizations import *  # noqa: F401,F403
from lead_desktop.storage.models_referrals import *  # noqa: F401,F403
from lead_desktop.storage.models_governance import *  # noqa: F401,F403
from lead_desktop.storage.models_exchange import *  # noqa: F401,F403
from lead_desktop.storage.models_published import *  # noqa: F401,F403
from lead_desktop.storage.models_drafts import *  # noqa: F401,F403
from lead_desktop.storage.models_offline import *  # noqa: F401,F403
