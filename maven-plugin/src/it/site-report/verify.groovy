def log = new File(basedir, 'build.log').text
// a report does not fail the build, and says what it wrote
assert log.contains('[INFO] netlint: 1 device, 2 files: 1 error, 0 warnings, 0 infos; target/site/netlint.html written')
assert log.contains('BUILD SUCCESS')

def page = new File(basedir, 'target/site/netlint.html')
assert page.isFile()
def html = page.getText('UTF-8')
// netlint's own page, whole: self-contained, no script
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('<title>netlint report of Plant network</title>')
assert !html.contains('<script')
assert html.contains("content=\"default-src 'none'")
// the compute subnet drawn with its pools, and the finding marked where it lies
assert html.contains('<svg class="subnet-bar"')
assert html.contains('class="el node-pool"')
assert html.contains('class="el service-pool"')
assert html =~ /class="el load-balancer flagged"><title>load-balancer IP: load balancer api 192\.168\.20\.140<\/title>/
assert html.contains('<tspan class="finding-mark">[1]</tspan>')
// the finding with its file and line, and its rule's page
assert html.contains('<code>src/main/network/edge-03/shop.yaml:21:42</code> load-balancer IP 192.168.20.140 of service api')
assert html.contains('<details id="rule-service-ip-outside-range">')

// the site lists it among the project reports
def reports = new File(basedir, 'target/site/project-reports.html')
assert reports.isFile()
assert reports.getText('UTF-8').contains('href="netlint.html"')
return true
