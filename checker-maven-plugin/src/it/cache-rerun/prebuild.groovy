// The sources and rules are dated an hour ago, as a checkout's are by the time it is checked: a file changed within
// the last seconds is not trusted by its size and time, and would be read and checked again each time.
def hourAgo = System.currentTimeMillis() - 3_600_000L
['seeds', 'rules'].each { folder ->
    new File(basedir, folder).eachFileRecurse { it.setLastModified(hourAgo) }
}
true
