import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert !log.contains('[ERROR]')
assert log.contains('[INFO] netlint: 1 device, 1 file: 0 errors, 0 warnings, 0 infos, 1 suppressed')
assert log.contains('BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/netlint/netlint.json'))
def finding = json.devices[0].findings[0]
assert finding.rule == 'pool-overlap'
assert finding.suppressed == true
assert finding.suppression.kind == 'baseline'
return true
