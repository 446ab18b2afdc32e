"""Tests of services.exchange.hmis."""
