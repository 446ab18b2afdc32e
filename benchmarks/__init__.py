"""Timed scenarios against a large synthetic site; run with `make bench`, never part of the test run."""
