def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('netlint:check')
// every parameter has a description of its own, read whole (no HTML tag eaten out of it)
assert !log.contains('(no description available)')
assert !log.contains('netlint.:')
def parameters = ['baseline', 'configFile', 'excludes', 'failOn', 'failOnViolation', 'formats', 'includes',
                  'logViolationsToConsole', 'maxAllowedViolations', 'maxFileSize', 'outputDirectory', 'profile',
                  'rules', 'skip', 'sourceDirectories', 'currentConfiguration']
def lines = log.readLines()
parameters.each { name ->
    def at = lines.findIndexOf { it.trim() == name || it.trim().startsWith(name + ' (Default:') }
    assert at >= 0 : "parameter ${name} is not listed"
    // the lines below the name up to the blank line, less the user property: the description
    def description = lines.drop(at + 1).takeWhile { !it.trim().isEmpty() }
            .findAll { !it.trim().startsWith('User property:') }*.trim().join(' ')
    assert description.length() > 40 : "parameter ${name} is hardly described: '${description}'"
}
assert log.contains('User property: netlint.failOnViolation')
assert log.contains('User property: netlint.maxAllowedViolations')
assert log.contains('User property: netlint.console')
assert log.contains('TEST-netlint.xml')
assert log.contains('element route-redundant holding')
return true
