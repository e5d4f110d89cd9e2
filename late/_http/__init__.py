"""The HTTP machinery, one job per module (the README's "Architecture" lists them).

``requestor.Requestor`` sends every call; ``call``, ``retry``, ``request``, ``body``, ``errors``,
``ratelimit``, ``clock``, ``urls``, ``logs`` and ``netconfig`` each do one part of it. Why it works the
way it does: ``docs/design.md``.
"""
