# Routes of the Kubernetes VMs, run in the device's PowerShell interface after compute is enabled.
$ErrorActionPreference = "Stop"

Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "192.168.21.0/24" -NextHop "192.168.20.1" -RouteMetric 100
Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "192.168.22.0/24" `
                -NextHop "192.168.22.1" -RouteMetric 100
