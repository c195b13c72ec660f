// -Dfactcheck.cache=false wrote no cache; the default did, one file for the one rule file; and the rerun from the
// cache wrote the same report.json, byte for byte, as the cold check.
def cold = new File(basedir, 'target/cold')
def warm = new File(basedir, 'target/factcheck')
assert new File(cold, 'report.json').isFile()
assert !new File(cold, 'cache').exists(): 'factcheck.cache=false wrote a cache'
def cacheFiles = new File(warm, 'cache').listFiles()
assert cacheFiles != null && cacheFiles.size() == 1: "expected one cache file, found ${cacheFiles}"
assert cacheFiles[0].name ==~ /[0-9a-f]{64}\.bin/
assert cacheFiles[0].length() > 0
assert new File(warm, 'report.json').bytes == new File(cold, 'report.json').bytes
def log = new File(basedir, 'build.log').readLines()
assert !log.any { it.startsWith('[ERROR]') || it.startsWith('[WARNING]') }
true
