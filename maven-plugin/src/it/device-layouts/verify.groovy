import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the folder of exports: each export is a device of its own, and the log says so
assert log.contains('[INFO] netlint: devices/exports: 2 whole-device exports whose nodes differ (site1.json, site2.json),'
        + ' each checked as a device of its own')
assert !log.contains('[conflicting-declaration]')
assert log.contains('[INFO] netlint: 3 devices, 4 files: 0 errors, 0 warnings, 0 infos')
// the include naming one file of dev: the device dev, whole
assert log.contains('[INFO] netlint: 1 device, 2 files: 0 errors, 0 warnings, 0 infos')
assert log.contains('BUILD SUCCESS')

def fleet = new JsonSlurper().parse(new File(basedir, 'target/netlint-fleet/netlint.json'))
assert fleet.devices*.path == ['devices/dev', 'devices/exports/site1.json', 'devices/exports/site2.json']
assert fleet.devices[1].files == ['devices/exports/site1.json']

def changed = new JsonSlurper().parse(new File(basedir, 'target/netlint-changed/netlint.json'))
assert changed.devices*.path == ['devices/dev']
assert changed.devices[0].files == ['devices/dev/device.json', 'devices/dev/kubernetes.yaml']
return true
