def log = new File(basedir, 'build.log').text
assert log.contains("netlint: unknown rule 'pool-overlaps' in <rules>; did you mean 'pool-overlap'?")
// in Maven's words: no pointer to a command of the command line
assert !log.contains('netlint rules')
assert log.contains('MojoExecutionException')
// the configuration is refused before any device is read or any report written
assert !log.contains('[pool-overlap]')
assert !new File(basedir, 'target/netlint').exists()
return true
