/** Numbers, units and hedges: reads the figures of prose as intervals in canonical units. */
package dev.factcheck.quantity;
