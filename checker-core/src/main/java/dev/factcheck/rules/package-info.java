/** Rule files: parsing the YAML, checking it with positioned messages, and the claims and kinds it declares. */
package dev.factcheck.rules;
