/** The throughput benchmark: a generated news corpus, timed reading, extraction and checking; a tool, not a library. */
package dev.factcheck.bench;
