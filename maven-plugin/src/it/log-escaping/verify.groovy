import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').getText('UTF-8')
// the line break of the folder name is shown as \x0a: no log line starts with the forged text
assert !log.readLines().any { it.startsWith('[ERROR] forged') }
assert log.contains('[ERROR] src/main/network/edge\\x0a[ERROR] forged: the build is fine/network.yaml:18:59 KubernetesNodeIPs')
// the lone surrogate is written as U+FFFD, and every report is still written
assert log.contains('[service-name-invalid]')
assert !log.contains('Input length')
def json = new JsonSlurper().parse(new File(basedir, 'target/netlint/netlint.json'), 'UTF-8')
assert json.devices[0].findings*.rule.contains('service-name-invalid')
assert json.devices[0].findings.any { it.message.contains('web\ufffd') }
assert new File(basedir, 'target/netlint/netlint.sarif').getText('UTF-8').contains('web\ufffd')
return true
