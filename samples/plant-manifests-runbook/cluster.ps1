# Kubernetes networking of plant 2, run in the device's PowerShell interface.
# The cluster's subnets are in kubernetes.yaml: they are set before compute is configured.

# The cameras and the PLCs sit behind the plant routers.
Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.22.0/24 -NextHop 192.168.20.2 -RouteMetric 200
Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.21.0/24 -NextHop 192.168.20.1 -RouteMetric 100
Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.22.0/24 -NextHop 192.168.20.1 -RouteMetric 100
