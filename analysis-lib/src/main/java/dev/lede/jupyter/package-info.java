/**
 * Lede inside any jjava-based Jupyter kernel: {@link dev.lede.jupyter.LedeExtension} registers the
 * renderers and the default imports.
 *
 * <pre>{@code
 * %maven dev.lede:analysis-lib:0.1.0-SNAPSHOT   // in a plain JJava notebook
 * }</pre>
 */
package dev.lede.jupyter;
