import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the broken devices are in excluded places: the archive folder and a draft file
assert !log.contains('[pool-overlap]')
assert log.contains('[INFO] netlint: 1 device, 1 file: 0 errors, 0 warnings, 0 infos')
assert log.contains('BUILD SUCCESS')

// the report of an earlier run in the output folder was not taken for a device, and is replaced
def reports = new File(basedir, 'devices/reports')
assert reports.list().sort() == ['netlint.json', 'netlint.txt']
def json = new JsonSlurper().parse(new File(reports, 'netlint.json'))
assert json.devices*.path == ['devices/plant-a/edge-01']
assert json.devices[0].files == ['devices/plant-a/edge-01/network.yaml']
assert new File(reports, 'netlint.txt').text.trim() == '1 device, 1 file: 0 errors, 0 warnings, 0 infos'
return true
