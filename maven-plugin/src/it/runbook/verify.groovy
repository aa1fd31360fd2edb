import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the finding points into the runbook, at the -NextHop value
assert log.contains('[ERROR] src/main/network/edge-03/routes.ps1:2:87 next hop 192.168.21.1 is not on-link: it lies'
        + ' outside 192.168.20.0/24, the subnet of the compute port Port3, so the VMs refuse route 192.168.21.0/24 via'
        + ' 192.168.21.1 on Port3 [route-next-hop-not-on-link]')
assert log.contains('[ERROR] netlint: 1 device, 2 files: 1 error')
assert log.contains('BUILD FAILURE')

def json = new JsonSlurper().parse(new File(basedir, 'target/netlint/netlint.json'))
assert json.devices[0].files == ['src/main/network/edge-03/network.yaml', 'src/main/network/edge-03/routes.ps1']
assert json.devices[0].findings*.rule.contains('route-next-hop-not-on-link')
return true
