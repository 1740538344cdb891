"""Fuzzing: mutated real PDFs through extraction never hang, never take the parent down.

Hypothesis mutates small corpus PDFs (byte flips, bursts of junk, truncation, objects spliced in
from another PDF) and each mutant goes through `inspect_pdf` + `iter_pages` in a child process
with an address-space limit and a timeout, as a worker process would. Every outcome must be one
of: a result, a typed `PdfError`, a `MemoryError` under the limit, a child crash (a signal), or a
timeout the parent enforced. An untyped exception fails the test: the engine promised to turn
every unreadable input into a reason a person can read. Crashes and timeouts are findings the
worker supervisor must survive; they are printed with the mutation that caused them.
"""

from __future__ import annotations

import multiprocessing
import re
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.slow

CHILD_TIMEOUT_SECONDS = 15.0  # one mutant's extraction; seed files take well under a second
CHILD_MEMORY_HEADROOM = 1024 * 1024 * 1024  # bytes of address space a child may add (RLIMIT_AS)
SEEDS = (
    "text-multi-page-5p.pdf",
    "scan-jbig2-xerox.pdf",
    "edge-encoding-arabic-short.pdf",
    "edge-encoding-font-without-unicode-map.pdf",
    "scan-table-image.pdf",
)
DONOR = "image-corporate-report-3p.pdf"  # objects spliced into the seeds come from here
HEADER_BYTES = 16  # mutations leave the `%PDF-1.x` line alone
OUTCOMES = {"result", "typed", "memory", "crash", "timeout"}
_OBJECT = re.compile(rb"\d+\s+\d+\s+obj\b.{0,4000}?endobj", re.DOTALL)

# fork, not spawn or forkserver: a child costs ~10 ms instead of ~250 ms of imports, and only
# runs pdfium and a pipe, so locks held by the parent's other threads don't matter.
_context = multiprocessing.get_context("fork")


@dataclass
class Outcome:
    kind: str
    detail: str
    seconds: float


def run_extraction(data: bytes, workdir: Path) -> Outcome:
    """Extract `data` in a fresh child; classify what happened, killing it at the timeout."""
    from _extraction_child import extract

    path = workdir / "mutant.pdf"
    path.write_bytes(data)
    receiver, sender = _context.Pipe(duplex=False)
    child = _context.Process(target=extract, args=(str(path), CHILD_MEMORY_HEADROOM, sender))
    started = time.monotonic()
    child.start()
    sender.close()
    try:
        if not receiver.poll(CHILD_TIMEOUT_SECONDS):
            child.kill()
            child.join()
            return Outcome("timeout", "killed at the timeout", time.monotonic() - started)
        try:
            kind, detail = receiver.recv()
        except EOFError:  # the child died without a word: a crash (segfault, abort, OOM kill)
            child.join(CHILD_TIMEOUT_SECONDS)
            return Outcome("crash", f"exit code {child.exitcode}", time.monotonic() - started)
        child.join(CHILD_TIMEOUT_SECONDS)
        if child.is_alive():
            child.kill()
            child.join()
        return Outcome(kind, detail, time.monotonic() - started)
    finally:
        receiver.close()


# --- mutations -----------------------------------------------------------------------------------

flip = st.tuples(st.just("flip"), st.floats(0, 1), st.integers(1, 255))
burst = st.tuples(st.just("burst"), st.floats(0, 1), st.binary(min_size=1, max_size=64))
truncate = st.tuples(st.just("truncate"), st.floats(0.02, 0.98), st.none())
splice = st.tuples(st.just("splice"), st.floats(0, 1), st.integers(0, 10_000))
mutations = st.lists(st.one_of(flip, burst, truncate, splice), min_size=1, max_size=4)


def mutate(data: bytes, steps: list[tuple], donor_objects: list[bytes]) -> bytes:
    """Apply the steps in order; positions are fractions of the length after the header.

    The `%PDF-` header is kept: a file without one is rejected before pdfium sees it, which
    the harness test covers once.
    """
    buffer = bytearray(data)
    for kind, where, arg in steps:
        at = HEADER_BYTES + int(where * max(len(buffer) - HEADER_BYTES - 1, 0))
        if kind == "flip" and buffer:
            buffer[at] ^= arg
        elif kind == "burst":
            buffer[at : at + len(arg)] = arg
        elif kind == "truncate":
            del buffer[at:]
        elif kind == "splice" and donor_objects:
            donor = donor_objects[arg % len(donor_objects)]
            # Replace the object under `at` (if any) with the donor's, renumbered to fit: a
            # page may now point at an image, a font at a content stream, and so on.
            own = list(_OBJECT.finditer(buffer))
            target = next((m for m in own if m.end() > at), None)
            if target is None:
                buffer[at:at] = donor
            else:
                number = re.match(rb"\d+\s+\d+", target.group()).group()
                renumbered = re.sub(rb"^\d+\s+\d+", number, donor, count=1)
                buffer[target.start() : target.end()] = renumbered
    return bytes(buffer)


@pytest.fixture(scope="module")
def seeds(corpus: Path) -> dict[str, bytes]:
    return {name: (corpus / name).read_bytes() for name in SEEDS}


@pytest.fixture(scope="module")
def donor_objects(corpus: Path) -> list[bytes]:
    return [m.group() for m in _OBJECT.finditer((corpus / DONOR).read_bytes())]


def test_the_harness_tells_results_from_typed_errors(
    seeds: dict[str, bytes], tmp_path: Path
) -> None:
    assert run_extraction(seeds["text-multi-page-5p.pdf"], tmp_path).kind == "result"
    assert run_extraction(b"hello, not a pdf", tmp_path).kind == "typed"
    assert run_extraction(seeds["scan-table-image.pdf"][:400], tmp_path).kind == "typed"


def test_mutated_pdfs_end_in_a_result_or_a_typed_error(
    seeds: dict[str, bytes],
    donor_objects: list[bytes],
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    workdir = tmp_path_factory.mktemp("fuzz")
    seen: list[tuple[str, list[tuple], Outcome]] = []

    @settings(
        max_examples=80,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(seed=st.sampled_from(SEEDS), steps=mutations)
    def extraction_is_bounded(seed: str, steps: list[tuple]) -> None:
        outcome = run_extraction(mutate(seeds[seed], steps, donor_objects), workdir)
        seen.append((seed, steps, outcome))
        assert outcome.kind in OUTCOMES, f"{seed} {steps}: {outcome.detail}"
        assert outcome.seconds < CHILD_TIMEOUT_SECONDS + 10

    extraction_is_bounded()

    kinds = {kind: sum(o.kind == kind for _, _, o in seen) for kind in OUTCOMES}
    print(f"\nfuzz outcomes over {len(seen)} mutants: {kinds}")
    for seed, steps, outcome in seen:
        if outcome.kind in ("crash", "timeout", "memory"):
            print(f"FINDING {outcome.kind} on {seed} after {steps}: {outcome.detail}")
    assert kinds["result"] + kinds["typed"] > 0  # the mutants were extracted, not all lost
