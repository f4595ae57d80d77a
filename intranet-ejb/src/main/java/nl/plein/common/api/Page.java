package nl.plein.common.api;

import java.io.Serializable;
import java.util.List;

/** One page of results with the total, so that callers can show "page 2 of 7". */
public record Page<T extends Serializable>(List<T> items, int page, int size, long total)
    implements Serializable {

  public Page {
    items = List.copyOf(items);
  }

  public int totalPages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasNext() {
    return page < totalPages();
  }
}
