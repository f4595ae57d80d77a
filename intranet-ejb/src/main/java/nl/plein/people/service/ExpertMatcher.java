package nl.plein.people.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.mapper.orm.Search;

/**
 * Says why someone is an expert: which of their declared tags share a word stem with the topic
 * ("paspoort" matches "Paspoorten"), using the same Dutch analysis as the index.
 */
@ApplicationScoped
class ExpertMatcher {
  @PersistenceUnit EntityManagerFactory emf;

  private Analyzer analyzer;

  List<String> matching(String topic, List<String> tags) {
    Set<String> wanted = terms(topic);
    return tags.stream().filter(tag -> terms(tag).stream().anyMatch(wanted::contains)).toList();
  }

  private Set<String> terms(String text) {
    Set<String> terms = new HashSet<>();
    try (TokenStream stream = analyzer().tokenStream("expertise.name", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private Analyzer analyzer() {
    if (analyzer == null) {
      analyzer = Search.mapping(emf).backend().unwrap(LuceneBackend.class).analyzer("dutch").orElseThrow();
    }
    return analyzer;
  }
}
