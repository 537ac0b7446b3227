using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Praktijkvoorbeelden.Search.Analysis;
using Praktijkvoorbeelden.Search.Indexing;

namespace Praktijkvoorbeelden.Search;

/// <summary>
/// Build side: turns the voorbeelden into index files that the browser engine opens. The index is
/// written in memory as one segment in a compound file (few, small files to download) and handed
/// out as bytes; <see cref="SearchEngine.Open"/> reads exactly these bytes.
/// </summary>
public static class SearchIndexBuilder
{
    /// <summary>Documents analysed ahead of the index writer; bounds the memory of the pipeline.</summary>
    private const int DocumentsInFlight = 64;

    public static BuiltIndex Build(IReadOnlyList<SearchDocument> docs, IndexVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var resources = AnalysisResources.Default(vocabulary.CollectionWords);
        var texts = new Dictionary<string, string>(docs.Count, StringComparer.Ordinal);
        var files = WriteLucene(docs, resources, texts);
        files[VocabularyFile.FileName] = VocabularyFile.Create(FacetLabels.From(vocabulary, docs), resources).ToBytes();
        return new BuiltIndex(files, texts);
    }

    /// <summary>
    /// Two stages on two threads: one analyses the documents (and cuts their snippet texts), the
    /// other feeds the analysed tokens to the index writer. Each is about half of the work, and the
    /// writer still sees the documents one by one in their order, so the index is the same as when
    /// one thread does both: one segment, documents numbered as given, no merge needed.
    /// </summary>
    private static Dictionary<string, byte[]> WriteLucene(IReadOnlyList<SearchDocument> docs, AnalysisResources resources, Dictionary<string, string> texts)
    {
        using var directory = new RAMDirectory();
        using var analyzer = new DutchSearchAnalyzer(resources);
        using var surfaceAnalyzer = new DutchSearchAnalyzer(resources, AnalysisSteps.None);
        var config = new IndexWriterConfig(DutchSearchAnalyzer.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            UseCompoundFile = true,
            // One flush for the whole collection gives one segment straight away; no merging needed.
            RAMBufferSizeMB = 512,
            MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            MergeScheduler = new SerialMergeScheduler(),
            MergePolicy = new TieredMergePolicy { NoCFSRatio = 1.0, MaxCFSSegmentSizeMB = double.PositiveInfinity },
        };
        using (var writer = new IndexWriter(directory, config))
        using (var analysed = new BlockingCollection<Lucene.Net.Documents.Document>(DocumentsInFlight))
        using (var stop = new CancellationTokenSource())
        {
            var analysing = Task.Run(() =>
            {
                try
                {
                    var scratch = new AnalysedField.Scratch();
                    foreach (var doc in docs)
                    {
                        texts.Add(doc.Id, SnippetText.Of(doc.Body));
                        var lucene = IndexSchema.ToLucene(doc, (field, text) =>
                            AnalysedField.Of(field == IndexSchema.Spelling ? surfaceAnalyzer : analyzer, field, text, scratch));
                        analysed.Add(lucene, stop.Token);
                    }
                }
                finally
                {
                    analysed.CompleteAdding();
                }
            });
            try
            {
                foreach (var lucene in analysed.GetConsumingEnumerable())
                {
                    writer.AddDocument(lucene);
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
            writer.Commit();
            if (DirectoryReader.ListCommits(directory)[^1].SegmentCount > 1)
            {
                // Only when the collection outgrew the RAM buffer: merging a single segment would rewrite it for nothing.
                writer.ForceMerge(1);
                writer.Commit();
            }
        }

        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in directory.ListAll())
        {
            using var input = directory.OpenInput(name, IOContext.READ_ONCE);
            var bytes = new byte[input.Length];
            input.ReadBytes(bytes, 0, bytes.Length);
            files[name] = bytes;
        }

        return files;
    }
}
