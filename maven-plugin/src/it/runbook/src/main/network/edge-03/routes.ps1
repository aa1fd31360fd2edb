# Run in the device's PowerShell interface after the configuration is applied.
Add-HcsNetRoute -InterfaceAlias "Port3" -DestinationPrefix "192.168.21.0/24" -NextHop "192.168.21.1" -RouteMetric 100
