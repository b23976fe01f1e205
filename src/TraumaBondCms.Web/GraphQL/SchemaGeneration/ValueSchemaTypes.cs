using TraumaBondCms.Core.Content;
using TraumaBondCms.Core.Markdown;
using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.Web.GraphQL.Resolvers;

namespace TraumaBondCms.Web.GraphQL.SchemaGeneration;

/// <summary>The types of structured field values: <c>MarkdownText</c> (with its mdast tree), <c>Link</c> and <c>OpeningHours</c>, and their inputs.</summary>
internal static class ValueSchemaTypes
{
    public static void Add(SchemaBuilder b)
    {
        b.AddScalarType(new JsonType());
        b.AddObjectType("MarkdownText", t => t
            .Description("A Markdown field: the source, and renderings safe to show (raw HTML is disabled and unsafe links are removed).")
            .Field("markdown", "String!")
            .Field("html", "String!")
            .Field("plainText", "String!")
            .Field("ast", "JSON!", f => f
                .Description("The syntax tree as mdast (https://github.com/syntax-tree/mdast): `{ type: \"root\", children: [...] }`, for apps that render natively.")
                .Resolve(c => MarkdownSyntaxTree.From(((MarkdownValue)c.Source!).Markdown))));
        b.AddObjectType("Link", t => t.Description("An absolute web, mailto or tel address and its text.").Field("url", "String!").Field("text", "String"));
        b.AddInputObjectType("LinkInput", t => t.Field("url", "String!").Field("text", "String"));
        b.AddEnumType("Weekday", e =>
        {
            e.Description("A day of the week.");
            foreach (var day in OpeningHours.DayNames)
            {
                e.Value(day.ToUpperInvariant(), day);
            }
        });
        b.AddObjectType("OpeningPeriod", t => t
            .Description("One line of a weekly schedule: the days and the local opening and closing times (`HH:mm`; a closing time before the opening time runs past midnight, `24:00` is the end of the day).")
            .Field("days", "[Weekday!]!", f => f.Resolve(c => ((OpeningPeriod)c.Source!).Days))
            .Field("opens", "String!", f => f.Resolve(c => ((OpeningPeriod)c.Source!).Opens))
            .Field("closes", "String!", f => f.Resolve(c => ((OpeningPeriod)c.Source!).Closes)));
        b.AddObjectType("OpeningHours", t => t
            .Description("When a service can be reached: around the clock, or a weekly schedule in an IANA time zone.")
            .Field("alwaysOpen", "Boolean!", f => f.Description("Open 24 hours a day, 7 days a week.").Resolve(c => ((OpeningHours)c.Source!).AlwaysOpen))
            .Field("timeZone", "String", f => f.Description("The IANA time zone of the schedule, e.g. `America/New_York`; null when always open.").Resolve(c => ((OpeningHours)c.Source!).TimeZone))
            .Field("weekly", "[OpeningPeriod!]!", f => f.Description("The weekly schedule; empty when always open.").Resolve(c => ((OpeningHours)c.Source!).Weekly))
            .Field("note", "String", f => f.Description("A short note for readers, e.g. closed on public holidays.").Resolve(c => ((OpeningHours)c.Source!).Note))
            .Field("text", "String!", f => f.Description("One line for people, e.g. `24/7` or `mon/tue 09:00-17:00 (Europe/London)`.").Resolve(c => ((OpeningHours)c.Source!).Describe())));
        b.AddInputObjectType("OpeningPeriodInput", t => t.Field("days", "[Weekday!]!").Field("opens", "String!").Field("closes", "String!"));
        b.AddInputObjectType("OpeningHoursInput", t => t
            .Description("`{ alwaysOpen: true }`, or `{ timeZone, weekly }`; either may have a `note`.")
            .Field("alwaysOpen", "Boolean").Field("timeZone", "String").Field("weekly", "[OpeningPeriodInput!]").Field("note", "String"));
    }
}
