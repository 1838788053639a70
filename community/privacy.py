"""The community directory is content written by editors for everyone: no personal data (see colearn.privacy)."""

from colearn.privacy import NoPersonalData, register

register(
    NoPersonalData(
        model="community.CommunityPlace",
        reason="Places and groups in the local community, written by editors for everyone to read. Who last "
        "checked an entry points at an editor's account, which after erasure is an anonymous placeholder.",
    ),
    NoPersonalData(model="community.PlaceTheme", reason="The names of the directory's themes, written by editors."),
)
