"""Outbound requests to user-supplied URLs (webhook callbacks) reach only public addresses.

A callback URL is the user's, but the request comes from inside our network: without a check,
`http://169.254.169.254/` reads the cloud's instance metadata and `http://127.0.0.1:5432/`
probes our own services (SSRF). So the host is resolved once, every address it resolves to must
be public (not loopback, private, link-local, multicast, reserved, unspecified, shared, or an
IPv4-mapped IPv6 form of one of those), and the request then goes to the address that was
checked, never through a second lookup that DNS rebinding could answer differently.
PDFQUEUE_WEBHOOK_ALLOWED_HOSTS lists host names and networks that are allowed anyway
(on-premises receivers).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class AddressRefused(Exception):
    """The URL's host is, or resolves to, an address outbound requests may not reach."""


@dataclass(frozen=True)
class Allowed:
    """Host names and networks exempt from the public-address rule."""

    hosts: frozenset[str] = frozenset()
    networks: tuple[Network, ...] = ()

    @classmethod
    def parse(cls, text: str | None) -> Allowed:
        """From a comma-separated list: `hooks.internal, 10.1.0.0/16, 127.0.0.1`."""
        hosts: set[str] = set()
        networks: list[Network] = []
        for item in (text or "").split(","):
            item = item.strip().lower()
            if not item:
                continue
            try:
                networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                hosts.add(item.rstrip("."))
        return cls(frozenset(hosts), tuple(networks))

    def admits(self, host: str, address: IPAddress) -> bool:
        return host.lower().rstrip(".") in self.hosts or any(address in n for n in self.networks)


@dataclass(frozen=True)
class Target:
    """Where to send a request: the URL rewritten to the checked address, and the original
    host for the Host header and TLS (SNI and certificate checks use the name, not the IP)."""

    url: str
    host_header: str
    server_name: str
    address: IPAddress


def is_public(address: IPAddress) -> bool:
    """Whether `address` is an ordinary internet address."""
    if isinstance(address, ipaddress.IPv6Address):
        mapped = address.ipv4_mapped or address.sixtofour
        if mapped is not None:
            return is_public(mapped)
    return address.is_global and not (address.is_multicast or address.is_reserved)


def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address `host` resolves to (numeric forms such as `2130706433` included)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise AddressRefused(f"the host {host!r} does not resolve ({exc})") from None
    return list(dict.fromkeys(ipaddress.ip_address(info[4][0].split("%")[0]) for info in infos))


def check_addresses(host: str, addresses: Iterable[IPAddress], allowed: Allowed) -> IPAddress:
    """The first address, when every one is public or allowed; else AddressRefused."""
    addresses = list(addresses)
    if not addresses:
        raise AddressRefused(f"the host {host!r} has no address")
    for address in addresses:
        if not (is_public(address) or allowed.admits(host, address)):
            raise AddressRefused(
                f"the host {host!r} is or resolves to {address}, which is not a public address;"
                " list it in PDFQUEUE_WEBHOOK_ALLOWED_HOSTS if it is a trusted receiver"
            )
    return addresses[0]


def check_literal(url: str, allowed: Allowed) -> None:
    """Cheap check at submission time, without DNS: a URL whose host is an IP address (in any
    numeric form) or `localhost` must be allowed; names are checked again at delivery."""
    host = urlsplit(url).hostname or ""
    if host.rstrip(".").lower() == "localhost" or host.lower().endswith(".localhost"):
        check_addresses(host, [ipaddress.ip_address("127.0.0.1")], allowed)
        return
    try:
        infos = socket.getaddrinfo(host, None, flags=socket.AI_NUMERICHOST)
    except (socket.gaierror, UnicodeError):
        return  # a name: resolved and checked at delivery
    check_addresses(host, (ipaddress.ip_address(i[4][0].split("%")[0]) for i in infos), allowed)


def pin(url: str, allowed: Allowed) -> Target:
    """Resolve and check the URL's host; the URL rewritten to connect to the checked address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise AddressRefused(f"{url!r} is not an absolute http(s) URL")
    host = parts.hostname
    port = parts.port or (443 if parts.scheme == "https" else 80)
    address = check_addresses(host, resolve(host, port), allowed)
    literal = f"[{address}]" if address.version == 6 else str(address)
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    host_header = parts.netloc.rsplit("@", 1)[-1]  # never forward userinfo
    pinned = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    return Target(pinned, host_header, host, address)
