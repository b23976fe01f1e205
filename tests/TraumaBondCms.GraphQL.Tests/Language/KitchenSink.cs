namespace TraumaBondCms.GraphQL.Tests.Language;

/// <summary>Loads the kitchen-sink documents copied next to the test assembly.</summary>
internal static class KitchenSink
{
    public static string Read(string fileName) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Language", "KitchenSink", fileName)).TrimEnd('\n');
}
