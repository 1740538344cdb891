"""Hosts for tests: Linux network namespaces on one machine, joined by a bridge.

Each host is a namespace with its own loopback, one link to a switch namespace and a 10.x
address on that link; nothing is added to the machine's own namespace, so every packet of the
test stays between the namespaces made here. `cut()` takes a host's link down at the switch
(packets to and from it vanish, as when a cable is pulled) and `restore()` brings it back.
Processes run in a host with `host.popen(...)`; each host also gets its own UTS namespace, so
`socket.gethostname()` there is the host's name (workers put it in their ids).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

SUBNET = "10.231.0"  # a /24 used only inside these namespaces
PREFIX_LENGTH = 24


def unavailable_reason() -> str | None:
    """Why network namespaces cannot be used here, or None."""
    if not sys.platform.startswith("linux"):
        return "network namespaces are a Linux feature"
    if os.geteuid() != 0:
        return "creating network namespaces needs root"
    if shutil.which("ip") is None or shutil.which("unshare") is None:
        return "`ip` (iproute2) and `unshare` (util-linux) are needed"
    probe = f"pqprobe-{uuid.uuid4().hex[:6]}"
    made = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
    if made.returncode != 0:
        return f"`ip netns add` does not work here ({made.stderr.strip()})"
    subprocess.run(["ip", "netns", "del", probe], check=False)
    return None


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True)


@dataclass
class Host:
    name: str  # short name, also the hostname inside
    namespace: str
    address: str
    switch: str  # the switch namespace
    port: str  # this host's port on the switch
    processes: list[subprocess.Popen] = field(default_factory=list)

    def wrap(self) -> list[str]:
        """The command prefix that runs a program on this host."""
        return [
            "ip", "netns", "exec", self.namespace,
            "unshare", "--uts", "sh", "-c", f'hostname {self.name} && exec "$@"', "sh",
        ]  # fmt: skip

    def popen(
        self,
        argv: Sequence[str],
        *,
        env: Mapping[str, str],
        log: Path,
        user: str | None = None,
    ) -> subprocess.Popen:
        """Start a long-running process on this host (stopped by `Network.close`)."""
        prefix = ["runuser", "-u", user, "--"] if user else []
        with log.open("ab") as out:
            proc = subprocess.Popen(
                [*self.wrap(), *prefix, *argv],
                env=dict(env),
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # one process group per service: stopped together
            )
        self.processes.append(proc)
        return proc

    def run(
        self, argv: Sequence[str], *, env: Mapping[str, str], timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        """Run a short command on this host and wait for it."""
        return subprocess.run(
            [*self.wrap(), *argv],
            env=dict(env),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def stop(self, proc: subprocess.Popen, timeout: float = 15) -> None:
        """SIGTERM a process group started here, then SIGKILL what outlives `timeout`."""
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        with contextlib.suppress(ProcessLookupError):  # whatever of the group outlived it
            os.killpg(proc.pid, signal.SIGKILL)


class Network:
    """A switch namespace and hosts on it; `close()` stops every process and removes them."""

    def __init__(self) -> None:
        self.tag = uuid.uuid4().hex[:6]
        self.switch = f"pq{self.tag}-switch"
        self.hosts: dict[str, Host] = {}
        _ip("netns", "add", self.switch)
        _ip("-n", self.switch, "link", "add", "br0", "type", "bridge")
        _ip("-n", self.switch, "link", "set", "br0", "up")

    def add_host(self, name: str) -> Host:
        number = len(self.hosts) + 2
        namespace = f"pq{self.tag}-{name}"
        port = f"p{number}"
        _ip("netns", "add", namespace)
        _ip("-n", namespace, "link", "set", "lo", "up")
        _ip("-n", namespace, "link", "add", "eth0", "type", "veth", "peer", "name", port,
            "netns", self.switch)  # fmt: skip
        _ip("-n", self.switch, "link", "set", port, "master", "br0", "up")
        address = f"{SUBNET}.{number}"
        _ip("-n", namespace, "addr", "add", f"{address}/{PREFIX_LENGTH}", "dev", "eth0")
        _ip("-n", namespace, "link", "set", "eth0", "up")
        host = Host(name, namespace, address, self.switch, port)
        self.hosts[name] = host
        return host

    def cut(self, host: Host) -> None:
        """Pull the host's cable: its port on the switch goes down."""
        _ip("-n", self.switch, "link", "set", host.port, "down")

    def restore(self, host: Host) -> None:
        _ip("-n", self.switch, "link", "set", host.port, "up")

    def close(self) -> None:
        for host in self.hosts.values():
            for proc in reversed(host.processes):
                host.stop(proc)
        for namespace in [h.namespace for h in self.hosts.values()] + [self.switch]:
            subprocess.run(["ip", "netns", "del", namespace], check=False, capture_output=True)
