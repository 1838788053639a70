class IdConverter:
    """A database id in a URL: digits, short enough to be a real id. A 30-digit number is a 404, not an overflow."""

    regex = "[0-9]{1,18}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value) -> str:
        return str(value)
