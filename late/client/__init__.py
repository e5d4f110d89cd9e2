"""The HTTP machinery: configuration, the request policy and the exception tree (late.client.exceptions)."""
