package dev.netlint.core.plan;

import inet.ipaddr.IPAddress;
import inet.ipaddr.format.util.AssociativeAddressTrie;
import inet.ipaddr.format.util.AssociativeAddressTrie.AssociativeTrieNode;
import inet.ipaddr.ipv4.IPv4AddressAssociativeTrie;
import inet.ipaddr.ipv6.IPv6AddressAssociativeTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * Values by prefix block, in IPAddress's associative tries: one trie per address family behind one
 * type, so that no caller branches on the family. The longest-prefix match and the sub-trie of a block
 * are the library's. Blocks are given as {@link #block} makes them: a prefix block, or one address.
 *
 * @param <V> the value kept per block
 */
final class PrefixTrie<V> implements PrefixIndex<V> {

    private final IPv4AddressAssociativeTrie<V> v4 = new IPv4AddressAssociativeTrie<>();
    private final IPv6AddressAssociativeTrie<V> v6 = new IPv6AddressAssociativeTrie<>();

    private static IPAddress key(IPAddress block) {
        return PrefixIndex.key(block);
    }

    /** The trie of the key's family; the one place where the family decides. */
    @SuppressWarnings("unchecked")
    private AssociativeAddressTrie<IPAddress, V> trie(IPAddress key) {
        AssociativeAddressTrie<?, V> trie = key.isIPv4() ? v4 : v6;
        return (AssociativeAddressTrie<IPAddress, V>) trie;
    }

    /**
     * Keeps {@code value} for the block unless the value already kept comes first in {@code order}, or
     * ties with it: of several values for one block, the first in {@code order} stays, the earliest
     * offered on a tie. One trie walk for a new block; a block already there is walked again to put
     * back the value it keeps ({@code put} returns the value it replaced; the library's {@code putNew}
     * and {@code addNode} both change the value of a block already there).
     */
    void offer(IPAddress block, V value, Comparator<? super V> order) {
        IPAddress key = key(block);
        AssociativeAddressTrie<IPAddress, V> trie = trie(key);
        V replaced = trie.put(key, value);
        if (replaced != null && order.compare(value, replaced) >= 0) {
            trie.put(key, replaced);
        }
    }

    /** The value of the most specific block that contains {@code block} (or is it), or {@code null}. */
    @Override
    public V longestPrefixMatch(IPAddress block) {
        IPAddress key = key(block);
        AssociativeTrieNode<IPAddress, V> node = trie(key).longestPrefixMatchNode(key);
        return node == null ? null : node.getValue();
    }

    /**
     * The values of the blocks inside {@code block} (it included), in the trie's order: a block between
     * the blocks of its lower half and those of its upper half.
     */
    @Override
    public List<V> inside(IPAddress block) {
        IPAddress key = key(block);
        return values(trie(key).elementsContainedBy(key));
    }

    /**
     * The value of the most specific block that contains {@code block} (or is it), or {@code null}, and
     * the values of the blocks inside it as {@link #inside} gives them. One walk down the trie when the
     * block itself is there: the sub-trie of its node holds every block inside it.
     */
    @Override
    public Around<V> around(IPAddress block) {
        IPAddress key = key(block);
        AssociativeAddressTrie<IPAddress, V> trie = trie(key);
        AssociativeTrieNode<IPAddress, V> match = trie.longestPrefixMatchNode(key);
        V containing = match == null ? null : match.getValue();
        if (match != null && match.getKey().equals(key)) {
            return new Around<>(containing, values(match));
        }
        return new Around<>(containing, values(trie.elementsContainedBy(key)));
    }


    /** The values of the added nodes of a sub-trie, in the trie's order; none for no sub-trie. */
    private static <V> List<V> values(AssociativeTrieNode<IPAddress, V> sub) {
        List<V> result = new ArrayList<>();
        if (sub != null) {
            Iterator<? extends AssociativeTrieNode<IPAddress, V>> nodes = sub.nodeIterator(true);
            while (nodes.hasNext()) {
                result.add(nodes.next().getValue());
            }
        }
        return result;
    }
}
