namespace TraumaBondCms.Core.Safety;

/// <summary>The kind of a <see cref="ResourceChannel"/>.</summary>
public enum ChannelKind
{
    /// <summary>A telephone number or SMS short code (a Phone field).</summary>
    Phone,

    /// <summary>A web address (a Link field): website or chat.</summary>
    Web,
}
