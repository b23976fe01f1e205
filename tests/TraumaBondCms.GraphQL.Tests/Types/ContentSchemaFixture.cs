using TraumaBondCms.GraphQL.Language.Ast;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.GraphQL.Types.Scalars;

namespace TraumaBondCms.GraphQL.Tests.Types;

/// <summary>One content-like schema written twice: as canonical SDL and through the fluent builder.</summary>
internal static class ContentSchemaFixture
{
    public const string Sdl = """"
        """TraumaBond content API."""
        schema {
          query: Query
          mutation: Mutation
        }

        """Restricts a field to editors holding a role."""
        directive @auth(role: String! = "editor") repeatable on FIELD_DEFINITION | OBJECT

        """A date and time with a UTC offset, formatted per RFC 3339, e.g. `2024-05-01T09:30:00Z`."""
        scalar DateTime @specifiedBy(url: "https://scalars.graphql.org/andimarek/date-time")

        """Anything with a stable identity."""
        interface Node {
          id: ID!
        }

        interface Content implements Node {
          id: ID!
          title: String!
        }

        type Article implements Node & Content {
          id: ID!
          title: String!
          """
          Markdown body.
            Indented second line.
          """
          body(format: Format = HTML): String
          headline: String @deprecated(reason: "Use `title`.")
          publishedAt: DateTime
          related(first: Int = 5, filter: ArticleFilter = {status: PUBLISHED}): [Article!]!
        }

        type Faq implements Node {
          id: ID!
          question: String!
          answer: String @deprecated
        }

        union SearchResult = Article | Faq

        type Query {
          node(id: ID!): Node
          search(text: String!, limit: Int = 20): [SearchResult!]!
          articles(filter: ArticleFilter, by: ArticleBy): [Article!]!
        }

        type Mutation {
          publish(id: ID!, at: DateTime = "2024-01-01T00:00:00Z"): Article
        }

        enum Format {
          HTML
          MARKDOWN
          PLAIN @deprecated(reason: "Clients render Markdown.")
        }

        enum Status {
          DRAFT
          IN_REVIEW
          PUBLISHED
        }

        input ArticleFilter {
          status: Status = PUBLISHED
          tags: [String!] = []
          weight: Float = 1.5
          legacyTopic: String @deprecated
        }

        input ArticleBy @oneOf {
          id: ID
          slug: String
        }
        """";

    public enum Format
    {
        Html,
        Markdown,
        Plain,
    }

    public enum Status
    {
        Draft,
        InReview,
        Published,
    }

    public static SchemaBuilder FromCode() => new SchemaBuilder()
        .Description("TraumaBond content API.")
        .AddDirective("auth", directive => directive
            .Description("Restricts a field to editors holding a role.")
            .Argument("role", "String!", role => role.DefaultValue("editor"))
            .Repeatable()
            .Locations(DirectiveLocation.FieldDefinition, DirectiveLocation.Object))
        .AddScalarType(new DateTimeType())
        .AddInterfaceType("Node", node => node.Description("Anything with a stable identity.").Field("id", "ID!"))
        .AddInterfaceType("Content", content => content.Implements("Node").Field("id", "ID!").Field("title", "String!"))
        .AddObjectType("Article", article => article
            .Implements("Node", "Content")
            .Field("id", "ID!")
            .Field("title", "String!")
            .Field("body", "String", body => body
                .Description("Markdown body.\n  Indented second line.")
                .Argument("format", "Format", format => format.DefaultValue(Format.Html)))
            .Field("headline", "String", headline => headline.Deprecated("Use `title`."))
            .Field("publishedAt", "DateTime")
            .Field("related", "[Article!]!", related => related
                .Argument("first", "Int", first => first.DefaultValue(5))
                .Argument("filter", "ArticleFilter", filter => filter.DefaultValue(new Dictionary<string, object?> { ["status"] = Status.Published }))))
        .AddObjectType("Faq", faq => faq
            .Implements("Node")
            .Field("id", "ID!")
            .Field("question", "String!")
            .Field("answer", "String", answer => answer.Deprecated()))
        .AddUnionType("SearchResult", union => union.Types("Article", "Faq"))
        .AddObjectType("Query", query => query
            .Field("node", "Node", node => node.Argument("id", "ID!"))
            .Field("search", "[SearchResult!]!", search => search.Argument("text", "String!").Argument("limit", "Int", limit => limit.DefaultValue(20)))
            .Field("articles", "[Article!]!", articles => articles.Argument("filter", "ArticleFilter").Argument("by", "ArticleBy")))
        .AddObjectType("Mutation", mutation => mutation
            .Field("publish", "Article", publish => publish
                .Argument("id", "ID!")
                .Argument("at", "DateTime", at => at.DefaultValue(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)))))
        .AddEnumType("Format", format => format
            .Value("HTML", Format.Html)
            .Value("MARKDOWN", Format.Markdown)
            .Value("PLAIN", Format.Plain, plain => plain.Deprecated("Clients render Markdown.")))
        .AddEnumType("Status", status => status
            .Value("DRAFT", Status.Draft)
            .Value("IN_REVIEW", Status.InReview)
            .Value("PUBLISHED", Status.Published))
        .AddInputObjectType("ArticleFilter", filter => filter
            .Field("status", "Status", status => status.DefaultValue(Status.Published))
            .Field("tags", "[String!]", tags => tags.DefaultValue(Array.Empty<string>()))
            .Field("weight", "Float", weight => weight.DefaultValue(1.5))
            .Field("legacyTopic", "String", legacy => legacy.Deprecated()))
        .AddInputObjectType("ArticleBy", by => by.OneOf().Field("id", "ID").Field("slug", "String"));
}
