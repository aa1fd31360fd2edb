package dev.netlint.rules.support;

import java.math.BigInteger;
import java.util.Random;

/**
 * Disjoint free runs of one family, ordered by first address: a treap (a search tree balanced by
 * random priorities) where each node knows the largest run below it, so that the first run of at
 * least a size after an address is found in O(log n), and runs are added and removed in O(log n).
 */
final class FreeRuns {

    static final class Node {
        final BigInteger first;
        final BigInteger last;
        final BigInteger size;
        final int priority;
        BigInteger largest;
        Node left;
        Node right;

        Node(BigInteger first, BigInteger last, int priority) {
            this.first = first;
            this.last = last;
            this.size = last.subtract(first).add(BigInteger.ONE);
            this.priority = priority;
            this.largest = size;
        }

        void update() {
            BigInteger max = size;
            if (left != null) {
                max = max.max(left.largest);
            }
            if (right != null) {
                max = max.max(right.largest);
            }
            largest = max;
        }
    }

    /** Seeded: the shape of the tree, hence nothing a user sees, depends on no clock. */
    private final Random random = new Random(0x5eed);
    private Node root;

    void add(BigInteger first, BigInteger last) {
        split(root, first);
        Node high = splitHigh;
        root = merge(merge(splitLow, new Node(first, last, random.nextInt())), high);
    }

    void remove(BigInteger first) {
        split(root, first);
        Node low = splitLow;
        split(splitHigh, first.add(BigInteger.ONE));
        root = merge(low, splitHigh);
    }

    /** The run with the greatest first address at or below {@code value}. */
    Node floor(BigInteger value) {
        Node found = null;
        for (Node t = root; t != null; ) {
            if (t.first.compareTo(value) <= 0) {
                found = t;
                t = t.right;
            } else {
                t = t.left;
            }
        }
        return found;
    }

    /** The run with the least first address at or above {@code value}. */
    Node ceiling(BigInteger value) {
        Node found = null;
        for (Node t = root; t != null; ) {
            if (t.first.compareTo(value) >= 0) {
                found = t;
                t = t.left;
            } else {
                t = t.right;
            }
        }
        return found;
    }

    /** The lowest run that starts at or after {@code from} and holds at least {@code size} addresses. */
    Node firstAtLeast(BigInteger from, BigInteger size) {
        return firstAtLeast(root, from, size);
    }

    private static Node firstAtLeast(Node t, BigInteger from, BigInteger size) {
        if (t == null || t.largest.compareTo(size) < 0) {
            return null;
        }
        if (t.first.compareTo(from) < 0) {
            return firstAtLeast(t.right, from, size);
        }
        Node left = firstAtLeast(t.left, from, size);
        if (left != null) {
            return left;
        }
        return t.size.compareTo(size) >= 0 ? t : firstAtLeast(t.right, from, size);
    }

    /** The two trees of the last {@link #split}: no array per level (a device may place 100,000 pools). */
    private Node splitLow;
    private Node splitHigh;

    /** Splits {@code t} into the runs starting below {@code key} ({@link #splitLow}) and the others. */
    private void split(Node t, BigInteger key) {
        if (t == null) {
            splitLow = null;
            splitHigh = null;
            return;
        }
        if (t.first.compareTo(key) < 0) {
            split(t.right, key);
            t.right = splitLow;
            t.update();
            splitLow = t;
            return;
        }
        split(t.left, key);
        t.left = splitHigh;
        t.update();
        splitHigh = t;
    }

    private static Node merge(Node a, Node b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.priority > b.priority) {
            a.right = merge(a.right, b);
            a.update();
            return a;
        }
        b.left = merge(a, b.left);
        b.update();
        return b;
    }
}
