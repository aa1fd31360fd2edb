def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] netlint: netlint.html written to target/netlint')
assert log.contains('BUILD SUCCESS')

// the page draws the device, which needs the model the rules saw: not the findings alone
def html = new File(basedir, 'target/netlint/netlint.html').getText('UTF-8')
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('<svg class="subnet-bar"')
assert html.contains('192.168.20.0/24, the subnet of the compute port Port3: 256 addresses')
assert html.contains('class="el node-pool"')
assert html.contains('class="el service-pool"')
assert html.contains('<h3>Routes of the Kubernetes VMs</h3>')
assert html.contains('<strong>routed</strong>')
assert new File(basedir, 'target/netlint').list().sort() == ['netlint.html']
return true
