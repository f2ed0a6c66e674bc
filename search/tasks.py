"""Background work of the search page: counting what visitors look for."""

from django_tasks import task
from wagtail.contrib.search_promotions.models import Query


@task()
def count_search(query_string: str) -> None:
    """Wagtail's daily hit count, kept by the worker rather than on the visitor's request."""
    Query.get(query_string).add_hit()
