// A misspelt key fails with its file:line:column and a suggestion, every problem listed, and no stack trace.
// What this case expects, in one place: update it here when the core's wording changes.
def expectedLines = [
    "[ERROR] Failed to execute goal dev.factcheck:factcheck-maven-plugin:${pluginVersion}:verify (default-cli)" +
            " on project unknown-key: rules/story.yaml:7:5: error: unknown key 'neer' in claim 'meeting.length'" +
            " (did you mean 'near'?)",
    "[ERROR] rules/story.yaml:5:5: error: claim 'meeting.length' has neither 'nearer' nor 'pattern'" +
            " (add 'near' with the words that mark a mention)",
    '[ERROR] -> [Help 1]',
]*.toString()

def log = new File(basedir, 'build.log').readLines()
def at = log.indexOf(expectedLines[0])
assert at >= 0: "build.log has no line: ${expectedLines[0]}"
assert log.subList(at, Math.min(log.size(), at + expectedLines.size())) == expectedLines
assert !log.any { it =~ /^\s+at \S+\(/ || it.startsWith('Caused by:') }: 'no stack trace'
assert !log.any { it =~ /\b[a-z]\w*(\.\w+)+(Exception|Error)\b/ }: 'no exception class names'
assert !new File(basedir, 'target/factcheck/report.json').exists()
true
