"""One save per form: a `submission` token, put in every compose form, makes a form sent twice save once. The pair
lives in colearn.services so cohorts' services (questions to the facilitators) share it; learning imports it here."""

from colearn.services import earlier_submission, save_once

__all__ = ["earlier_submission", "save_once"]
