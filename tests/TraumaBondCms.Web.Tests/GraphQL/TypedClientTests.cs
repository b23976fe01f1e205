using System.Text.Json;
using TraumaBondCms.Tests.TestData;
using Xunit.Abstractions;

namespace TraumaBondCms.Web.Tests.GraphQL;

/// <summary>
/// A typed front end on the live schema: graphql-codegen (typescript + typescript-operations) generates types for the
/// example front end's documents from the running server's introspection, and <c>tsc --strict</c> compiles them with
/// code that relies on the schema's nullability (required fields are plain strings, lists are never null).
/// </summary>
[Collection(SeededGraphQLCollection.Name)]
public sealed class TypedClientTests(SeededGraphQLHost seeded, ITestOutputHelper output)
{
    // Compiles only if title, body and question are non-null, keyTakeaways and relations are never null, faqs is a
    // connection with totalCount, hours is a typed object and workflow states are typed.
    private const string Program = """
        import type { ArticleQuery, SearchQuery, TopicQuery } from './operations';
        import type { OpeningHours, Weekday } from './schema';

        export function articleText(data: ArticleQuery): string[] {
          const article = data.article;
          if (!article) return [];
          const takeaways: string[] = article.keyTakeaways;
          const questions: string[] = article.faqs.nodes.map((faq) => faq.question + faq.answer.html);
          const total: number = article.faqs.totalCount;
          const hours: (string | undefined)[] = article.relatedResources.map((resource) => resource.hours?.text);
          const body: string = article.body.html;
          return [article.title, body, ...takeaways, ...questions, String(total), ...hours.filter((h): h is string => h !== undefined)];
        }

        export function faqLinks(data: SearchQuery): string[] {
          return data.search.hits.map((hit) => (hit.item?.__typename === 'Faq' ? hit.item.article?.slug ?? hit.item.slug ?? '' : hit.slug ?? ''));
        }

        export function openOn(hours: OpeningHours, day: Weekday): boolean {
          return hours.alwaysOpen || hours.weekly.some((period) => period.days.includes(day));
        }

        export function topicCount(data: TopicQuery): number {
          return (data.topic?.articles.totalCount ?? 0) + (data.topic?.faqs.nodes.length ?? 0);
        }
        """;

    [Fact]
    public async Task Should_compile_under_tsc_strict_when_codegen_generates_types_from_the_live_schema()
    {
        var documents = ExampleFrontEndTests.Constants()
            .Where(c => c.Value.TrimStart().StartsWith("query", StringComparison.Ordinal))
            .Select(c => c.Value)
            .ToArray();
        var folder = Path.Combine(Path.GetTempPath(), "tbcms-codegen-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var input = Path.Combine(folder, "documents.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(new { documents, program = Program }));

        try
        {
            var printed = await NodeScript.RunAsync("codegen-check.mjs", new Uri(seeded.Host.BaseAddress, "/api/graphql").ToString(), input, folder);

            output.WriteLine(printed);
            Assert.Contains("export type ArticleQuery", await File.ReadAllTextAsync(Path.Combine(folder, "operations.ts")));
            Assert.Contains("export type OpeningHours", await File.ReadAllTextAsync(Path.Combine(folder, "schema.ts")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
