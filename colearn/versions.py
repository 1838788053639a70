"""Version keys on the shared cache: whatever is cached under a version is dropped on every app server at once by
renewing it. Random values, not counters: if the cache ever loses the key, a fresh one cannot bring back old
entries."""

import secrets

from django.core.cache import cache
from django.db import transaction


def current(key: str) -> str:
    version = cache.get(key)
    if version is None:
        version = secrets.token_hex(8)
        # add, not set: two servers starting at once agree on one version.
        if not cache.add(key, version, None):
            version = cache.get(key, version)
    return version


def _set_new(key: str) -> None:
    cache.set(key, secrets.token_hex(8), None)


def renew(key: str) -> None:
    """Once now (this process reads its own writes), and again when the change is committed: a request on another
    server that read the old rows before the commit, and stores its value after the first renewal, would otherwise
    keep a stale value under the new version."""
    _set_new(key)
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(lambda: _set_new(key))
