"""Cross-cutting suites: faults, load, security, browser, crash safety, hardening, properties, docs."""
