using System.Collections.Concurrent;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Praktijkvoorbeelden.Search.Analysis;
using Praktijkvoorbeelden.Search.Indexing;

namespace Praktijkvoorbeelden.Search;

/// <summary>
/// Build side: turns the voorbeelden into index files that the browser engine opens. The main index
/// and the phrase index (names starting with <see cref="SearchEngine.PhraseFilePrefix"/>) are each
/// written in memory as one segment in a compound file (few, small files to download) and handed
/// out as bytes; <see cref="SearchEngine.Open"/> reads exactly these bytes.
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>Documents analysed ahead of the index writer; bounds the memory of the pipeline.</summary>
    private const int DocumentsInFlight = 64;

    /// <exception cref="ArgumentException">Two documents have the same id.</exception>
    public static BuiltIndex Build(IReadOnlyList<SearchDocument> docs, IndexVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var texts = SnippetTexts(docs);
        var resources = AnalysisResources.Default(vocabulary.CollectionWords);
        var files = WriteLucene(docs, resources);
        files[VocabularyFile.FileName] = VocabularyFile.Create(FacetLabels.From(vocabulary, docs), resources).ToBytes();
        return new BuiltIndex(files, texts);
    }

    /// <summary>
    /// Voorbeeld id -> the plain text its snippet is cut from, the same as <see cref="BuiltIndex.SnippetTexts"/>:
    /// available before the index is built, and each text is made when it is read, not kept.
    /// </summary>
    /// <exception cref="ArgumentException">Two documents have the same id.</exception>
    public static IReadOnlyDictionary<string, string> SnippetTexts(IReadOnlyList<SearchDocument> docs)
    {
        ArgumentNullException.ThrowIfNull(docs);
        return new SnippetTexts(docs);
    }

    private static Dictionary<string, byte[]> WriteLucene(IReadOnlyList<SearchDocument> docs, AnalysisResources resources)
    {
        using var mainDirectory = new RAMDirectory();
        using var phraseDirectory = new RAMDirectory();
        using var analyzer = new DutchSearchAnalyzer(resources, AnalysisSteps.Indexed);
        using var surfaceAnalyzer = new DutchSearchAnalyzer(resources, AnalysisSteps.None);
        using var writerAnalyzer = new PerFieldAnalyzerWrapper(analyzer,
            new Dictionary<string, Lucene.Net.Analysis.Analyzer> { [IndexSchema.Spelling] = surfaceAnalyzer });
        using (var main = NewWriter(mainDirectory, writerAnalyzer))
        using (var phrases = NewWriter(phraseDirectory, writerAnalyzer))
        using (var analysed = new BlockingCollection<(Lucene.Net.Documents.Document Main, Lucene.Net.Documents.Document Phrases)>(DocumentsInFlight))
        using (var stop = new CancellationTokenSource())
        {
            var analysing = Task.Run(() =>
            {
                try
                {
                    var scratch = new AnalysedField.Scratch();
                    foreach (var doc in docs)
                    {
                        analysed.Add(IndexSchema.ToLucene(doc, (field, text) => AnalysedField.Split(analyzer, field, text, scratch)), stop.Token);
                    }
                }
                finally
                {
                    analysed.CompleteAdding();
                }
            });
            try
            {
                // Both writers take the documents in the same order, so a voorbeeld has the same number in both indexes.
                foreach (var (mainDoc, phraseDoc) in analysed.GetConsumingEnumerable())
                {
                    main.AddDocument(mainDoc);
                    phrases.AddDocument(phraseDoc);
                }
            }
            catch
            {
                stop.Cancel();
                try
                {
                    analysing.Wait();
                }
                catch (AggregateException)
                {
                    // Cancelled because the writer failed: the writer's exception is the one to report.
                }

                throw;
            }

            analysing.GetAwaiter().GetResult(); // a failure while analysing surfaces here
            CommitOneSegment(main, mainDirectory);
            CommitOneSegment(phrases, phraseDirectory);
        }

        var files = Files(mainDirectory, "");
        foreach (var (name, bytes) in Files(phraseDirectory, SearchEngine.PhraseFilePrefix))
        {
            files[name] = bytes;
        }

        return files;
    }

    private static IndexWriter NewWriter(RAMDirectory directory, Lucene.Net.Analysis.Analyzer analyzer) =>
        new(directory, new IndexWriterConfig(DutchSearchAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            UseCompoundFile = true,
            // One flush for the whole collection gives one segment straight away; no merging needed.
            RAMBufferSizeMB = 512,
            MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            MergeScheduler = new SerialMergeScheduler(),
            // Should a merge be needed, it must keep the documents in order: the main and the phrase
            // index are read side by side, document by document (a tiered policy may reorder them).
            MergePolicy = new LogDocMergePolicy { NoCFSRatio = 1.0, MaxCFSSegmentSizeMB = double.PositiveInfinity },
        });

    private static void CommitOneSegment(IndexWriter writer, RAMDirectory directory)
    {
        writer.Commit();
        if (DirectoryReader.ListCommits(directory)[^1].SegmentCount > 1)
        {
            // Only when the collection outgrew the RAM buffer: merging a single segment would rewrite it for nothing.
            writer.ForceMerge(1);
            writer.Commit();
        }
    }

    private static Dictionary<string, byte[]> Files(RAMDirectory directory, string prefix)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in directory.ListAll())
        {
            using var input = directory.OpenInput(name, IOContext.READ_ONCE);
            var bytes = new byte[input.Length];
            input.ReadBytes(bytes, 0, bytes.Length);
            files[prefix + name] = bytes;
        }

        return files;
    }
}
