/** Finds the mentions of every claim in every source, in one pass over each source. Internal, may change. */
package dev.factcheck.extract;
