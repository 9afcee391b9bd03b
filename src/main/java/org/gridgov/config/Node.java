package org.gridgov.config;

/**
 * An immutable node of a YAML input tree, remembering where it was written.
 *
 * <p>Trees may share subtrees (a YAML alias refers to the node of its anchor); since nodes are
 * immutable this is never visible except through {@link #source()}, which is the anchor's place.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    /** Where this node was written. */
    Source source();
}
