#!/usr/bin/env python3
"""The script a user would write instead of netlint: the benchmark's peer.

Reads the same device files (a folder of config files is one device; a folder of folders is a
tree), with `json` and PyYAML's C loader (`yaml.CSafeLoader`, libyaml), and checks a subset of
netlint's rules with the `ipaddress` module:

  pool-overlap                two address pools (vSwitches' and virtual networks') share addresses
  pool-outside-subnet         a Kubernetes pool is not inside the compute port's subnet
  route-next-hop-not-on-link  a route's next hop is outside its interface's subnet
  network-unreachable         a required network is neither connected nor inside an installed
                              route (longest-prefix match over the installed routes)
  service-ip-conflict         two services ask for the same IP

usage: peer.py PATH...       prints one line per finding and a summary; exit 1 when it found any
       peer.py --loader      prints which YAML loader it uses and exits

Without libyaml, PyYAML has no C loader: the script then says so on stderr and uses the pure
Python `yaml.SafeLoader`, and `--loader` prints that one.
"""
import ipaddress
import json
import os
import sys

import yaml

if getattr(yaml, "__with_libyaml__", False):
    LOADER, LOADER_NAME = yaml.CSafeLoader, "yaml.CSafeLoader (libyaml)"
else:
    LOADER, LOADER_NAME = yaml.SafeLoader, "yaml.SafeLoader (pure Python: libyaml is missing)"
    print("peer: PyYAML has no libyaml here; using the pure Python yaml.SafeLoader", file=sys.stderr)

EXTENSIONS = (".json", ".yaml", ".yml")


def devices(paths):
    """Each device as (name, [files]): a file given alone, or each folder holding config files."""
    for path in paths:
        if os.path.isfile(path):
            yield path, [path]
            continue
        for folder, subfolders, files in os.walk(path):
            subfolders.sort()
            mine = sorted(os.path.join(folder, f) for f in files
                          if f.endswith(EXTENSIONS) and not f.startswith("."))
            if mine:
                yield folder, mine


def load(files):
    """The device's root keys merged from its files."""
    merged = {}
    for name in files:
        with open(name, "rb") as f:
            doc = json.load(f) if name.endswith(".json") else yaml.load(f, Loader=LOADER)
        if isinstance(doc, dict):
            merged.update(doc)
    return merged


def span(text):
    """An address range 'a-b', a single address or a prefix, as (first, last) integers."""
    text = str(text).strip()
    if "-" in text:
        first, last = (ipaddress.ip_address(part.strip()) for part in text.split("-", 1))
        return int(first), int(last)
    if "/" in text:
        net = ipaddress.ip_network(text, strict=False)
        return int(net.network_address), int(net.broadcast_address)
    address = int(ipaddress.ip_address(text))
    return address, address


def check(device):
    network = (device.get("device") or {}).get("network") or {}
    kube = device.get("kubernetes") or {}
    findings = []

    subnets = {}
    for nic in network.get("interfaces") or []:
        v4 = nic.get("iPv4") or {}
        if nic.get("isDhcpEnabled") or not v4.get("address") or not v4.get("subnetMask"):
            continue
        subnets.setdefault(nic.get("name"), ipaddress.ip_interface(f"{v4['address']}/{v4['subnetMask']}").network)

    pools = []
    compute_port = None
    for switch in network.get("vSwitches") or []:
        if switch.get("enabledForCompute"):
            compute_port = switch.get("interfaceName")
        for pool in switch.get("ipAddressPools") or []:
            pools.append((pool.get("name"), span(pool.get("ipAddressRange")), bool(switch.get("enabledForCompute"))))
    for vnet in network.get("virtualNetworks") or []:
        for pool in vnet.get("ipAddressPools") or []:
            pools.append((pool.get("name"), span(pool.get("ipAddressRange")), False))
    compute = subnets.get(compute_port)

    # pool-overlap: sort by first address, sweep keeping the pool that reaches furthest
    reach = None
    for name, (first, last), _ in sorted(pools, key=lambda p: p[1]):
        if reach is not None and first <= reach[1]:
            findings.append(f"pool-overlap: {name} overlaps {reach[0]}")
        if reach is None or last > reach[1]:
            reach = (name, last)

    # pool-outside-subnet, for the Kubernetes pools of the compute vSwitch
    if compute is not None:
        low, high = int(compute.network_address), int(compute.broadcast_address)
        for name, (first, last), on_compute in pools:
            if on_compute and name in ("KubernetesNodeIPs", "KubernetesServiceIPs") and (first < low or last > high):
                findings.append(f"pool-outside-subnet: {name} is not inside {compute}")

    # route-next-hop-not-on-link; the others on the compute port are installed
    installed = {}
    for route in kube.get("routes") or []:
        destination = ipaddress.ip_network(route.get("destinationPrefix"), strict=False)
        hop = ipaddress.ip_address(route.get("nextHop"))
        subnet = subnets.get(route.get("interfaceAlias"))
        if subnet is not None and hop not in subnet:
            findings.append(f"route-next-hop-not-on-link: {destination} via {hop} is outside {subnet}")
        elif subnet is not None and route.get("interfaceAlias") == compute_port:
            installed.setdefault((destination.version, destination.prefixlen), set()).add(int(destination.network_address))

    # network-unreachable: connected, or the longest installed prefix that contains it
    for required in kube.get("requiredNetworks") or []:
        net = ipaddress.ip_network(required.get("prefix"), strict=False)
        if compute is not None and net.version == compute.version and net.subnet_of(compute):
            continue
        bits = net.max_prefixlen
        address = int(net.network_address)
        if not any(address >> (bits - length) << (bits - length) in installed.get((net.version, length), ())
                   for length in range(net.prefixlen, -1, -1)):
            findings.append(f"network-unreachable: {required.get('name')} {net}")

    # service-ip-conflict
    seen = {}
    for service in kube.get("services") or []:
        for key in ("loadBalancerIP", "clusterIP"):
            if service.get(key):
                ip = ipaddress.ip_address(service[key])
                if ip in seen:
                    findings.append(f"service-ip-conflict: {service.get('name')} and {seen[ip]} ask for {ip}")
                seen[ip] = service.get("name")
    return findings


def main(argv):
    if argv == ["--loader"]:
        print(LOADER_NAME)
        return 0
    count = found = 0
    for name, files in devices(argv or ["."]):
        count += 1
        try:
            findings = check(load(files))
        except (yaml.YAMLError, ValueError, TypeError, AttributeError) as e:
            findings = [f"invalid: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"]
        for finding in findings:
            print(f"{name}: {finding}")
        found += len(findings)
    print(f"{count} devices: {found} findings")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
