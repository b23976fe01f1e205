using TraumaBondCms.Web.Tests.Infrastructure;

namespace TraumaBondCms.Web.Tests.Governance;

/// <summary><see cref="ContentTransferTests"/> between two instances, each on its own SQLite file.</summary>
public sealed class SqliteContentTransferTests : ContentTransferTests
{
    /// <inheritdoc />
    protected override Task<TransferInstance> StartInstanceAsync()
    {
        var host = new CmsTestHost();
        return Task.FromResult(new TransferInstance(host, [], host));
    }
}
