"""Which handlers a worker runs: the module that registers them, and the queues they serve.

The supervisor imports the handlers module too (to fail early and clearly, before it starts
any process); each worker process imports it again in its own fresh interpreter.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence

from pdfqueue.errors import ConfigurationError
from pdfqueue.queue import registry
from pdfqueue.queue.registry import QUEUE_TABLES

DEFAULT_HANDLERS = "pdfqueue.pipeline.handlers"


def import_handlers(module: str) -> None:
    """Import the module that registers handlers, or say clearly why it cannot be."""
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and (module == exc.name or module.startswith(exc.name + ".")):
            raise ConfigurationError(
                f"The handlers module {module!r} does not exist; install the pipeline or pass "
                "--handlers with a module that registers the queue's handlers."
            ) from None
        raise


def served_queues(handlers: str, queues: Sequence[str] | None) -> list[str]:
    """Import the handlers module here (to fail early and clearly) and pick the queues."""
    import_handlers(handlers)
    for q in queues or ():
        if q not in QUEUE_TABLES:
            raise ConfigurationError(
                f"Unknown queue {q!r}; choose among {', '.join(QUEUE_TABLES)}."
            )
    wanted = list(queues) if queues else list(QUEUE_TABLES)
    served = [q for q in wanted if registry.registered(q)]
    if not served:
        raise ConfigurationError(
            f"The handlers module {handlers!r} registers no handler for {', '.join(wanted)}; "
            "register handlers there or choose other --queues."
        )
    return served
