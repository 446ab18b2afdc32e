"""Tests for the data exchange dialogs and page."""
