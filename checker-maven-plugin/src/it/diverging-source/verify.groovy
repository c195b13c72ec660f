// A fourth article whose figures were changed fails the build, naming each claim and the new file's positions.
// What this case expects, in one place: update it here when the core's wording changes.
def changed = 'seeds/003_changed_copy_of_000.txt'
def failure = 'factcheck: 3 claims failed the check: syria.death-toll, syria.uprising-length, meeting.length' +
        ' (see target/factcheck/report.json)'
def expectedLines = [
    "[ERROR] ${changed}:5:188: error: syria.death-toll diverges [syria.death-toll]".toString(),
    "[ERROR] ${changed}:5:156: error: syria.uprising-length diverges [syria.uprising-length]".toString(),
    "[ERROR] ${changed}:2:89: error: meeting.length diverges [meeting.length]".toString(),
    '[INFO] factcheck: 3 claims, 0 agree, 3 diverge',
    '[INFO] factcheck: report written to target/factcheck/report.json',
    "[ERROR] Failed to execute goal dev.factcheck:factcheck-maven-plugin:${pluginVersion}:verify (default-cli)" +
            " on project diverging-source: ${failure} -> [Help 1]".toString(),
]

def log = new File(basedir, 'build.log').readLines()
expectedLines.each { assert log.contains(it.toString()): "build.log has no line: $it" }
assert log.count { it.contains('failed the check') } == 1: 'the build fails once'
assert !log.any { it =~ /^\s+at \S+\(/ || it.startsWith('Caused by:') }: 'no stack trace'

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/factcheck/report.json'))
assert report.claims.every { it.verdict == 'DIVERGE' }
true
