/** Reading sources safely, positions and spans, and splitting text into sentences, clauses and words. */
package dev.factcheck.source;
