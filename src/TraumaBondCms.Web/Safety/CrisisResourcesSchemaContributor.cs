using TraumaBondCms.GraphQL.Types;
using TraumaBondCms.Web.GraphQL.Resolvers;
using TraumaBondCms.Web.GraphQL.SchemaGeneration;

namespace TraumaBondCms.Web.Safety;

/// <summary>
/// Adds <c>crisisResources(region:): CrisisRouting!</c> to the content GraphQL schema: the verified, published crisis
/// resources for a region, then its country, then the configured global fallback, never an empty list (the same
/// answer as <c>GET /api/crisis-resources</c>, from <see cref="CrisisRoutingService"/>). Open to anonymous readers.
/// </summary>
public sealed class CrisisResourcesSchemaContributor(CrisisRoutingService routing) : IContentSchemaContributor
{
    /// <inheritdoc />
    public void Contribute(ContentSchemaContext schema)
    {
        var resourceType = schema.ObjectTypeOf("Resource") ?? ContentSchemaContext.ContentItemType;
        var b = schema.Builder;
        b.AddEnumType("CrisisLevel", e => e
            .Description("Why a resource is in a crisis routing answer, most specific first.")
            .Value("SUBDIVISION", CrisisLevel.Subdivision, v => v.Description("It serves exactly the subdivision asked for (US-CA)."))
            .Value("COUNTRY", CrisisLevel.Country, v => v.Description("It serves the whole country of the region asked for (US)."))
            .Value("GLOBAL", CrisisLevel.Global, v => v.Description("It serves every region."))
            .Value("FALLBACK", CrisisLevel.Fallback, v => v.Description("The configured global fallback.")));
        b.AddObjectType("CrisisResourceEntry", t => t
            .Description("One crisis resource of a routing answer.")
            .Field("resource", resourceType, f => f
                .Description("The published resource; null for the built-in fallback entry (see `name` and `url`).")
                .Resolve(ctx => ((CrisisResource)ctx.Source!).ContentItemId is { } id ? ContentResolution.LoadPublishedAsync(ctx, id) : ValueTask.FromResult<object?>(null)))
            .Field("name", "String!", f => f.Resolve(ctx => ((CrisisResource)ctx.Source!).Name))
            .Field("level", "CrisisLevel!", f => f.Resolve(ctx => ((CrisisResource)ctx.Source!).Level))
            .Field("region", "String", f => f.Resolve(ctx => ((CrisisResource)ctx.Source!).Region))
            .Field("url", "String", f => f.Description("The built-in fallback entry's web address.").Resolve(ctx => ((CrisisResource)ctx.Source!).Url))
            .Field("culture", "String", f => f.Description("The culture of the resource listed: the reader's best among its translations; null for the built-in entry.").Resolve(ctx => ((CrisisResource)ctx.Source!).Culture))
            .Field("lastVerifiedUtc", "DateTime", f => f.Description("When its contact details were last verified.").Resolve(ctx => ((CrisisResource)ctx.Source!).LastVerifiedUtc))
            .Field("verificationOverdue", "Boolean!", f => f.Description("Still listed, but its verification is overdue.").Resolve(ctx => ((CrisisResource)ctx.Source!).VerificationOverdue)));
        b.AddObjectType("CrisisRouting", t => t
            .Description("Crisis resources for a reader's region: never empty.")
            .Field("requestedRegion", "String", f => f.Resolve(ctx => ((CrisisRouting)ctx.Source!).RequestedRegion))
            .Field("region", "String", f => f.Description("The ISO 3166 region used; null when only global resources apply.").Resolve(ctx => ((CrisisRouting)ctx.Source!).Region))
            .Field("note", "String", f => f.Description("Why the answer is less specific than asked.").Resolve(ctx => ((CrisisRouting)ctx.Source!).Note))
            .Field("emergencyNote", "String!", f => f.Description("Advice shown with every answer (e.g. the local emergency number).").Resolve(ctx => ((CrisisRouting)ctx.Source!).EmergencyNote))
            .Field("resources", "[CrisisResourceEntry!]!", f => f.Resolve(ctx => ((CrisisRouting)ctx.Source!).Resources)));
        schema.Query.Field("crisisResources", "CrisisRouting!", f => f
            .Description("Verified crisis resources for a region (ISO 3166, e.g. `US-CA` or `GB`), then its country, then the global fallback; with `culture`, each in the reader's best culture and those that answer in the reader's language first.")
            .Argument("region", "String")
            .Argument("culture", "String", a => a.Description("The reader's culture (BCP 47, e.g. `es-US`)."))
            .Resolve(ContentErrors.Guard(async ctx => await routing.RouteAsync(
                ctx.Arguments.TryGetValue("region", out var region) ? region as string : null,
                ctx.Arguments.GetValueOrDefault("culture") is string culture
                    ? Core.Localization.CultureNames.Normalize(culture) ?? throw ContentErrors.Validation("culture", $"'{culture}' is not a culture name (a BCP 47 tag such as es-US).")
                    : null,
                ctx.CancellationToken))));
    }
}
