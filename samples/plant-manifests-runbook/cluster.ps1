# Kubernetes networking of plant 2, run in the device's PowerShell interface.
# The plant already uses 172.27.0.0/16, so the cluster's subnets move.
Set-HcsKubeClusterNetworkInfo -PodSubnet 10.96.0.0/16 -ServiceSubnet 10.97.0.0/16

# After compute is enabled on Port3: the cameras and the PLCs sit behind the plant routers.
Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.22.0/24 -NextHop 192.168.20.2 -RouteMetric 200
Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.21.0/24 -NextHop 192.168.20.1 -RouteMetric 100
Add-HcsNetRoute -InterfaceAlias Port3 -DestinationPrefix 192.168.22.0/24 -NextHop 192.168.20.1 -RouteMetric 100
