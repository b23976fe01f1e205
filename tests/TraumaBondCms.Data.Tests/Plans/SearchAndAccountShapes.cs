using TraumaBondCms.Core.Search;

namespace TraumaBondCms.Data.Tests.Plans;

/// <summary>
/// The search tables (documents and the change log the nodes' Lucene indexes follow, which grow with content) and the
/// account tables that grow with use (sign-in sessions; the key ring stays small).
/// </summary>
public static class SearchAndAccountShapes
{
    /// <summary>Every such shape.</summary>
    public static IEnumerable<QueryShape> All()
    {
        yield return RecordReadShapes.Read("search: changes after a node's position", (s, _) => s.Search.GetChangesAsync(1_000, 200), PlanBound.Page);
        yield return RecordReadShapes.Read("search: backlog of a node a hundred changes behind", async (s, _) => await s.Search.GetBacklogAsync((await s.Search.GetChangesAsync(long.MaxValue, 0)).LastSequence - 100), PlanBound.Page);
        yield return RecordReadShapes.Read("search: indexed documents of twenty items", (s, d) => s.Search.GetIndexedDocumentsAsync(d.Articles));
        yield return RecordReadShapes.Read("search: indexed documents after an id (a node's rebuild)", (s, _) => s.Search.ReadIndexedDocumentsAsync(2_000, 200), PlanBound.Page);
        yield return RecordReadShapes.Read("search: documents of twenty versions", (s, d) => s.Search.GetDocumentsAsync([.. d.Articles.Select(a => a + "-v1")]));
        yield return RecordReadShapes.Read("search: frequent zero-result queries", (s, _) => s.Search.GetZeroResultQueriesAsync(2, 20), PlanBound.Page);
        yield return WriteShapes.Write("search: store a version's document", (s, d) => s.Search.PutDocumentAsync(d.PublishedVersionId, new SearchDocument { Title = "Edited" }));
        yield return WriteShapes.Write("search: prune the change log before a time", (s, _) => s.Search.PruneChangesAsync(ScaleSeed.Start));
        yield return WriteShapes.Write("search: count a zero-result query", (s, _) => s.Search.RecordZeroResultAsync("query-001", "query 1", 3));

        yield return RecordReadShapes.Read("key ring: every key", (s, _) => s.KeyRing.ListAsync());
        yield return WriteShapes.Write("key ring: add a key", (s, d) => s.KeyRing.AddAsync("plan-key", "<key/>", d.Now));

        yield return RecordReadShapes.Read("sign-in sessions: by hash", (s, _) => s.SignInSessions.FindAsync("session-0001"));
        yield return WriteShapes.Write("sign-in sessions: start one (old ones pruned)", (s, d) => s.SignInSessions.StartAsync(new SignInSession { SessionHash = "plan-session", UserId = "user-1", Kind = "cookie", StartedUtc = d.Now, ExpiresUtc = d.Now.AddHours(8) }));
        yield return WriteShapes.Write("sign-in sessions: extend one", (s, d) => s.SignInSessions.ExtendAsync("session-0001", d.Now.AddHours(8)));
        yield return WriteShapes.Write("sign-in sessions: end one", (s, d) => s.SignInSessions.EndAsync("session-0001", d.Now));
        yield return WriteShapes.Write("sign-in sessions: end a user's sessions", (s, d) => s.SignInSessions.EndAllAsync("user-1", d.Now));
    }
}
