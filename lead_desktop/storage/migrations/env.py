"""Alembic environment: always runs on a connection the vault hands over (the key is already applied)."""

from alembic import context

from lead_desktop.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
