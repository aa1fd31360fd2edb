import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('MultiThreadedBuilder') && log.contains('thread count of 2')
assert log.contains('BUILD SUCCESS')

// the aggregator has no devices of its own: its missing default folder is a warning, not an error
assert log.contains('[WARNING] netlint: no source directory src/main/network, skipped')

// each module checks its own devices, once
def devicesOf = { String module ->
    def json = new JsonSlurper().parse(new File(basedir, module + '/target/netlint/netlint.json'))
    assert json.summary.devices == json.devices.size()
    json
}
def north = devicesOf('site-north')
def south = devicesOf('site-south')
def top = devicesOf('.')
assert north.devices*.path == ['site-north/src/main/network/edge-n1', 'site-north/src/main/network/edge-n2']
assert north.devices[1].files == ['site-north/src/main/network/edge-n2/device.json',
                                  'site-north/src/main/network/edge-n2/kubernetes.yaml']
assert north.summary.errors == 0
assert south.devices*.path == ['site-south/src/main/network/edge-s1', 'site-south/src/main/network/edge-s2']
assert south.summary.errors == 1
assert top.devices == []

assert log.count('[INFO] netlint: 2 devices, 3 files: 0 errors, 0 warnings, 0 infos') == 1
assert log.count('[INFO] netlint: 2 devices, 2 files: 1 error, 0 warnings, 0 infos') == 1
assert log.count('[INFO] netlint: 0 devices, 0 files: 0 errors, 0 warnings, 0 infos') == 1
assert log.count('[pool-overlap]') == 1
// failOn is never there: the error finding is logged as a warning
assert log.count('[WARNING] site-south/src/main/network/edge-s2/network.yaml:18:59 ') == 1
assert !log.contains('[ERROR]')
return true
