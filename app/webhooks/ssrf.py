"""The server-side request forgery guard: a webhook may only reach the public internet.

A host is refused when any address it resolves to is loopback, private, link-local,
unique-local, multicast, reserved, unspecified or otherwise not global (IPv4, IPv6, and IPv4
carried inside IPv6), unless WEBHOOK_ALLOW_PRIVATE=true. It is checked when a webhook is
created and again on every connection a delivery makes (DNS may have changed since), and
the delivery connects to the very address that was checked, so a name cannot resolve to a
public address for the check and a private one for the connection.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from dataclasses import dataclass

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

# IPv6 ranges that carry an IPv4 address in their last 32 bits (NAT64) are judged by it.
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")


class TargetRefused(Exception):
    """The host may not be reached (or could not be resolved); the message says why."""


def embedded_ipv4(address: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 one stands for: IPv4-mapped, 6to4, Teredo or NAT64."""
    if address.ipv4_mapped is not None:
        return address.ipv4_mapped
    if address.sixtofour is not None:
        return address.sixtofour
    if address.teredo is not None:
        return address.teredo[1]
    if address in _NAT64:
        return ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    return None


def is_public(address: IPAddress) -> bool:
    """Whether a webhook may connect to `address` without WEBHOOK_ALLOW_PRIVATE."""
    if isinstance(address, ipaddress.IPv6Address):
        inner = embedded_ipv4(address)
        if (inner is not None and not is_public(inner)) or address.is_site_local:
            return False
    return address.is_global and not (
        address.is_multicast
        or address.is_loopback
        or address.is_link_local
        or address.is_private
        or address.is_reserved
        or address.is_unspecified
    )


@dataclass(frozen=True)
class Resolved:
    host: str
    addresses: list[str]  # in the resolver's order, all of them checked


async def resolve(host: str, port: int, *, allow_private: bool, seconds: float) -> Resolved:
    """Resolves `host` off the event loop (within `seconds`) and checks every address."""
    literal = host.strip("[]")
    try:
        infos = await asyncio.wait_for(
            asyncio.get_running_loop().getaddrinfo(
                literal, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
            ),
            seconds,
        )
    except (OSError, UnicodeError, TimeoutError) as exc:
        raise TargetRefused(f"the host {host} could not be resolved") from exc
    addresses: list[str] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        text = str(sockaddr[0]).split("%", 1)[0]  # an IPv6 zone index is not part of it
        if text not in addresses:
            addresses.append(text)
    if not addresses:
        raise TargetRefused(f"the host {host} has no address")
    if not allow_private:
        for text in addresses:
            if not is_public(ipaddress.ip_address(text)):
                raise TargetRefused(
                    f"the host {host} resolves to {text}, which is not a public address"
                )
    return Resolved(host, addresses)
