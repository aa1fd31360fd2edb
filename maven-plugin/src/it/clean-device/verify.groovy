import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] netlint: 1 device, 1 file: 0 errors, 0 warnings, 0 infos')
assert log.contains('[INFO] netlint: netlint.json, netlint.sarif written to target/netlint')
assert !log.contains('[ERROR]')
assert !log.contains('[WARNING]')

def reports = new File(basedir, 'target/netlint')
// written whole, through a temporary file that is gone afterwards
assert reports.list().sort() == ['netlint.json', 'netlint.sarif']

def json = new JsonSlurper().parse(new File(reports, 'netlint.json'))
assert json.devices*.path == ['src/main/network/edge-01']
assert json.devices[0].files == ['src/main/network/edge-01/network.yaml']
assert json.devices[0].findings == []
assert json.summary.devices == 1
assert json.summary.errors == 0

def sarif = new JsonSlurper().parse(new File(reports, 'netlint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
assert sarif.runs[0].results == []
// a clean run describes no rule: the driver holds the rules that produced a result
assert sarif.runs[0].tool.driver.rules == []
assert sarif.runs[0].tool.driver.name == 'netlint'
return true
