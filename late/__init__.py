"""The Late Python SDK."""
