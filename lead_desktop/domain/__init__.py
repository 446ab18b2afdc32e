"""Pure-Python domain: vocabularies, rules and errors. Imports nothing of the project, no Qt, no SQLAlchemy."""
