def log = new File(basedir, 'build.log').text
// no finding in the log, the summary and the failure all the same, the reports written
assert !log.contains('[pool-overlap]')
assert !log.contains('network.yaml:18:59')
assert log.contains('[ERROR] netlint: 1 device, 1 file: 1 error, 0 warnings, 0 infos')
assert log.contains('MojoFailureException')
assert new File(basedir, 'target/netlint/netlint.json').text.contains('"pool-overlap"')
return true
