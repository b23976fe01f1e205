namespace TraumaBondCms.Data.Tests.Contract;

/// <summary>The Data Protection key ring: elements kept as given, in the order they were added, for every store on the database.</summary>
public abstract class KeyRingContract : StoreContract
{
    [Fact]
    public async Task Should_list_elements_oldest_first_when_added()
    {
        await WriteAsync(s => s.KeyRing.AddAsync("key-1", "<key id=\"1\" />", Harness.ContentBuilder.Start));
        await WriteAsync(s => s.KeyRing.AddAsync("revocation-1", "<revocation>ünïcode</revocation>", Harness.ContentBuilder.Start.AddDays(1)));

        var elements = await ReadAsync(s => s.KeyRing.ListAsync());

        Assert.Equal(["<key id=\"1\" />", "<revocation>ünïcode</revocation>"], elements);
    }

    [Fact]
    public async Task Should_keep_nothing_when_the_adding_session_is_not_committed()
    {
        await using (var session = await Store.BeginWriteAsync())
        {
            await session.KeyRing.AddAsync("key-2", "<key id=\"2\" />", Harness.ContentBuilder.Start);
        }

        var elements = await ReadAsync(s => s.KeyRing.ListAsync());

        Assert.Empty(elements);
    }
}
