import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// the output folder holds every device: the devices are checked all the same, and the broken one fails
assert log.contains('[pool-overlap]')
assert log.contains('netlint: 1 device, 1 file: 1 error, 0 warnings, 0 infos')
assert !log.contains('0 devices')
assert log.contains('BUILD FAILURE')

// the earlier report was not read as a device, and is replaced by this run's
def json = new JsonSlurper().parse(new File(basedir, 'netlint.json'))
assert json.devices*.path == ['sites/plant-a/edge-02']
assert json.summary.errors == 1
assert new File(basedir, 'netlint.sarif').exists()
assert new File(basedir, 'netlint.txt').text.contains('1 device, 1 file: 1 error')
return true
