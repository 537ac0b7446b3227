using System.Runtime.CompilerServices;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using SnowballDutchStemmer = Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer;

namespace Praktijkvoorbeelden.Search.Analysis;

/// <summary>
/// The one Dutch analysis chain, used to index and to query, at build time and in the browser:
/// tokenise (Unicode word rules), lower-case, fold diacritics ("cliënt" = "client"), drop a
/// possessive "'s", drop Dutch stop words, add the parts of compounds next to the whole word
/// ("jeugdzorgcliënten" + jeugdzorg + cliënten), stem (Snowball Dutch, with an override list for
/// irregular plurals such as kinderen -> kind), and add synonyms of the field (jeugdzorg = jeugdhulp).
/// Synonyms come after stemming, with stemmed rules, so every inflection of a synonym matches; the
/// index is written without them and each typed word adds its synonyms (see <see cref="AnalysisSteps.Indexed"/>).
/// Every step after the tokenizer works on one word at a time, so each distinct word goes through
/// them once and is replayed after that (<see cref="MemoizedWordFilter"/>).
/// </summary>
internal sealed class DutchSearchAnalyzer : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;
    public const int MinSubwordSize = 4;
    /// <summary>A compound of two parts of at least four letters has at least eight.</summary>
    private const int MinCompoundSize = 2 * MinSubwordSize;
    private const int MaxSubwordSize = 24;

    /// <summary>The stop words never change; read and folded once per process.</summary>
    private static readonly Lazy<CharArraySet> SharedStopWords = new(StopWords);

    /// <summary>
    /// The word sets and maps made from one <see cref="AnalysisResources"/>, shared by every
    /// analyser made from it (they are only read): an engine runs four chains, and building each
    /// chain's own copies was a good part of opening the engine in the browser.
    /// </summary>
    private static readonly ConditionalWeakTable<AnalysisResources, Lazy<SharedParts>> Shared = new();

    private readonly AnalysisSteps _steps;
    private readonly CharArraySet _stopWords;
    private readonly CharArraySet _compoundWords;
    private readonly StemmerOverrideFilter.StemmerOverrideMap _stemOverrides;
    private readonly SynonymMap? _synonyms;
    private readonly AnalysedWords? _words;

    /// <param name="memoizeWords">Remember the analysis of each word (always, except to check that remembering changes nothing).</param>
    public DutchSearchAnalyzer(AnalysisResources resources, AnalysisSteps steps = AnalysisSteps.All, bool memoizeWords = true)
        : base(PER_FIELD_REUSE_STRATEGY)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _steps = steps;
        _stopWords = SharedStopWords.Value;
        var shared = Shared.GetValue(resources, r => new Lazy<SharedParts>(() => new SharedParts(r))).Value;
        _compoundWords = shared.CompoundWords;
        _stemOverrides = shared.StemOverrides;
        _synonyms = steps.HasFlag(AnalysisSteps.Synonyms) ? shared.Synonyms : null;
        _words = memoizeWords ? new AnalysedWords() : null;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = _words is null ? WordSteps(tokenizer) : new MemoizedWordFilter(tokenizer, _words, WordSteps);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /// <summary>
    /// The steps after the tokenizer. Each looks at one word (and the tokens made from it) only;
    /// synonyms are single words (see <see cref="BuildSynonyms"/>), so no step looks ahead.
    /// </summary>
    private RemoveDuplicatesTokenFilter WordSteps(TokenStream source)
    {
        TokenStream stream = new LowerCaseFilter(Version, source);
        stream = new ASCIIFoldingFilter(stream);
        stream = new DutchEndingsFilter(stream, pluralIes: _steps.HasFlag(AnalysisSteps.Stemming));
        if (_steps.HasFlag(AnalysisSteps.StopWords))
        {
            stream = new StopFilter(Version, stream, _stopWords);
        }

        if (_steps.HasFlag(AnalysisSteps.Compounds))
        {
            stream = new DictionaryCompoundWordTokenFilter(Version, stream, _compoundWords, MinCompoundSize, MinSubwordSize, MaxSubwordSize, onlyLongestMatch: false);
            stream = new InflectionPartFilter(stream);
        }

        if (_steps.HasFlag(AnalysisSteps.Stemming))
        {
            stream = new StemmerOverrideFilter(stream, _stemOverrides);
            stream = new SnowballFilter(stream, new SnowballDutchStemmer());
        }

        if (_synonyms is not null)
        {
            stream = new SynonymFilter(stream, _synonyms, ignoreCase: false);
        }

        // A compound part can stem to the word itself ("kinderen" + "kind"): one token per term and position.
        return new RemoveDuplicatesTokenFilter(stream);
    }

    /// <summary>Lucene's Dutch stop words (the Snowball list), folded like the tokens they are compared with.</summary>
    private static CharArraySet StopWords()
    {
        var folded = DutchStopWords.Load().Select(Folding.Fold);
        return new CharArraySet(Version, folded.ToList(), ignoreCase: false);
    }

    /// <summary>
    /// Synonym rules in stemmed form, so that the rule "jeugdige, jongere" also joins "jeugdigen" and "jongeren".
    /// One word per entry: a phrase would make the synonym filter look ahead across words.
    /// </summary>
    private static SynonymMap? BuildSynonyms(AnalysisResources resources)
    {
        if (resources.SynonymGroups.Count == 0)
        {
            return null;
        }

        // A chain of the same shared parts, without synonyms (so it does not ask for this map).
        using var stemmer = new DutchSearchAnalyzer(resources, AnalysisSteps.Stemming, memoizeWords: false);
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var group in resources.SynonymGroups)
        {
            var stems = group.Select(word => TokenTexts.Of(stemmer, word) switch
            {
                [var stem] => stem,
                [] => word,
                _ => throw new InvalidDataException($"synonyms.txt: '{word}' is more than one word."),
            })
                .Distinct(StringComparer.Ordinal).ToList();
            foreach (var from in stems)
            {
                foreach (var to in stems.Where(s => s != from))
                {
                    builder.Add(new CharsRef(from), new CharsRef(to), includeOrig: true);
                }
            }
        }

        return builder.Build();
    }

    private sealed class SharedParts(AnalysisResources resources)
    {
        // Built on first use, not in the constructor: building it makes a chain that needs these parts itself.
        private readonly Lazy<SynonymMap?> _synonyms = new(() => BuildSynonyms(resources));

        public CharArraySet CompoundWords { get; } = new(Version, resources.CompoundWords, ignoreCase: false);

        public StemmerOverrideFilter.StemmerOverrideMap StemOverrides { get; } = resources.BuildStemOverrideMap();

        public SynonymMap? Synonyms => _synonyms.Value;
    }
}
