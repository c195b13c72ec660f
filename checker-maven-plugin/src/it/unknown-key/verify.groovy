// A misspelt key fails with its file:line:column and a suggestion, and no stack trace.
// What this case expects, in one place: update it here when the core's wording changes.
def problem = "rules/story.yaml:7:5: error: unknown key 'neer' in claim 'meeting.length' (did you mean 'near'?)"
def expectedLines = [
    "[ERROR] Failed to execute goal dev.factcheck:factcheck-maven-plugin:${pluginVersion}:verify (default-cli)" +
            " on project unknown-key: ${problem}",
]

def log = new File(basedir, 'build.log').readLines()
expectedLines.each { assert log.contains(it.toString()): "build.log has no line: $it" }
assert !log.any { it =~ /^\s+at \S+\(/ || it.startsWith('Caused by:') }: 'no stack trace'
assert !log.any { it =~ /\b[a-z]\w*(\.\w+)+(Exception|Error)\b/ }: 'no exception class names'
assert !new File(basedir, 'target/factcheck/report.json').exists()
true
