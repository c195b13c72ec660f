/**
 * Checks every story of an archive as an Apache Beam pipeline, one element per story, each checked by the core as
 * {@code mvn factcheck:verify} would; the only module that depends on Beam.
 */
package dev.factcheck.beam;
