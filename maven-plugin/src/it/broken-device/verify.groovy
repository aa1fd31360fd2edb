import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def finding = '[ERROR] src/main/network/edge-02/network.yaml:18:59 KubernetesNodeIPs 192.168.20.20-192.168.20.22' +
        ' overlaps KubernetesServiceIPs 192.168.20.22-192.168.20.39 at 192.168.20.22 (1 address) [pool-overlap]'
assert log.contains(finding)
// the earlier pool is named as the related location under the finding, then the fix, each at the finding's level
assert log.contains('[ERROR]     src/main/network/edge-02/network.yaml:17:56: note: KubernetesNodeIPs\n'
        + '[ERROR]     help: move KubernetesServiceIPs to 192.168.20.23-192.168.20.40, free in 192.168.20.0/24')
assert log.contains('[ERROR] netlint: 1 device, 1 file: 1 error, 0 warnings, 0 infos')
assert log.contains('BUILD FAILURE')
// findings reaching failOn are a MojoFailureException, not a broken configuration
assert log.contains('MojoFailureException')
assert !log.contains('MojoExecutionException')

// the reports are written before the build fails, for CI to publish
def json = new JsonSlurper().parse(new File(basedir, 'target/netlint/netlint.json'))
assert json.summary.errors == 1
def found = json.devices[0].findings[0]
assert found.rule == 'pool-overlap'
// one message in the reports: the facts, then the fix
assert found.message.endsWith('(1 address); move KubernetesServiceIPs to 192.168.20.23-192.168.20.40, free in 192.168.20.0/24')
assert [found.location.line, found.location.column] == [18, 59]

def sarif = new JsonSlurper().parse(new File(basedir, 'target/netlint/netlint.sarif'))
def result = sarif.runs[0].results[0]
assert result.ruleId == 'pool-overlap'
assert result.level == 'error'
assert result.locations[0].physicalLocation.region.startLine == 18
assert result.locations[0].physicalLocation.region.startColumn == 59
return true
