"""Persistence: the encrypted site vault, key slots, models, migrations, audit log, backups. No Qt."""
