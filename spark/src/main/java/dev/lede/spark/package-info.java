/**
 * Lede's analyses on Apache Spark, with the results of the single-machine path.
 */
package dev.lede.spark;
