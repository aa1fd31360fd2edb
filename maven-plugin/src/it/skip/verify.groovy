def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] netlint: skipped')
assert !log.contains('[pool-overlap]')
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/netlint').exists()
return true
