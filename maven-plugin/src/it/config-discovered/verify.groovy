import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] src/main/network/edge-02/network.yaml:18:59 KubernetesNodeIPs')
// the configuration used is named
assert log.contains('[INFO] netlint: configuration: .netlint.yaml')
// the archived copy is left out by the ignore glob
assert !log.contains('archive/edge-00')
assert log.count('[pool-overlap]') == 1
assert log.contains('[ERROR] netlint: 1 device, 1 file: 0 errors, 1 warning, 0 infos')
assert log.contains('(failOn: warning)')
assert log.contains('MojoFailureException')

def json = new JsonSlurper().parse(new File(basedir, 'target/netlint/netlint.json'))
assert json.devices*.path == ['src/main/network/edge-02']
assert json.devices[0].findings*.severity == ['warning']
return true
