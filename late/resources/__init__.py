"""One module per API resource; each operation is written once and run by a sync or an async executor."""
