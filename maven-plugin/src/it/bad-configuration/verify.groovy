def log = new File(basedir, 'build.log').text
assert log.contains("netlint: unknown rule 'pool-overlaps' in <rules>")
assert log.contains('MojoExecutionException')
// the configuration is refused before any device is read or any report written
assert !log.contains('[pool-overlap]')
assert !new File(basedir, 'target/netlint').exists()
return true
