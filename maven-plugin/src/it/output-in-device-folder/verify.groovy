def log = new File(basedir, 'build.log').text
// the device's own netlint.json is where the json report would go: refused before anything is written
assert log.contains('netlint.json: is a device file this run checks; a report must not replace it')
assert log.contains('BUILD FAILURE')
def device = new File(basedir, 'src/main/network/edge-01/netlint.json').text
assert device.contains('"requiredNetworks"')
assert !device.contains('"tool"')
assert !new File(basedir, 'src/main/network/edge-01/netlint.sarif').exists()
return true
