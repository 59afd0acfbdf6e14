package org.ossatlas.site.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ossatlas.site.model.CategoryPage;
import org.ossatlas.site.model.ProjectPage;
import org.ossatlas.site.model.ProjectRow;
import org.ossatlas.site.model.Ref;
import org.ossatlas.site.model.SiteModel;

/**
 * {@code projects/index.json}: every project as one array (no keys repeated 10,000 times), for the
 * list's sorting and filtering in the browser. Shape:
 *
 * <pre>
 * {"version": 1,
 *  "categories": [[id, name], ...],
 *  "rows": [[id, name, primary category index or -1, [indexes of every category the project is
 *            in, ancestors included], commits 12 mo, authors 12 mo, change, trend, last commit]]}
 * </pre>
 *
 * Numbers absent in the graph are null, text absent is "". Rows in id order.
 */
final class ProjectListJson {
  private ProjectListJson() {}

  static byte[] of(SiteModel site) {
    List<CategoryPage> categories = site.categories(); // in id order
    Map<String, Integer> index = new HashMap<>();
    Map<String, String> parent = new HashMap<>();
    List<List<String>> names = new ArrayList<>();
    for (CategoryPage c : categories) {
      index.put(c.id(), names.size());
      parent.put(c.id(), c.parentId());
      names.add(List.of(c.id(), c.name()));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (ProjectPage p : site.projects()) {
      ProjectRow r = p.row();
      TreeSet<Integer> in = new TreeSet<>();
      for (Ref c : p.categories()) {
        // Walk up the tree (a guard against cycles, which validation already refuses).
        String id = c.id();
        for (int depth = 0; id != null && index.containsKey(id) && depth < 64; depth++) {
          in.add(index.get(id));
          id = parent.get(id);
        }
      }
      rows.add(
          Arrays.asList(
              p.id(),
              p.name(),
              r.primaryCategory() == null ? -1 : index.getOrDefault(r.primaryCategory().id(), -1),
              List.copyOf(in),
              r.commits12m(),
              r.authors12m(),
              r.change() == null ? null : Math.round(r.change() * 1000) / 1000.0,
              r.trend() == null ? "" : r.trend(),
              r.lastCommit() == null ? "" : r.lastCommit()));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("version", 1);
    json.put("categories", names);
    json.put("rows", rows);
    try {
      return new ObjectMapper().writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write " + ProjectListRenderer.JSON, e);
    }
  }
}
