"""What several test modules share, in one place: helpers, fakes and harnesses (no tests, no fixtures).

Fixtures live in ``tests/conftest.py``; test modules import helpers from here as ``tests.support.<module>``
and never from one another.
"""
