"""Every document of a folder through a running pdfqueue, and what comes out of each.

Submits every PDF of the folder (default `tests/corpus`) to the API of a running system
(`make up`, or PDFQUEUE_URL / PDFQUEUE_TOKEN), waits for each to end, then reads what a user
would: the document's blocks, its Markdown, its JSON export and its products. Prints one line
per file (status, pages, blocks by kind, Markdown characters and figure links, products, the
reason of a failure) and a summary, and exits non-zero when a completed document has an empty
Markdown or text but no blocks, a failed one has no reason, or a document does not end in time.

    make up                                              # in another terminal
    .venv/bin/python bench/corpus_outputs.py             # the test corpus
    .venv/bin/python bench/corpus_outputs.py --dir DIR --json outputs.json

Not a test: it needs a running system and takes minutes (the corpus holds a 619-page file).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from pdfqueue.client import ApiProblem, Client

HERE = Path(__file__).resolve().parent


def outputs(client: Client, document_id: str) -> dict[str, Any]:
    """What a user reads of one ended document."""
    state = client.document(document_id)
    row: dict[str, Any] = {"status": state.get("status"), "error": state.get("error_message")}
    if state.get("status") != "completed":
        return row
    blocks = client.blocks(document_id)
    markdown = client.markdown(document_id)
    exported = client.export(document_id, "json")
    row.update(
        pages=len(exported.get("pages", [])),
        text_chars=sum(page.get("char_count") or 0 for page in exported.get("pages", [])),
        blocks=len(blocks),
        kinds=dict(Counter(b["kind"] for b in blocks)),
        markdown_chars=len(markdown.strip()),
        figure_links=markdown.count("]("),
        export_keys=sorted(exported),
        products=len(exported.get("products", [])),
    )
    return row


def problems(name: str, row: dict[str, Any]) -> list[str]:
    found = []
    if row["status"] == "completed":
        if not row["markdown_chars"]:
            found.append(f"{name}: completed with an empty Markdown")
        if not row["blocks"] and row["text_chars"]:
            found.append(f"{name}: completed with text on its pages but no blocks")
    elif row["status"] == "failed":
        if not row["error"]:
            found.append(f"{name}: failed without a reason")
    else:
        found.append(f"{name}: still {row['status']}")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=HERE.parent / "tests" / "corpus")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds for all to end")
    parser.add_argument("--json", type=Path, help="also write the rows to this file")
    args = parser.parse_args()

    files = sorted(args.dir.glob("*.pdf"))
    started = time.monotonic()
    with Client.from_env() as client:
        ids: dict[str, str] = {}
        for path in files:
            try:
                ids[path.name] = client.submit(path, force=True)["id"]
            except ApiProblem as exc:  # refused at the door (empty, not a PDF): a clear answer
                ids[path.name] = ""
                print(f"{path.name}: refused: {exc}")
        deadline = started + args.timeout
        for document_id in filter(None, ids.values()):
            with contextlib.suppress(TimeoutError):  # reported below as still running
                client.wait(document_id, timeout=max(deadline - time.monotonic(), 1))
        rows = {
            name: outputs(client, document_id) if document_id else {"status": "refused"}
            for name, document_id in ids.items()
        }
    found: list[str] = []
    for name, row in rows.items():
        if row["status"] != "refused":
            found += problems(name, row)
        detail = (
            f"{row['pages']} pages, {row['blocks']} blocks {row['kinds']}, "
            f"markdown {row['markdown_chars']} chars / {row['figure_links']} figures, "
            f"{row['products']} products"
            if row["status"] == "completed"
            else (row.get("error") or "")
        )
        print(f"{name}: {row['status']}: {detail}")
    statuses = Counter(row["status"] for row in rows.values())
    print(f"\n{len(rows)} files in {time.monotonic() - started:.0f} s: {dict(statuses)}")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
    for problem in found:
        print("PROBLEM:", problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
