from wagtail import hooks

from cohorts.viewsets import CohortViewSet


@hooks.register("register_admin_viewset")
def register_cohort_viewset():
    return CohortViewSet("cohort_admin", url_prefix="cohorts")
