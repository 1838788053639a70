"""Connections, made through the services as people make them (so each has its first dated update)."""

import factory

from learning.models import Connection, ConnectionStatus
from learning.services.connections import connection_create

from .users import UserFactory


class ConnectionFactory(factory.Factory):
    """`ConnectionFactory(author=…, status=…)`; `place=` links it to a directory entry (its name is used)."""

    class Meta:
        model = Connection

    author = factory.SubFactory(UserFactory)
    place = None
    # From the directory, the entry's own name is kept unless one is given.
    name = factory.LazyAttributeSequence(lambda o, n: "" if o.place is not None else f"Brookfield walking group {n}")
    status = ConnectionStatus.THINKING
    went_with = ""
    how_it_felt = ""
    next_step = ""

    @classmethod
    def _create(cls, model_class, **kwargs):
        return connection_create(**kwargs)
