"""What the page core's tests share besides factories."""


def answering_queries(captured) -> int:
    """The queries of a CaptureQueriesContext, less the database stamp each process reads at
    most once a second (``home.caching._Stamp``, one query over both change logs): whether a
    test's request falls on that second depends on how busy the machine is, not on the request."""
    return sum(
        not (
            "wagtailcore_pagelogentry" in query["sql"]
            and "wagtailcore_modellogentry" in query["sql"]
        )
        for query in captured.captured_queries
    )
