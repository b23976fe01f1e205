using TraumaBondCms.GraphQL.Types;

namespace TraumaBondCms.GraphQL.Bench;

/// <summary>The schema (from Data/schema.graphql) and the in-memory items both engines serve; tests/js/bench-graphqljs.mjs builds the same.</summary>
internal static class BenchData
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", name));

    public static Schema CreateSchema()
    {
        var items = Enumerable.Range(0, 10).Select(CreateItem).ToArray();
        return SchemaBuilder.FromSdl(Read("schema.graphql"))
            .Resolve("Query", "items", _ => items)
            .Build();
    }

    private static Item CreateItem(int i) => new(
        $"item-{i}",
        $"Understanding trauma bonds, part {i}",
        $"understanding-trauma-bonds-{i}",
        i * 100,
        i / 2.0,
        i % 2 == 0,
        Enumerable.Range(0, 5).Select(j => new Related($"related-{i}-{j}", $"Related reading {j}", j / 10.0)).ToArray());

    public sealed record Item(string Id, string Title, string Slug, int Views, double Rating, bool Published, Related[] Related);

    public sealed record Related(string Id, string Name, double Score);
}
