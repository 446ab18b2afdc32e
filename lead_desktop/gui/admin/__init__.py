"""Administration (administrators only): accounts, audit log, site settings, master key."""
