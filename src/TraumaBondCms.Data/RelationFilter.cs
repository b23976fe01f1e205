namespace TraumaBondCms.Data;

/// <summary>
/// True when the indexed reference field <see cref="Field"/> (a ContentPicker or Tags field) names at least one live
/// item of <see cref="TargetTypes"/> (any type when empty) that matches <see cref="Where"/> (any when null). Targets are
/// read in the query's status: published versions for published queries, latest versions otherwise.
/// </summary>
public sealed record RelationFilter(string Field, RelationKey Key, IReadOnlyList<string> TargetTypes, ContentFilter? Where) : ContentFilter;
