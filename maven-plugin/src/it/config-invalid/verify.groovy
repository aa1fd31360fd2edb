def log = new File(basedir, 'build.log').text
assert log.contains("netlint: invalid configuration .netlint.yaml:2: rules.pool-overlap: unknown level 'loud'")
assert log.contains('MojoExecutionException')
assert !log.contains('[pool-overlap]')
assert !new File(basedir, 'target/netlint').exists()
return true
