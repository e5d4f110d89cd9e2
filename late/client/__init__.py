"""Kept for the import path the docs name: ``from late.client.exceptions import LateAPIError``.

The client is ``late/_client.py``, the exception tree ``late/_exceptions.py`` and the HTTP machinery
``late/_http/`` (see the README's "Architecture").
"""
