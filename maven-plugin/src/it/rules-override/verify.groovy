import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/network/edge-02/network.yaml:18:59 KubernetesNodeIPs')
assert !log.contains('[ERROR]')
assert log.contains('[INFO] netlint: 1 device, 1 file: 0 errors, 1 warning, 0 infos')
assert log.contains('BUILD SUCCESS')

def json = new JsonSlurper().parse(new File(basedir, 'target/netlint/netlint.json'))
def finding = json.devices[0].findings[0]
assert finding.rule == 'pool-overlap'
assert finding.severity == 'warning'
def sarif = new JsonSlurper().parse(new File(basedir, 'target/netlint/netlint.sarif'))
assert sarif.runs[0].results[0].level == 'warning'
return true
