import groovy.xml.XmlSlurper

def log = new File(basedir, 'build.log').text
def file = 'src/main/network/edge-02/network.yaml'
// each finding at its own level, and its note lines at the same level
assert log.contains("[ERROR] ${file}:18:59 KubernetesNodeIPs 192.168.20.20-192.168.20.22 overlaps")
assert log.contains("[ERROR]     ${file}:17:56: note: KubernetesNodeIPs")
assert log.contains("[WARNING] ${file}:6:9 Port2 is static with gateway 10.57.48.1 but has no dnsServerAddresses")
assert log.contains("[WARNING]     ${file}:8:75: note: gateway of Port2")
assert log.contains("[INFO] ${file}:22:51 route 192.168.20.128/25 via 192.168.20.1 on Port3 is not needed")
assert log.contains('[ERROR] netlint: 1 device, 1 file: 1 error, 1 warning, 1 info')
assert log.contains('MojoFailureException')

// the formats of the user property, in any case; JUnit where CI servers collect test results
def reports = new File(basedir, 'target/netlint')
assert reports.list().sort() == ['TEST-netlint.xml', 'netlint.json']
assert log.contains('[INFO] netlint: TEST-netlint.xml, netlint.json written to target/netlint')
def junit = new XmlSlurper().parse(new File(reports, 'TEST-netlint.xml'))
assert junit.name() == 'testsuites'
assert junit.testsuite.size() == 1
// one test case per finding, named by its rule and place
assert junit.testsuite[0].testcase*.@name*.text().sort() == ["dns-server-missing at ${file}:6:9",
        "pool-overlap at ${file}:18:59", "route-redundant at ${file}:22:51"]*.toString()
return true
