"""Errors a person reads: each carries one sentence saying what is wrong and what to do."""


class PdfqueueError(Exception):
    """An error whose message is meant for the user, printed without a traceback."""


class ConfigurationError(PdfqueueError):
    """A setting is missing or malformed."""


class DatabaseUnavailable(PdfqueueError):
    """The database cannot be reached right now."""


class SchemaTooNew(PdfqueueError):
    """The database was migrated by a newer pdfqueue than this one."""
