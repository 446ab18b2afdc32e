"""Working without the server: a server site's encrypted working copy on a laptop, the queue of changes
made offline, and sending them exactly once.

One module per job (import them by name; this package defines nothing, so the service packages can
take `outbox` without pulling in the rest):

* outbox — which service calls may run offline (`queued`), and how such a call is kept as an
  operation in the copy's queue while it runs on the copy; the offline unit of work that refuses
  every other change
* copy — the working copy (`WorkingCopy`): what a person's copy holds (their scope), filling it and
  refreshing it from the server's change sequence
* sync — sending the queue through the same services on the server, exactly once, with conflicts
  left for the person; audit entries recorded offline; going offline and back online
* access — signing in with a copy (online, or offline when the server cannot be reached), the
  device (registration, revocation, wiping), and the site's devices for an administrator

How a session works offline: `SiteSession.offline` is set and `SiteSession.copy` is the person's
`WorkingCopy`; every service's unit of work then runs on the copy (`copy.offline_unit_of_work`),
where a change is allowed only inside a call marked `queued`, and is kept, in the same transaction,
as an operation with an id, its arguments, the ids of the rows it made and the version it was based
on. Nothing else in the services knows whether they run on the server or on the copy.
"""
