// A file named target where the output folder should be fails the build with a user error naming both, once.
// What this case expects, in one place.
def folder = new File(basedir, 'target/factcheck').toPath().toAbsolutePath().normalize()
def expectedFailure = "[ERROR] Failed to execute goal dev.factcheck:factcheck-maven-plugin:${pluginVersion}:verify" +
        " (default-cli) on project output-blocked: ${folder}: error: cannot create the output folder: 'target' is a" +
        ' file, not a folder: move it away or choose another output folder -> [Help 1]'

def log = new File(basedir, 'build.log').readLines()
assert log.contains(expectedFailure.toString()): "build.log has no line: $expectedFailure"
assert !log.any { it.contains('failed unexpectedly') || it.contains('UncheckedIOException') }
assert !log.any { it =~ /^\s+at \S+\(/ || it.startsWith('Caused by:') }: 'no stack trace'
assert new File(basedir, 'target').isFile(): 'the file in the way is left as it was'
true
