"""The shared floor of the window: what every page and dialog builds on, so no area borrows from another.

- text.py     values in words: known errors, field labels, vocabulary codes, dates, counts
- look.py     the color language of states (tones), headings, message labels, the busy cursor, the screen area
- messages.py non-blocking messages and questions
- actions.py  buttons and a page's keyboard actions
- tables.py   the list models: `RowsModel` (small lists), `PagedQueryModel` (paged in SQL), the roles
- views.py    how lists look, sort, fit and keep their selection
- forms.py    the form built from a domain form's field specs
- dialogs.py  Save/Cancel, the one way to show a service's refusal, the record dialog
- tasks.py    the task runner: long work off the GUI thread with progress, Cancel and wait
"""
