def log = new File(basedir, 'build.log').text
assert log.contains('netlint: sourceDirectories src/main/netwrok: no such folder')
assert log.contains('BUILD FAILURE')
// refused before any device is read or any report written
assert !log.contains('[pool-overlap]')
assert !log.contains('skipped')
assert !new File(basedir, 'target/netlint').exists()
return true
