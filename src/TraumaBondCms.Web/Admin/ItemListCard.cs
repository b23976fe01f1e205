using TraumaBondCms.Data;

namespace TraumaBondCms.Web.Admin;

/// <summary>A dashboard card listing items: heading, an id for its heading, the page of items, what to say when empty, whether links go to the review screen, and a note.</summary>
public sealed record ItemListCard(string Heading, string Id, ContentPage Page, string EmptyText, bool LinkToReview, string? Note);
