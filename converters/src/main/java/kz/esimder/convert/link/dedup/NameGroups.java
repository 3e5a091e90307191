package kz.esimder.convert.link.dedup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import kz.esimder.convert.link.name.NameParts;

/**
 * The persons grouped by name: persons whose names parse alike (the same {@link NameParts} and
 * block keys) form one group, since everything blocking and the name score look at is the same
 * for them. The work of deduplication then grows with the pairs of distinct names that share a
 * block, and with the persons of one name only where their names are close enough to matter.
 *
 * <p>Each group knows every block it belongs to: its own keys and, for a name of one word
 * («S|-»), every «S|…» block of that surname. Two groups are compared in the first block (in key
 * order) they both belong to, and only there, so no pair is met twice and none needs remembering.
 */
final class NameGroups {
    private final List<int[]> members = new ArrayList<>();
    private final List<PersonFacts> representatives = new ArrayList<>();
    private final int[] groupOf;
    private final String[][] membership;
    private final TreeMap<String, int[]> blocks = new TreeMap<>();

    private record Signature(NameParts name, Set<String> blockKeys) {}

    NameGroups(List<PersonFacts> persons) {
        groupOf = new int[persons.size()];
        Map<Signature, Integer> ids = new HashMap<>();
        List<List<Integer>> lists = new ArrayList<>();
        for (int i = 0; i < persons.size(); i++) {
            PersonFacts p = persons.get(i);
            Integer g = ids.get(new Signature(p.name(), p.blockKeys()));
            if (g == null) {
                g = lists.size();
                ids.put(new Signature(p.name(), p.blockKeys()), g);
                lists.add(new ArrayList<>());
                representatives.add(p);
            }
            lists.get(g).add(i);
            groupOf[i] = g;
        }
        lists.forEach(l -> members.add(l.stream().mapToInt(Integer::intValue).toArray()));
        membership = new String[lists.size()][];
        buildBlocks();
    }

    private void buildBlocks() {
        Map<String, TreeSet<String>> fullKeysBySurname = new HashMap<>();
        for (PersonFacts p : representatives) {
            for (String key : p.blockKeys()) {
                if (!key.endsWith(BlockKeys.BARE)) {
                    fullKeysBySurname.computeIfAbsent(BlockKeys.surnamePart(key), s -> new TreeSet<>()).add(key);
                }
            }
        }
        Map<String, List<Integer>> byKey = new TreeMap<>();
        for (int g = 0; g < representatives.size(); g++) {
            TreeSet<String> keys = new TreeSet<>(representatives.get(g).blockKeys());
            for (String key : representatives.get(g).blockKeys()) {
                // a person known by a surname alone meets everyone of that surname
                if (key.endsWith(BlockKeys.BARE)) keys.addAll(fullKeysBySurname.getOrDefault(BlockKeys.surnamePart(key), new TreeSet<>()));
            }
            membership[g] = keys.toArray(new String[0]);
            for (String key : keys) byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
        }
        byKey.forEach((key, groups) -> blocks.put(key, groups.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** The blocks in key order, each as its groups in ascending order. */
    Map<String, int[]> blocks() {
        return blocks;
    }

    int size() {
        return members.size();
    }

    /** The persons of a group, ascending. */
    int[] members(int group) {
        return members.get(group);
    }

    /** A person of the group: its name and block keys stand for every member's. */
    PersonFacts representative(int group) {
        return representatives.get(group);
    }

    int groupOf(int person) {
        return groupOf[person];
    }

    /** The first block two groups (possibly the same) both belong to, or null if they never meet. */
    String firstCommonBlock(int g, int h) {
        String[] a = membership[g];
        String[] b = membership[h];
        if (g == h) return a.length == 0 ? null : a[0];
        int i = 0, j = 0;
        while (i < a.length && j < b.length) {
            int c = a[i].compareTo(b[j]);
            if (c == 0) return a[i];
            if (c < 0) i++;
            else j++;
        }
        return null;
    }

    /** Whether the groups of two persons share a block: whether deduplication compares them. */
    boolean meet(int personA, int personB) {
        return firstCommonBlock(groupOf[personA], groupOf[personB]) != null;
    }

    @Override
    public String toString() {
        return "NameGroups[" + members.size() + " names, " + blocks.size() + " blocks, largest block "
                + blocks.values().stream().mapToInt(x -> x.length).max().orElse(0) + " names; "
                + groupOf.length + " persons]";
    }
}
