"""What the test does from inside a host namespace: run as `python remote.py COMMAND ...`,
prints JSON on stdout. (The test process itself stays in the machine's namespace and sends
nothing to the hosts' addresses.)

    upload BASE_URL TOKEN FILE...   upload PDFs through the API; prints their ids
    sql DATABASE_URL SQL            run one statement; prints its rows
    bucket ENDPOINT NAME            create an S3 bucket
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def upload(base: str, token: str, files: list[str]) -> list[str]:
    import httpx

    ids = []
    with httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}) as client:
        for name in files:
            path = Path(name)
            response = client.post(
                "/api/documents",
                files={"file": (path.name, path.read_bytes(), "application/pdf")},
                timeout=60,
            )
            response.raise_for_status()
            ids.append(response.json()["id"])
    return ids


def sql(url: str, statement: str) -> list[list[object]]:
    import psycopg

    with psycopg.connect(url, autocommit=True, connect_timeout=5) as conn:
        cur = conn.execute(statement)
        return [list(row) for row in cur.fetchall()] if cur.description else []


def bucket(endpoint: str, name: str) -> str:
    import boto3

    boto3.client("s3", endpoint_url=endpoint).create_bucket(Bucket=name)
    return name


def main(argv: list[str]) -> None:
    command, *args = argv
    if command == "upload":
        result: object = upload(args[0], args[1], args[2:])
    elif command == "sql":
        result = sql(args[0], args[1])
    elif command == "bucket":
        result = bucket(args[0], args[1])
    else:
        raise SystemExit(f"unknown command {command!r}")
    print(json.dumps(result, default=str))


if __name__ == "__main__":
    main(sys.argv[1:])
