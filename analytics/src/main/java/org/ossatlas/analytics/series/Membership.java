package org.ossatlas.analytics.series;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Which groups each member belongs to: projects to categories (with their ancestors) or to backers.
 * Members and groups are numbered by their position in sorted id lists, the numbering the int
 * columns of the analytics use. A member may belong to any number of groups, a group holds each
 * member at most once.
 */
public final class Membership {
  private final List<String> groupIds;
  private final int[][] groupsOfMember;
  private final int[][] membersOfGroup;

  private Membership(List<String> groupIds, int[][] groupsOfMember, int[][] membersOfGroup) {
    this.groupIds = groupIds;
    this.groupsOfMember = groupsOfMember;
    this.membersOfGroup = membersOfGroup;
  }

  /** Every member is its own group: the aggregation per project. */
  public static Membership identity(List<String> memberIds) {
    int n = memberIds.size();
    int[][] self = new int[n][];
    for (int i = 0; i < n; i++) {
      self[i] = new int[] {i};
    }
    return new Membership(List.copyOf(memberIds), self, self);
  }

  /**
   * Groups from a map of group id to member ids; member ids not in {@code memberIds} are ignored (a
   * category may list a project the commits do not know), groups are sorted by id.
   */
  public static Membership of(
      List<String> memberIds, Map<String, ? extends Collection<String>> membersByGroup) {
    List<String> groups = new ArrayList<>(new TreeSet<>(membersByGroup.keySet()));
    Map<String, Integer> memberIndex = indexOf(memberIds);
    List<List<Integer>> groupsOf = new ArrayList<>();
    for (int i = 0; i < memberIds.size(); i++) {
      groupsOf.add(new ArrayList<>());
    }
    int[][] membersOf = new int[groups.size()][];
    for (int g = 0; g < groups.size(); g++) {
      membersOf[g] =
          membersByGroup.get(groups.get(g)).stream()
              .map(memberIndex::get)
              .filter(m -> m != null)
              .mapToInt(Integer::intValue)
              .distinct()
              .sorted()
              .toArray();
      for (int m : membersOf[g]) {
        groupsOf.get(m).add(g);
      }
    }
    int[][] groupsOfMember =
        groupsOf.stream()
            .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
            .toArray(int[][]::new);
    return new Membership(List.copyOf(groups), groupsOfMember, membersOf);
  }

  /** The groups member {@code member} belongs to, ascending; empty when none. */
  public int[] groupsOf(int member) {
    return member >= 0 && member < groupsOfMember.length ? groupsOfMember[member] : new int[0];
  }

  /** The members of group {@code group}, ascending. */
  public int[] membersOf(int group) {
    return membersOfGroup[group].clone();
  }

  public List<String> groupIds() {
    return groupIds;
  }

  public int groupCount() {
    return groupIds.size();
  }

  private static Map<String, Integer> indexOf(List<String> ids) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      index.put(ids.get(i), i);
    }
    return index;
  }

  @Override
  public String toString() {
    return groupIds.size() + " groups over " + groupsOfMember.length + " members: " + groupIds;
  }
}
