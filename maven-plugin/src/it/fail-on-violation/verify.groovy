import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// reported, not failed: nothing is logged as an error, the error finding as a warning
assert log.contains('[WARNING] src/main/network/edge-02/network.yaml:18:59 KubernetesNodeIPs')
assert !log.contains('[ERROR]')
assert log.contains('[INFO] netlint: 1 device, 1 file: 1 error, 0 warnings, 0 infos')
assert log.contains('BUILD SUCCESS')
def json = new JsonSlurper().parse(new File(basedir, 'target/netlint/netlint.json'))
assert json.summary.errors == 1
return true
