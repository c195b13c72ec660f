// -Dfactcheck.cache=false wrote no cache; the default did, one file for the one rule file and the gate's memo; the
// check from the cache wrote the same report.json, byte for byte, as the cold check on one thread; the rerun with
// nothing changed said so and wrote nothing; a negative thread count failed with one message and no stack trace.
def cold = new File(basedir, 'target/cold')
def warm = new File(basedir, 'target/factcheck')
assert new File(cold, 'report.json').isFile()
assert !new File(cold, 'cache').exists(): 'factcheck.cache=false wrote a cache'
def cacheFiles = new File(warm, 'cache').listFiles()*.name.sort()
assert cacheFiles.size() == 2 && cacheFiles[0] ==~ /[0-9a-f]{64}\.bin/ && cacheFiles[1] == 'gate.bin': cacheFiles
assert new File(warm, 'cache/' + cacheFiles[0]).length() > 0
assert new File(warm, 'report.json').bytes == new File(cold, 'report.json').bytes
def log = new File(basedir, 'build.log').readLines()
def unchanged = log.findAll { it.contains('factcheck: rules, sources and options unchanged since the last check') }
assert unchanged == ['[INFO] factcheck: rules, sources and options unchanged since the last check: its outcome stands'
        + ' (delete target/factcheck/cache to check afresh)']: unchanged
assert log.count('[INFO] factcheck: report unchanged: target/factcheck/report.json') == 1
assert log.count('[INFO] factcheck: report written to target/factcheck/report.json') == 2
def problems = log.findAll { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }
assert problems.any { it.contains('factcheck: threads must be 0 (one per core) or more, was -2') }: problems
assert !log.any { it.contains('Exception') && it.contains('at dev.factcheck') }
assert !problems.any { it.contains('factcheck:') && !it.contains('threads must be') }: problems
true
