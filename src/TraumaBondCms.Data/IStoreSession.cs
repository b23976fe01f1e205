namespace TraumaBondCms.Data;

/// <summary>
/// A unit of work on the database: the repositories share one connection and, for write sessions, one
/// transaction. Not thread-safe; use one session per request or command.
/// </summary>
public interface IStoreSession : IAsyncDisposable
{
    /// <summary>Content items and their versions.</summary>
    IContentRepository Content { get; }

    /// <summary>Users and roles.</summary>
    IUserRepository Users { get; }

    /// <summary>The append-only audit log.</summary>
    IAuditLog Audit { get; }

    /// <summary>Settings, content type definitions and recipe runs.</summary>
    ISiteRepository Site { get; }

    /// <summary>Workflow statuses, approvals and follow-up flags.</summary>
    IWorkflowRepository Workflow { get; }

    /// <summary>Review comments.</summary>
    ICommentRepository Comments { get; }

    /// <summary>Scheduled publish and unpublish actions.</summary>
    IScheduleRepository Schedules { get; }

    /// <summary>Webhooks, their delivery outbox and the record of announced overdue reviews.</summary>
    IWebhookRepository Webhooks { get; }

    /// <summary>Resource verifications and stored safety check runs.</summary>
    ISafetyRepository Safety { get; }

    /// <summary>True for a write session (<see cref="ICmsStore.BeginWriteAsync"/>); false for a read-only snapshot.</summary>
    bool IsWritable { get; }

    /// <summary>Preview tokens (hashes only).</summary>
    IPreviewTokenRepository PreviewTokens { get; }

    /// <summary>Sign-in sessions: one per cookie or bearer token, ended by signing out.</summary>
    ISignInSessionRepository SignInSessions { get; }

    /// <summary>The Data Protection key ring shared by every node.</summary>
    IKeyRingRepository KeyRing { get; }

    /// <summary>The content generation, raised by the database whenever published content may have changed.</summary>
    IContentGenerationRepository ContentGeneration { get; }

    /// <summary>The media library: files by hash, assets, and which versions use them.</summary>
    Media.IMediaRepository Media { get; }

    /// <summary>The full-text search index, kept in step with content in the same transaction.</summary>
    Search.ISearchIndex Search { get; }

    /// <summary>Commits the write transaction. Throws on a read session.</summary>
    Task CommitAsync(CancellationToken cancellationToken = default);
}
