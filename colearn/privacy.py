"""THE privacy registry: what Colearn keeps about a person, why, who sees it, how long, and how it leaves.

Each app's `privacy.py` registers, for every model that holds personal data, a `Holding` (how it is exported and
erased, in plain words for the "Your data" page); a model with none is a `NoPersonalData` with the reason.
tests/colearn/test_privacy_registry.py walks every installed model and fails for one that is not declared, so a new
model fails CI until someone says what it holds. The export and erasure services
(learning.services.data_rights) read only this registry.

This module also declares the User model and the third-party models (Django's, allauth's, Wagtail's), which live
"left" of every app. Their erasers are in colearn.services, the only writers.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.conf import settings
from django.utils.module_loading import autodiscover_modules


@dataclass(frozen=True)
class Holding:
    """A model that holds personal data. `export` returns the person's own rows as JSON-able dicts; `erase` removes
    or anonymises them (None: erased through another holding, e.g. by cascade, which `what` says)."""

    model: str
    kind: str
    title: str
    what: str
    why: str
    who_can_see: str
    kept_for: str
    export: Callable | None = None
    erase: Callable | None = None
    tabular: bool = True


@dataclass(frozen=True)
class NoPersonalData:
    model: str
    reason: str


_REGISTRY: dict[str, Holding | NoPersonalData] = {}
_discovered = False


def register(*items: Holding | NoPersonalData) -> None:
    for item in items:
        if item.model in _REGISTRY and _REGISTRY[item.model] != item:
            raise ValueError(f"{item.model} is declared twice in the privacy registry.")
        _REGISTRY[item.model] = item


def _discover() -> None:
    global _discovered
    if not _discovered:
        _discovered = True
        autodiscover_modules("privacy")


def declared() -> dict[str, Holding | NoPersonalData]:
    _discover()
    return dict(_REGISTRY)


def _app_order(label: str) -> int:
    app_label = label.split(".")[0]
    configs = [config.label for config in apps.get_app_configs()]
    return configs.index(app_label) if app_label in configs else len(configs)


def holdings() -> list[Holding]:
    """Every holding, in a stable order: apps as installed (colearn, courses, cohorts, learning, then third-party
    apps), and within an app in the order declared. The User holding comes first; erasure walks this backwards, so
    the account becomes a tombstone last."""
    _discover()
    items = [(index, item) for index, item in enumerate(_REGISTRY.values()) if isinstance(item, Holding)]
    owner = settings.AUTH_USER_MODEL
    items.sort(key=lambda pair: (pair[1].model != owner, _app_order(pair[1].model), pair[0]))
    return [item for _, item in items]


# --- Declarations for the User model and the third-party models ------------------------------------------------


def _declare() -> None:
    from colearn import privacy_exports as exports
    from colearn import services

    kept_account = "As long as you have an account. Deleting your account removes it at once."
    register(
        Holding(
            model=settings.AUTH_USER_MODEL,
            kind="profile",
            title="Your profile and settings",
            what="Your email address (or the username you sign in with), the name others see, your pronouns, your "
            "display settings (text size, font, motion), which emails you switched off and which reminders you "
            "asked for.",
            why="So you can sign in, so others in your groups know what to call you, and so pages suit you.",
            who_can_see="Your name and pronouns can be seen by people in your groups. Your email address is seen only "
            "by you and the people who run Colearn.",
            kept_for=kept_account + " An anonymous placeholder with no name or email stays, so group counts add up.",
            export=exports.profile,
            erase=lambda user: services.user_erase_personal(user=user),
            tabular=False,
        ),
        Holding(
            model="colearn.OnePageProfile",
            kind="one_page_profile",
            title="Your one-page profile",
            what="What you wrote in your one-page profile: what people like and admire about you, what matters to "
            "you and how best to support you.",
            why="So the people you choose can get to know you without you having to explain yourself again.",
            who_can_see="Only you, until you share it. For each group you are in you choose: nobody, the group's "
            "facilitators, or everyone in the group. People who leave the group no longer see it.",
            kept_for="Until you clear it or delete your account.",
            export=exports.one_page_profile,
            erase=lambda user: services.one_page_profile_erase(user=user),
        ),
        Holding(
            model="colearn.Notice",
            kind="notices",
            title="News on your dashboard",
            what="If you have no email address: the notices shown on your dashboard instead of emails (what each is "
            "about, the page it links to, when it came and when you marked it as read). They never hold anything "
            "anyone wrote.",
            why="So you hear about your groups without an email address.",
            who_can_see="Only you.",
            kept_for=kept_account,
            export=exports.notices,
            erase=lambda user: services.user_erase_notices(user=user),
        ),
        Holding(
            model="colearn.SignInCode",
            kind="sign_in_card",
            title="Your sign-in card",
            what="If a facilitator made you a sign-in card: when it was made, until when it works and when you used "
            "it. The code itself is never kept, only a scrambled form of it that cannot be turned back.",
            why="So you can sign in the first time, or again after losing your password, without an email address.",
            who_can_see="Nobody can see the code. Your group's facilitators can see when a card was made and used.",
            kept_for=kept_account + " A new card replaces the old one.",
            export=exports.sign_in_code,
            erase=lambda user: services.user_erase_sign_in_code(user=user),
        ),
        Holding(
            model="account.EmailAddress",
            kind="email_addresses",
            title="Your email addresses",
            what="The email addresses on your account and whether each is confirmed. (Confirmation links sent to "
            "them go with them.)",
            why="To sign you in and to send you the emails you asked for.",
            who_can_see="Only you and the people who run Colearn.",
            kept_for=kept_account,
            export=exports.email_addresses,
            erase=lambda user: services.user_erase_email_addresses(user=user),
        ),
        Holding(
            model="mfa.Authenticator",
            kind="sign_in_methods",
            title="Your two-step sign-in methods",
            what="Which two-step sign-in methods you set up (an authenticator app, recovery codes) and when. The "
            "secret keys themselves are never included in a download.",
            why="To keep your account safe.",
            who_can_see="No one sees the secrets. The people who run Colearn can see that you have set one up.",
            kept_for="Until you remove the method or delete your account.",
            export=exports.authenticators,
            erase=lambda user: services.user_erase_authenticators(user=user),
        ),
        Holding(
            model="usersessions.UserSession",
            kind="signed_in_devices",
            title="Where you are signed in",
            what="Each device or browser you are signed in on: its network address, the browser's description, "
            "and when you signed in. (The sign-in sessions behind them go too.)",
            why="So you can see where you are signed in and sign out anywhere you do not recognise.",
            who_can_see="Only you.",
            kept_for="Until you sign out there, or you delete your account; a sign-in lasts at most "
            f"{settings.COLEARN_KEEP_SESSIONS_DAYS} days.",
            export=exports.user_sessions,
            erase=lambda user: services.user_erase_sessions(user=user),
        ),
        NoPersonalData(
            model="sessions.Session",
            reason="A sign-in session holds only an account id and security tokens, never anything a person wrote; "
            "a person's sessions are removed by the 'Where you are signed in' erasure.",
        ),
        NoPersonalData(
            model="account.EmailConfirmation",
            reason="A one-time key linked to an email address; removed with the address.",
        ),
        Holding(
            model="wagtailusers.UserProfile",
            kind="editor_preferences",
            title="Your content editor settings",
            what="If you edit course pages: the editor's language, time zone and look you chose.",
            why="So the content editor suits you.",
            who_can_see="Only you.",
            kept_for=kept_account,
            export=exports.wagtail_profile,
            erase=lambda user: services.user_erase_cms_traces(user=user),
        ),
        Holding(
            model="wagtailcore.Comment",
            kind="editor_comments",
            title="Your comments on course pages",
            what="If you edit course pages: comments you left for other editors, and your replies (saved as "
            "'editor_comment_replies').",
            why="So editors can review course pages together.",
            who_can_see="People who edit course pages.",
            kept_for="Until the comment is deleted, or you delete your account.",
            export=exports.wagtail_comments,
            erase=None,  # by user_erase_cms_traces, through the editor settings holding
        ),
        Holding(
            model="wagtailcore.CommentReply",
            kind="editor_comment_replies",
            title="Your replies to editors' comments",
            what="Replies you wrote to comments on course pages.",
            why="So editors can review course pages together.",
            who_can_see="People who edit course pages.",
            kept_for="Until the reply is deleted, or you delete your account.",
            export=exports.wagtail_comment_replies,
            erase=None,  # by user_erase_cms_traces
        ),
        Holding(
            model="django_tasks_database.DBTaskResult",
            kind="emails_on_their_way",
            title="Emails on their way to you",
            what="Emails to you waiting to be sent, or sent in the last few days: what each was about, its "
            "subject and when it went. Other background work in the queue holds nothing about anyone.",
            why="So a slow mail server never slows a page: emails wait here until the mail server takes them.",
            who_can_see="Only the people who run Colearn's servers.",
            kept_for="Until a few days after the email is sent (manage.py purge_expired, run daily), or you delete "
            "your account.",
            export=exports.email_deliveries,
            erase=lambda user: services.email_deliveries_erase_person(user=user),
        ),
        Holding(
            model="wagtailcore.PageLogEntry",
            kind="editor_history",
            title="What you did in the content editor",
            what="If you edit course pages or run groups in the editor: a history of what you changed and when. "
            "Other content editor history (model changes, page subscriptions, half-finished forms, edit locks, "
            "API tokens, uploads in progress) goes when you delete your account; the pages, images and documents "
            "you made stay, with no name attached.",
            why="So editors can see who changed what on the course pages.",
            who_can_see="People who edit course pages.",
            kept_for="As long as the pages exist. Deleting your account removes your name from it.",
            export=exports.wagtail_history,
            erase=None,  # by user_erase_cms_traces
        ),
    )
    editor_traces = "Erased by user_erase_cms_traces with the person's content editor settings: "
    for model in [
        "wagtailcore.ModelLogEntry",
        "wagtailcore.Revision",
        "wagtailcore.PageSubscription",
        "wagtailcore.WorkflowState",
        "wagtailcore.TaskState",
        "wagtailcore.APIToken",
        "wagtailcore.UploadedFile",
        "wagtailadmin.EditingSession",
        "wagtailadmin.FormState",
        "wagtaildocs.Document",
        "wagtailimages.Image",
    ]:
        register(
            NoPersonalData(
                model=model,
                reason=editor_traces + "CMS work, not a person's own words about themselves; the link to the "
                "account is removed or left pointing at the anonymous placeholder, log labels naming the person "
                "are scrubbed, and unsaved editor form data and workflow comments are deleted.",
            )
        )
    cms_content = "Course content written by editors for everyone to read, not about any person."
    for model in [
        "wagtailcore.Page",
        "wagtailcore.Locale",
        "wagtailcore.Site",
        "wagtailcore.Collection",
        "wagtailcore.CollectionViewRestriction",
        "wagtailcore.PageViewRestriction",
        "wagtailcore.GroupSitePermission",
        "wagtailcore.GroupCollectionPermission",
        "wagtailcore.GroupPagePermission",
        "wagtailcore.Workflow",
        "wagtailcore.WorkflowContentType",
        "wagtailcore.WorkflowTask",
        "wagtailcore.WorkflowPage",
        "wagtailcore.Task",
        "wagtailcore.GroupApprovalTask",
        "wagtailcore.ReferenceIndex",
        "wagtailadmin.Admin",
        "wagtailimages.Rendition",
        "wagtailembeds.Embed",
        "wagtailredirects.Redirect",
        "taggit.Tag",
        "taggit.TaggedItem",
        "auth.Group",
        "auth.Permission",
        "contenttypes.ContentType",
        "colearn.SupportSettings",
        "colearn.SharingStatementSettings",
    ]:
        register(NoPersonalData(model=model, reason=cms_content))
    register(
        NoPersonalData(
            model="wagtailforms.FormSubmission",
            reason="Colearn has no Wagtail form pages, so there are no form submissions. Add a holding before "
            "adding a form page.",
        ),
        NoPersonalData(
            model="wagtailsearch.IndexEntry",
            reason="The search index holds course content only (pages, images, documents, themes). Journals are "
            "searched in the database, never indexed here.",
        ),
    )
    if _exists("wagtailsearch.SQLiteFTSIndexEntry"):  # Wagtail defines it only on SQLite with full-text search
        register(
            NoPersonalData(
                model="wagtailsearch.SQLiteFTSIndexEntry",
                reason="The SQLite copy of the search index: course content only, as wagtailsearch.IndexEntry.",
            )
        )


def _exists(label: str) -> bool:
    try:
        apps.get_model(label)
    except LookupError:
        return False
    return True


_declare()
