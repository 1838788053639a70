"""Everything that can change what the live page tree looks like to a visitor gives it a new version."""

from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from courses.models import GlossaryTerm, PageCredit
from courses.tree_cache import tree_changed


def _page_saved_or_deleted(sender, **kwargs):
    if issubclass(sender, Page):
        tree_changed()


def connect() -> None:
    # A page saved directly (the course loader, a draft's title, a new alias) changes the tree as surely as a
    # publish; a move rewrites paths without saving each page.
    post_save.connect(_page_saved_or_deleted, dispatch_uid="courses-tree-page-saved")
    post_delete.connect(_page_saved_or_deleted, dispatch_uid="courses-tree-page-deleted")
    page_published.connect(tree_changed, dispatch_uid="courses-tree-published")
    page_unpublished.connect(tree_changed, dispatch_uid="courses-tree-unpublished")
    post_page_move.connect(tree_changed, dispatch_uid="courses-tree-moved")
    post_save.connect(tree_changed, sender=PageViewRestriction, dispatch_uid="courses-tree-restriction-saved")
    post_delete.connect(tree_changed, sender=PageViewRestriction, dispatch_uid="courses-tree-restriction-deleted")
    # Credits are saved with their page; one written on its own (an import, a script) shows at once too.
    post_save.connect(tree_changed, sender=PageCredit, dispatch_uid="courses-tree-credit-saved")
    post_delete.connect(tree_changed, sender=PageCredit, dispatch_uid="courses-tree-credit-deleted")
    # A lesson's glossary words and their definitions are kept with the tree too (courses.glossary).
    post_save.connect(tree_changed, sender=GlossaryTerm, dispatch_uid="courses-tree-term-saved")
    post_delete.connect(tree_changed, sender=GlossaryTerm, dispatch_uid="courses-tree-term-deleted")
