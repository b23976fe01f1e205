namespace TraumaBondCms.Data;

/// <summary>The database's state as reported by <c>/healthz</c>.</summary>
public sealed record StoreHealth(bool Healthy, string Engine, int SchemaVersion, string Detail);
