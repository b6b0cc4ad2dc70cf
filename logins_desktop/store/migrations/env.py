"""Alembic environment: run by logins_desktop.store.migrate with a connection in config.attributes."""

from alembic import context

from logins_desktop.store.migrate import include_object_for
from logins_desktop.store.models import Base, UTCDateTime


def render_item(type_, obj, autogen_context):
    # Migrations name plain SQL types, so they never break when the models module changes.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copy
    compare_type=True,
    render_item=render_item,
    include_object=include_object_for(connection.dialect.name),
)
with context.begin_transaction():
    context.run_migrations()
