using System.Globalization;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace TraumaBondCms.Data.Search.Lucene;

/// <summary>
/// A node's search index in Lucene.Net (see <see cref="ISearchEngine"/>): one Lucene document per version that belongs in
/// a scope, keyed by its item, listing its scopes, with the text fields of <see cref="SearchAnalysis"/> analyzed in the
/// document's language, its culture and the cultures of its translations in each scope, the type and topics as doc values
/// (filters and facets) and the stored document id (ties). Near-real-time: searches read the writer's
/// last refreshed state. Each commit stores the change-log sequence it holds and the analysis version, so a restart knows
/// where to catch up from and whether the index must be rebuilt.
/// </summary>
public sealed partial class LuceneSearchEngine : ISearchEngine
{
    internal const string ItemField = "item";
    internal const string VersionField = "version";
    internal const string DocumentIdField = "doc_id";
    internal const string ScopeField = "scope";
    internal const string TypeField = "type";
    internal const string TopicField = "topic";
    internal const string CultureField = "culture";

    // The cultures of the other members of a document's localization set, per scope: a search in a fallback culture leaves a
    // document out when its set has one in a culture the reader prefers.
    internal const string PublicSiblingsField = "set_public";
    internal const string EditorialSiblingsField = "set_editorial";
    private const string SequenceKey = "tbcms.sequence";
    private const string AnalysisKey = "tbcms.analysis";

    private static readonly Sort Ranking = new(SortField.FIELD_SCORE, new SortField(DocumentIdField, SortFieldType.INT64));
    private static readonly ISet<string> HitFields = new HashSet<string> { ItemField, VersionField, DocumentIdField, TypeField, CultureField };

    private readonly LuceneDirectory _directory;
    private readonly IndexWriter _writer;
    private readonly SearcherManager _searchers;
    private readonly Filter _public = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(ScopeField, "public"))));
    private readonly Filter _editorial = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(ScopeField, "editorial"))));
    private long _applied;
    private long _visible;
    private long _committed;

    private LuceneSearchEngine(LuceneDirectory directory, IndexWriter writer, long sequence)
    {
        _directory = directory;
        _writer = writer;
        _applied = _visible = _committed = sequence;
        _searchers = new SearcherManager(writer, applyAllDeletes: true, new CoverageSearcherFactory());
    }

    /// <inheritdoc />
    public long AppliedSequence => Interlocked.Read(ref _applied);

    /// <inheritdoc />
    public long VisibleSequence => Interlocked.Read(ref _visible);

    /// <inheritdoc />
    public long CommittedSequence => Interlocked.Read(ref _committed);

    /// <summary>True when the index was created empty by <see cref="Open"/> (missing, unreadable or written with other analysis): it must be rebuilt.</summary>
    public bool IsNew { get; private init; }

    /// <summary>
    /// Opens the index in <paramref name="path"/>, creating it (empty, <see cref="IsNew"/>) when there is none, when it cannot
    /// be read or when it was written with other analysis. Throws <see cref="LockObtainFailedException"/> when another process
    /// has it open for writing.
    /// </summary>
    public static LuceneSearchEngine Open(string path)
    {
        System.IO.Directory.CreateDirectory(path);
        var directory = FSDirectory.Open(path);
        try
        {
            var (sequence, usable) = ReadCommit(directory);
            if (!usable)
            {
                // Nothing of an unusable index is kept: a writer would still try to read what is left of it.
                foreach (var file in directory.ListAll().Where(f => f != IndexWriter.WRITE_LOCK_NAME))
                {
                    directory.DeleteFile(file);
                }
            }

            var config = new IndexWriterConfig(SearchAnalysis.Lucene, SearchAnalysis.Index)
            {
                OpenMode = usable ? OpenMode.APPEND : OpenMode.CREATE,
                Similarity = new CoverageSimilarity(),
                RAMBufferSizeMB = 64,
            };
            var writer = new IndexWriter(directory, config);
            if (!usable)
            {
                writer.SetCommitData(CommitData(0));
                writer.Commit();
            }

            return new LuceneSearchEngine(directory, writer, usable ? sequence : 0) { IsNew = !usable };
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Apply(IReadOnlyCollection<string> contentItemIds, IReadOnlyList<IndexedDocument> documents, long throughSequence)
    {
        foreach (var id in contentItemIds)
        {
            _writer.DeleteDocuments(new Term(ItemField, id));
        }

        foreach (var document in documents)
        {
            _writer.AddDocument(ToLucene(document), SearchAnalysis.For(Core.Search.SearchLanguage.For(document.Culture)).Index);
        }

        if (throughSequence > AppliedSequence)
        {
            Interlocked.Exchange(ref _applied, throughSequence);
        }
    }

    /// <inheritdoc />
    public void Clear()
    {
        _writer.DeleteAll();
        Interlocked.Exchange(ref _applied, 0);
    }

    /// <inheritdoc />
    public void Refresh()
    {
        // What was applied before the refresh is visible after it.
        var applied = AppliedSequence;
        _searchers.MaybeRefreshBlocking();
        Interlocked.Exchange(ref _visible, applied);
    }

    /// <inheritdoc />
    public void Commit()
    {
        var sequence = AppliedSequence;
        _writer.SetCommitData(CommitData(sequence));
        _writer.Commit();
        Interlocked.Exchange(ref _committed, sequence);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _searchers.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private static Document ToLucene(IndexedDocument indexed)
    {
        var text = indexed.Document;
        var document = new Document
        {
            new StringField(ItemField, indexed.ContentItemId, Field.Store.YES),
            new StoredField(VersionField, indexed.ContentItemVersionId),
            new StoredField(DocumentIdField, indexed.DocumentId),
            new NumericDocValuesField(DocumentIdField, indexed.DocumentId),
            new StringField(TypeField, indexed.ContentType, Field.Store.YES),
            new SortedDocValuesField(TypeField, new BytesRef(indexed.ContentType)),
            new TextField("title", text.Title, Field.Store.NO),
            new TextField("tags", text.Tags, Field.Store.NO),
            new TextField("summary", text.Summary, Field.Store.NO),
            new TextField("body", text.Body, Field.Store.NO),
            new TextField(SearchAnalysis.SpellField, text.Title + "\n" + text.Tags + "\n" + text.Summary, Field.Store.NO),
            new TextField(SearchAnalysis.TitlePrefixField, text.Title, Field.Store.NO),
            new StringField(CultureField, indexed.Culture, Field.Store.YES),
        };
        foreach (var culture in indexed.PublicSiblingCultures)
        {
            document.Add(new StringField(PublicSiblingsField, culture, Field.Store.NO));
        }

        foreach (var culture in indexed.EditorialSiblingCultures)
        {
            document.Add(new StringField(EditorialSiblingsField, culture, Field.Store.NO));
        }
        if (indexed.Public)
        {
            document.Add(new StringField(ScopeField, "public", Field.Store.NO));
        }

        if (indexed.Editorial)
        {
            document.Add(new StringField(ScopeField, "editorial", Field.Store.NO));
        }

        foreach (var topic in text.Topics.Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(TopicField, topic, Field.Store.NO));
            document.Add(new SortedSetDocValuesField(TopicField, new BytesRef(topic)));
        }

        return document;
    }

    private static Dictionary<string, string> CommitData(long sequence) => new()
    {
        [SequenceKey] = sequence.ToString(CultureInfo.InvariantCulture),
        [AnalysisKey] = SearchAnalysis.Version,
    };

    // The last commit's sequence, and whether the index can be used as it is.
    private static (long Sequence, bool Usable) ReadCommit(LuceneDirectory directory)
    {
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                return (0, false);
            }

            var infos = new SegmentInfos();
            infos.Read(directory);
            var data = infos.UserData;
            if (!data.TryGetValue(AnalysisKey, out var analysis) || analysis != SearchAnalysis.Version
                || !data.TryGetValue(SequenceKey, out var text) || !long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
            {
                return (0, false);
            }

            // Opening a reader checks that every file of the commit is there and readable.
            using var reader = DirectoryReader.Open(directory);
            return (sequence, true);
        }
        catch (Exception e) when (e is IOException or CorruptIndexException or IndexFormatTooOldException or IndexFormatTooNewException or InvalidOperationException)
        {
            return (0, false);
        }
    }

    private sealed class CoverageSearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = new CoverageSimilarity() };
    }
}
