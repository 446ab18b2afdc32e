"""Tests for the participant pages, profile, dialogs and the form builder."""
