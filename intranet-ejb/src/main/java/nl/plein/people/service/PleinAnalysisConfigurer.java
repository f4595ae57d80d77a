package nl.plein.people.service;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Text analysis for Dutch content. "dutch": words folded to plain letters and reduced to their
 * stem ("fietsen" finds "fiets"). "name": names as typed, folded ("Özdemir" finds "ozdemir"), not
 * stemmed (a surname is no verb).
 */
public class PleinAnalysisConfigurer implements LuceneAnalysisConfigurer {
  @Override
  public void configure(LuceneAnalysisConfigurationContext context) {
    context.analyzer("dutch").custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("snowballPorter").param("language", "Dutch")
        .tokenFilter("asciiFolding");
    context.analyzer("name").custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding");
    // Group names as trigrams: compounds ("kaartjesmarkt", "cultuurkaartjes") share their parts.
    context.analyzer("trigram").custom()
        .tokenizer("standard")
        .tokenFilter("lowercase")
        .tokenFilter("asciiFolding")
        .tokenFilter("nGram").param("minGramSize", "3").param("maxGramSize", "3");
  }
}
