def log = new File(basedir, 'build.log').text
def message = "netlint: .netlint.yaml:2: rules.pool-overlap: unknown level 'loud' (off, info, warning, error)"
assert log.contains(message)
// said once: Maven does not repeat the message of a cause after it
assert log.count("unknown level 'loud'") == log.count(message)
assert !log.contains(message + ':')
assert log.contains('MojoExecutionException')
assert !log.contains('[pool-overlap]')
assert !new File(basedir, 'target/netlint').exists()
return true
