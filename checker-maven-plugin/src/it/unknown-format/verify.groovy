// An unknown format fails the build with the allowed list, before any rule file or source is read, and no stack trace.
// What this case expects, in one place: update it here when the core's wording changes.
def expectedLine = "[ERROR] Failed to execute goal dev.factcheck:factcheck-maven-plugin:${pluginVersion}:verify" +
        " (default-cli) on project unknown-format: factcheck: formats 'json,pdf': unknown report format 'pdf'" +
        ' (expected a comma-separated list of: console, json, html, sarif, junit, markdown, or all);' +
        ' set <formats> or -Dfactcheck.formats -> [Help 1]'

def log = new File(basedir, 'build.log').readLines()
assert log.contains(expectedLine.toString()): "build.log has no line: ${expectedLine}"
assert !log.any { it =~ /^\s+at \S+\(/ || it.startsWith('Caused by:') }: 'no stack trace'
assert !log.any { it.contains('factcheck: report written to') }
assert !new File(basedir, 'target/factcheck').exists(): 'nothing is written'
true
