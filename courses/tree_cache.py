"""What is the same for every visitor of the published page tree, kept in the shared Django cache.

Course outlines, a lesson's place, which pages carry view restrictions: worked out once per state of the tree
and kept under a version key. Anything that can change the live tree (a save, publish, unpublish, move or
delete of a page, a view restriction added or removed) sets a new version, so every app server reads fresh
values on its next request; nothing lives in one worker's memory. Values are plain data (ids, titles, paths,
numbers), never page objects holding one request's state.
"""

from collections.abc import Callable

from django.core.cache import cache

from colearn import versions

VERSION_KEY = "courses:tree-version"
KEEP_SECONDS = 24 * 60 * 60  # a value outlives its version only until this runs out


def tree_version() -> str:
    return versions.current(VERSION_KEY)


def tree_changed(**kwargs) -> None:
    """Signal receiver: every value cached under the old version is dropped on every app server."""
    versions.renew(VERSION_KEY)


def cached_many(name: str, keys: list[str], build: Callable[[list[str]], dict]) -> dict:
    """Values for `keys` under the current tree version; `build` makes the missing ones in one go."""
    version = tree_version()
    cache_keys = {f"courses:{name}:{version}:{key}": key for key in keys}
    found = {cache_keys[k]: value for k, value in cache.get_many(list(cache_keys)).items()}
    missing = [key for key in keys if key not in found]
    if missing:
        built = build(missing)
        cache.set_many(
            {f"courses:{name}:{version}:{key}": built[key] for key in missing if key in built}, timeout=KEEP_SECONDS
        )
        found.update(built)
    return found


def cached(name: str, key: str, build: Callable[[], object]):
    return cached_many(name, [key], lambda _keys: {key: build()}).get(key)
