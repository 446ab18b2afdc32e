"""Tests for the machine-readable HMIS CSV FY2026 specification."""
