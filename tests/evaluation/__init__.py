"""Tests of assistant/evaluation/: `assistant eval`."""
