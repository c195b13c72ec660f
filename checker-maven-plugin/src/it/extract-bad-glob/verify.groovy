// Sources globs that match no file fail the build naming every such glob and where it looked, with no stack trace;
// nothing is listed and mentions.json is not written.
// What this case expects, in one place: update it here when the core's wording changes.
def root = basedir.toPath().toAbsolutePath().normalize()
def expectedLines = [
    "[ERROR] Failed to execute goal dev.factcheck:factcheck-maven-plugin:${pluginVersion}:extract (default-cli)" +
            " on project standalone-pom: news/*.txt: error: sources glob matches no file (relative to ${root})",
    "[ERROR] wire/*.txt: error: sources glob matches no file (relative to ${root})",
    '[ERROR] -> [Help 1]',
]*.toString()

def log = new File(basedir, 'build.log').readLines()
def at = log.indexOf(expectedLines[0])
assert at >= 0: "build.log has no line: ${expectedLines[0]}"
assert log.subList(at, Math.min(log.size(), at + expectedLines.size())) == expectedLines
assert !log.any { it.contains('texts/harbour.txt') }: 'nothing listed'
assert !log.any { it =~ /^\s+at \S+\(/ || it.startsWith('Caused by:') }: 'no stack trace'
assert !log.any { it =~ /\b[a-z]\w*(\.\w+)+(Exception|Error)\b/ }: 'no exception class names'
assert !new File(basedir, 'target/factcheck/mentions.json').exists()
true
