"""Compiled Qt Designer forms (generated — do not edit; see scripts/build_forms.py)."""
