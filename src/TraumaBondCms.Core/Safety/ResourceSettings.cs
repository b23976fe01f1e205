namespace TraumaBondCms.Core.Safety;

/// <summary>Which content type holds crisis resources and which of its fields mean what.</summary>
public sealed record ResourceSettings
{
    /// <summary>The resource content type, e.g. <c>Resource</c>.</summary>
    public required string ContentType { get; init; }

    /// <summary>The Boolean field that marks a crisis line (routing and the risk-topic rule use only those).</summary>
    public required string CrisisFlagField { get; init; }

    /// <summary>The Text field holding the resource's region: an ISO 3166 code (<c>US</c>, <c>US-CA</c>) or <c>GLOBAL</c>.</summary>
    public required string RegionField { get; init; }

    /// <summary>
    /// The fields a verification vouches for: a verification stays valid while these fields keep the values that were
    /// verified. Phone fields among them are the resource's numbers, Link fields its web addresses.
    /// </summary>
    public required IReadOnlyList<string> ChannelFields { get; init; }

    /// <summary>
    /// How many different people a change of contact details needs: 2 (the default: its author, and a verifier who is
    /// not its author) or 3 (the verifier must also not be the clinician who approved the version).
    /// </summary>
    public int ChannelChangePeople { get; init; } = 2;

    /// <summary>
    /// The List field naming the languages the resource answers in, as language tags (<c>es</c>) or names (<c>Spanish</c>,
    /// <c>Español</c>): crisis routing puts resources that answer in the reader's language first. Null: <c>languages</c>.
    /// </summary>
    public string? LanguagesField { get; init; }
}
