using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Praktijkvoorbeelden.Search.Analysis;
using Praktijkvoorbeelden.Search.Indexing;

namespace Praktijkvoorbeelden.Search;

/// <summary>
/// Build side: turns the voorbeelden into index files that the browser engine opens. The index is
/// written in memory as one merged segment in a compound file (few, small files to download) and
/// handed out as bytes; <see cref="SearchEngine.Open"/> reads exactly these bytes.
/// </summary>
public static class SearchIndexBuilder
{
    public static BuiltIndex Build(IReadOnlyList<SearchDocument> docs, IndexVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(docs);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var resources = AnalysisResources.Default(vocabulary.CollectionWords);
        var files = WriteLucene(docs, resources);
        files[VocabularyFile.FileName] = VocabularyFile.Create(FacetLabels.From(vocabulary, docs), resources).ToBytes();
        var texts = docs.ToDictionary(d => d.Id, d => SnippetText.Of(d.Body), StringComparer.Ordinal);
        return new BuiltIndex(files, texts);
    }

    private static Dictionary<string, byte[]> WriteLucene(IReadOnlyList<SearchDocument> docs, AnalysisResources resources)
    {
        using var directory = new RAMDirectory();
        using var analyzer = new PerFieldAnalyzerWrapper(
            new DutchSearchAnalyzer(resources),
            new Dictionary<string, Lucene.Net.Analysis.Analyzer> { [IndexSchema.Spelling] = new DutchSearchAnalyzer(resources, AnalysisSteps.None) });
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
        {
            foreach (var doc in docs)
            {
                writer.AddDocument(IndexSchema.ToLucene(doc));
            }

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
