namespace TraumaBondCms.Web.Health;

/// <summary>The outcome of one <see cref="IReadinessCheck"/>: ready or not, and a short description for administrators.</summary>
public sealed record ReadinessResult(bool Ready, string Detail);
