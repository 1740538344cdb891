"""Outbound callbacks reach public addresses only, and connect to the address that was checked."""

from __future__ import annotations

import ipaddress

import pytest

from pdfqueue import netguard

REFUSED = [
    "http://127.0.0.1/hook",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/hook",
    "http://10.0.0.1/hook",
    "http://0/hook",
    "http://2130706433/hook",  # 127.0.0.1 as one number
    "http://0x7f.1/hook",  # and in hex
    "http://[::ffff:127.0.0.1]/hook",  # IPv4-mapped IPv6
    "http://[::ffff:a9fe:a9fe]/hook",  # 169.254.169.254, mapped
    "http://192.168.1.20:8080/hook",
    "http://172.16.0.1/hook",
    "http://100.64.0.1/hook",  # shared address space (carrier-grade NAT)
    "http://224.0.0.1/hook",  # multicast
    "http://240.0.0.1/hook",  # reserved
    "http://[fe80::1]/hook",  # link-local
    "http://[fc00::1]/hook",  # unique local
    "http://localhost:8000/hook",
]


@pytest.mark.parametrize("url", REFUSED)
def test_private_and_special_addresses_are_refused(url: str) -> None:
    with pytest.raises(netguard.AddressRefused):
        netguard.pin(url, netguard.Allowed())
    with pytest.raises(netguard.AddressRefused):
        netguard.check_literal(url, netguard.Allowed())


def test_a_public_address_is_pinned_with_the_original_host_kept() -> None:
    target = netguard.pin("https://user:pw@93.184.216.34:8443/a?b=1", netguard.Allowed())
    assert target.url == "https://93.184.216.34:8443/a?b=1"
    assert target.host_header == "93.184.216.34:8443"
    assert target.address == ipaddress.ip_address("93.184.216.34")


def test_a_name_connects_to_the_address_it_was_checked_at() -> None:
    allowed = netguard.Allowed.parse("127.0.0.0/8")
    target = netguard.pin("http://localhost:9/hook", allowed)
    assert target.url in ("http://127.0.0.1:9/hook", "http://[::1]:9/hook") or target.address
    assert target.address.is_loopback and target.host_header == "localhost:9"
    assert target.server_name == "localhost"


def test_the_allow_list_admits_listed_hosts_and_networks_only() -> None:
    allowed = netguard.Allowed.parse(" hooks.internal , 10.1.0.0/16,127.0.0.1")
    netguard.check_literal("http://10.1.2.3/hook", allowed)
    netguard.check_literal("http://127.0.0.1:8080/hook", allowed)
    with pytest.raises(netguard.AddressRefused):
        netguard.check_literal("http://10.2.0.1/hook", allowed)
    assert allowed.admits("HOOKS.internal.", ipaddress.ip_address("10.9.9.9"))


def test_names_are_left_to_delivery_at_submission() -> None:
    netguard.check_literal("https://hooks.example.com/x", netguard.Allowed())
