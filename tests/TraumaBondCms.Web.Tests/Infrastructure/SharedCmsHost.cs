namespace TraumaBondCms.Web.Tests.Infrastructure;

/// <summary>One <see cref="CmsTestHost"/> shared by the tests of a class (a fresh database per class).</summary>
public sealed class SharedCmsHost : IDisposable
{
    /// <summary>The host.</summary>
    public CmsTestHost Host { get; } = new();

    /// <inheritdoc />
    public void Dispose() => Host.Dispose();
}
